/**
 * "Chi raggiunge il programma" (`?page=coverage`): the city's walking coverage, each area's spaces
 * side by side, and the neighbourhoods' table, sortable, with its files. The list alternative of
 * the map layer, with the same figures.
 */
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { TextPage } from './text-page.tsx';
import { formatCount, formatShare } from '../i18n/format-number.ts';
import { AREA_IDS } from '../spaces/types.ts';
import { useAppStore } from '../state/app-store.ts';
import { useMessages } from '../state/messages-store.ts';
import { useAllSpaces } from '../state/selectors.ts';
import { downloadFile } from '../ui/download-file.ts';
import { AreaReachTable } from '../reach/area-reach-table.tsx';
import {
  FIRST_ORDER,
  firstDirection,
  neighbourhoodRows,
  neighbourhoodsToCsv,
  sortNeighbourhoods,
  type NeighbourhoodColumn,
  type TableOrder,
} from '../reach/neighbourhood-table.ts';
import { REACH_MINUTES, type ReachSummary } from '../reach/reach-format.ts';
import { fetchReach } from '../reach/reach-store.ts';
import { useReachSummary } from '../reach/use-space-reach.ts';
import { ReachNote } from '../reach/space-reach-facts.tsx';
import '../reach/reach.css';

export default function CoveragePage() {
  const { t } = useTranslation();
  const reach = useReachSummary();
  useEffect(() => {
    if (reach.status === 'unavailable') void fetchReach();
    // Once, as the page opens: a later failure is said, and the link below asks again.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  return (
    <TextPage id="coverage-heading" title={t('coverage.heading')} className="coverage-page">
      <p>{t('coverage.intro', { minutes: REACH_MINUTES })}</p>
      {reach.status === 'ready' ? (
        <CoverageFigures summary={reach.summary} />
      ) : (
        <p role="status">{t(`reach.${reach.status}`)}</p>
      )}
    </TextPage>
  );
}

function CoverageFigures({ summary }: { summary: ReachSummary }) {
  const { t } = useTranslation();
  const lang = useAppStore((s) => s.lang);
  const spaces = useAllSpaces();
  const { city } = summary;
  return (
    <>
      <ReachNote summary={summary} />
      <h3>{t('coverage.cityHeading')}</h3>
      <dl className="coverage-page__city">
        <dt>{t('coverage.cityNumbers')}</dt>
        <dd>{formatCount(city.numbers, lang)}</dd>
        <dt>{t('coverage.cityPortineria', { minutes: REACH_MINUTES })}</dt>
        <dd>
          {formatShare(city.portineria, city.numbers, lang)} ({formatCount(city.portineria, lang)})
        </dd>
        <dt>{t('coverage.cityAny', { minutes: REACH_MINUTES })}</dt>
        <dd>
          {formatShare(city.any, city.numbers, lang)} ({formatCount(city.any, lang)})
        </dd>
      </dl>
      {city.outside > 0 && (
        <p className="space-reach__note">{t('coverage.outside', { count: city.outside })}</p>
      )}

      <h3>{t('coverage.areasHeading')}</h3>
      {AREA_IDS.map((area) => (
        <div className="reach-table__frame" key={area}>
          <AreaReachTable area={area} spaces={spaces} summary={summary} />
        </div>
      ))}

      <h3 id="neighbourhoods-heading">{t('coverage.neighbourhoodsHeading')}</h3>
      <NeighbourhoodTable summary={summary} />
      <NeighbourhoodDownloads summary={summary} />
    </>
  );
}

const COLUMNS: NeighbourhoodColumn[] = ['name', 'numbers', 'portineria', 'any', 'farthest'];

function NeighbourhoodTable({ summary }: { summary: ReachSummary }) {
  const { t } = useTranslation();
  const lang = useAppStore((s) => s.lang);
  const announce = useMessages((s) => s.announce);
  const [order, setOrder] = useState<TableOrder>(FIRST_ORDER);
  const rows = useMemo(
    () => sortNeighbourhoods(neighbourhoodRows(summary), order, lang),
    [summary, order, lang],
  );
  const label = (column: NeighbourhoodColumn) =>
    t(`coverage.column.${column}`, { minutes: REACH_MINUTES });

  const sortBy = (column: NeighbourhoodColumn) => {
    const direction =
      order.column === column
        ? order.direction === 'ascending'
          ? 'descending'
          : 'ascending'
        : firstDirection(column);
    setOrder({ column, direction });
    announce(t(`coverage.sorted.${direction}`, { column: label(column) }));
  };

  return (
    // A wide table scrolls sideways in its own frame on a phone, by touch or by keyboard.
    <div
      className="reach-table__frame"
      role="region"
      aria-labelledby="neighbourhoods-heading"
      tabIndex={0}
    >
      <table className="reach-table reach-table--neighbourhoods">
        <caption>{t('coverage.tableCaption', { count: rows.length })}</caption>
        <thead>
          <tr>
            {COLUMNS.map((column) => (
              <th
                scope="col"
                key={column}
                aria-sort={order.column === column ? order.direction : undefined}
              >
                <button type="button" className="reach-table__sort" onClick={() => sortBy(column)}>
                  {label(column)}
                  <span aria-hidden="true" className="reach-table__arrow">
                    {order.column !== column ? '↕' : order.direction === 'ascending' ? '↑' : '↓'}
                  </span>
                </button>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((n) => (
            <tr key={n.id}>
              <th scope="row">
                <span lang="it">{n.name}</span> <span className="muted">(NIL {n.id})</span>
              </th>
              <td>{formatCount(n.numbers, lang)}</td>
              <td>
                {formatShare(n.portineria, n.numbers, lang)}{' '}
                <span className="muted">({formatCount(n.portineria, lang)})</span>
              </td>
              <td>
                {formatShare(n.any, n.numbers, lang)}{' '}
                <span className="muted">({formatCount(n.any, lang)})</span>
              </td>
              <td>{t('coverage.minutes', { count: n.farthest })}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function NeighbourhoodDownloads({ summary }: { summary: ReachSummary }) {
  const { t } = useTranslation();
  const name = 'quartieri-connessi-a-piedi-per-quartiere';
  return (
    <section className="download" aria-labelledby="coverage-download-heading">
      <h3 id="coverage-download-heading">{t('coverage.downloadHeading')}</h3>
      <p className="download__buttons">
        <button
          type="button"
          className="button"
          onClick={() =>
            downloadFile(`${name}.csv`, 'text/csv;charset=utf-8', neighbourhoodsToCsv(summary))
          }
        >
          {t('download.csv')}
        </button>
        <button
          type="button"
          className="button"
          onClick={() =>
            downloadFile(
              `${name}-punto-e-virgola.csv`,
              'text/csv;charset=utf-8',
              neighbourhoodsToCsv(summary, ';'),
            )
          }
        >
          {t('download.csvSemicolon')}
        </button>
      </p>
      <p className="download__licence">{t('coverage.licence')}</p>
    </section>
  );
}
