/**
 * "Come arrivare": the metro stations and the ATM surface stops near a space, from the Comune's
 * open data, computed at build time (transit-nearby.ts). In full in the panel and on the space's
 * own page; in brief on paper, in the comparison, in the presentation and beside the directions by
 * public transport to a far space. Each says what the data cannot: a bus from a tram, a direction.
 */
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { Space } from '../spaces/types.ts';
import { walkingWords } from '../spaces/walking.ts';
import { useAppStore } from '../state/app-store.ts';
import type { ReachSummary } from './reach-format.ts';
import { fetchReach } from './reach-store.ts';
import {
  metroLine,
  METRO_MINUTES,
  publishedDate,
  STOP_MINUTES,
  type SpaceTransit,
} from './transit-format.ts';
import { useSpaceTransit } from './use-space-reach.ts';
import './reach.css';

/** The stops of a space in full: its stations, a table of its surface stops, what they are. */
export function TransitStops({ space }: { space: Space }) {
  const { t } = useTranslation();
  const view = useSpaceTransit(space);
  const unavailable = view.status === 'unavailable';
  // A panel opened after the figures failed (offline at the start) asks for them once more.
  useEffect(() => {
    if (unavailable) void fetchReach();
  }, [unavailable, space.id]);
  if (view.status !== 'ready')
    return <p className="transit__note">{t(`transit.${view.status}`)}</p>;
  const { stops, metro } = view.transit;
  return (
    <div className="transit" data-testid="transit">
      <p className="transit__metro">
        <span className="transit__label">{t('transit.metro')}:</span>{' '}
        {metro.length > 0 ? (
          <Stations transit={view.transit} />
        ) : (
          t('transit.noMetro', { count: METRO_MINUTES })
        )}
      </p>
      {stops.length > 0 ? (
        <table className="transit__stops">
          <caption>{t('transit.stopsCaption', { count: STOP_MINUTES })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('transit.stop')}</th>
              <th scope="col">{t('transit.lines')}</th>
              <th scope="col">{t('transit.walk')}</th>
            </tr>
          </thead>
          <tbody>
            {stops.map((stop, i) => (
              <tr key={i}>
                <th scope="row" lang="it">
                  {stop.name}
                </th>
                <td>{stop.lines.join(', ')}</td>
                <td>{t('transit.minutes', { count: stop.minutes })}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <p>{t('transit.noStops', { count: STOP_MINUTES })}</p>
      )}
      <TransitNote summary={view.summary} />
    </div>
  );
}

/** "M3 Porto di Mare, about 9 minutes on foot", for each station near the space. */
function Stations({ transit }: { transit: SpaceTransit }) {
  const { t } = useTranslation();
  return transit.metro.map((station, i) => (
    <span key={i}>
      {i > 0 && '; '}
      <span lang="it">
        {station.lines.map(metroLine).join(' ')} {station.name}
      </span>
      , {t('nearest.minutes', { count: station.minutes })}
    </span>
  ));
}

/**
 * The stops of a space in brief: its stations, and its surface lines with the nearest stop.
 * `short`: the lines without the nearest stop (the comparison, a column per space); `compact`:
 * one line, "Metro M3 Porto di Mare (9 min) · Linee di superficie: 77, 84" (paper, a projector).
 */
export function TransitBrief({
  space,
  lead = false,
  short = false,
  compact = false,
}: {
  space: Space;
  /** Introduced as the stops near the space (beside directions to it). */
  lead?: boolean;
  short?: boolean;
  compact?: boolean;
}) {
  const { t } = useTranslation();
  const view = useSpaceTransit(space);
  if (view.status !== 'ready')
    return <p className="transit__note">{t(`transit.${view.status}`)}</p>;
  const { stops, metro } = view.transit;
  const nearest = stops[0];
  const lines = [...new Set(stops.flatMap((stop) => stop.lines))].sort(byLine).join(', ');
  if (compact)
    return (
      <p className="transit__brief">
        {metro.length > 0 && (
          <>
            {t('transit.metroCompact', {
              stations: metro
                .map(
                  (s) =>
                    `${s.lines.map(metroLine).join(' ')} ${s.name} (${t('transit.minutes', { count: s.minutes })})`,
                )
                .join(', '),
            })}
            {nearest && ' · '}
          </>
        )}
        {nearest
          ? t('transit.surfaceCompact', { lines })
          : metro.length === 0 && t('transit.noStops', { count: STOP_MINUTES })}
      </p>
    );
  return (
    <p className="transit__brief">
      {lead && <>{t('transit.nearSpace')} </>}
      {metro.length > 0 ? (
        <>
          {t('transit.metro')}: <Stations transit={view.transit} />.
        </>
      ) : (
        t('transit.noMetro', { count: METRO_MINUTES })
      )}{' '}
      {nearest && short
        ? t('transit.linesOnly', { count: STOP_MINUTES, lines })
        : nearest
          ? t('transit.surfaceLines', {
              count: STOP_MINUTES,
              lines,
              name: nearest.name,
              walk: t('nearest.minutes', { count: nearest.minutes }),
            })
          : t('transit.noStops', { count: STOP_MINUTES })}
    </p>
  );
}

/** Lines in the order a person looks them up: by number, then as written ("5", "49", "90", "N25"). */
function byLine(a: string, b: string): number {
  return (parseInt(a, 10) || Infinity) - (parseInt(b, 10) || Infinity) || a.localeCompare(b);
}

/**
 * Where the stops come from and what the data does not say; with the walking model, unless the
 * page says it already (the comparison).
 */
export function TransitNote({
  summary,
  walking = true,
}: {
  summary: ReachSummary;
  walking?: boolean;
}) {
  const { t } = useTranslation();
  const lang = useAppStore((s) => s.lang);
  return (
    <p className="transit__note">
      {t('transit.source', { date: publishedDate(summary.transit.published, lang) })}
      {walking && <> {t('transit.estimate', walkingWords(lang, summary.walking))}</>}
    </p>
  );
}
