/**
 * Download the shown spaces as GeoJSON or CSV (with commas, or with semicolons for a spreadsheet
 * set to Italian), with the licence said next to the buttons.
 */
import { useTranslation } from 'react-i18next';
import { spacesToCsv, spacesToGeoJSON } from '../spaces/export-spaces';
import { useAllSpaces, useVisibleSpaces } from '../state/selectors';
import { downloadFile as download } from '../ui/download-file';

export function DownloadData() {
  const { t } = useTranslation();
  const all = useAllSpaces();
  const shown = useVisibleSpaces();
  if (all.length === 0) return null;
  const filtered = shown.length < all.length;
  const name = filtered ? 'quartieri-connessi-spazi-filtrati' : 'quartieri-connessi-spazi';

  return (
    <section className="download" aria-labelledby="download-heading">
      <h2 id="download-heading">{t('download.heading')}</h2>
      <p>
        {filtered
          ? t('download.filtered', { count: shown.length, total: all.length })
          : t('download.all', { count: all.length })}
      </p>
      <p className="download__buttons">
        <button
          type="button"
          className="button"
          disabled={shown.length === 0}
          onClick={() =>
            download(`${name}.geojson`, 'application/geo+json', spacesToGeoJSON(shown))
          }
        >
          {t('download.geojson')}
        </button>
        <button
          type="button"
          className="button"
          disabled={shown.length === 0}
          onClick={() => download(`${name}.csv`, 'text/csv;charset=utf-8', spacesToCsv(shown))}
        >
          {t('download.csv')}
        </button>
        <button
          type="button"
          className="button"
          disabled={shown.length === 0}
          onClick={() =>
            download(
              `${name}-punto-e-virgola.csv`,
              'text/csv;charset=utf-8',
              spacesToCsv(shown, ';'),
            )
          }
        >
          {t('download.csvSemicolon')}
        </button>
      </p>
      <p className="download__licence">{t('download.licence')}</p>
    </section>
  );
}
