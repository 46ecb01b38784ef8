/**
 * Download the shown spaces as GeoJSON or CSV (with commas, or with semicolons for a spreadsheet
 * set to Italian), with the licence said next to the buttons. The CSV writer (papaparse) is
 * loaded on the first CSV asked for: most visits download nothing.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { spacesToGeoJSON } from '../spaces/export-spaces.ts';
import type { Space } from '../spaces/types.ts';
import { useAllSpaces, useVisibleSpaces } from '../state/selectors.ts';
import { downloadFile as download } from '../ui/download-file.ts';

const csvWriter = () => import('../spaces/export-spaces-csv.ts');

export function DownloadData() {
  const { t } = useTranslation();
  const all = useAllSpaces();
  const shown = useVisibleSpaces();
  const [failed, setFailed] = useState(false);
  if (all.length === 0) return null;
  const filtered = shown.length < all.length;
  const name = filtered ? 'quartieri-connessi-spazi-filtrati' : 'quartieri-connessi-spazi';
  const downloadCsv = (spaces: readonly Space[], separator: ',' | ';') => {
    setFailed(false);
    csvWriter().then(
      ({ spacesToCsv }) =>
        download(
          `${name}${separator === ';' ? '-punto-e-virgola' : ''}.csv`,
          'text/csv;charset=utf-8',
          spacesToCsv(spaces, separator),
        ),
      () => setFailed(true),
    );
  };

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
          onClick={() => downloadCsv(shown, ',')}
        >
          {t('download.csv')}
        </button>
        <button
          type="button"
          className="button"
          disabled={shown.length === 0}
          onClick={() => downloadCsv(shown, ';')}
        >
          {t('download.csvSemicolon')}
        </button>
      </p>
      <p role="status">{failed ? t('download.failed') : ''}</p>
      <p className="download__licence">{t('download.licence')}</p>
    </section>
  );
}
