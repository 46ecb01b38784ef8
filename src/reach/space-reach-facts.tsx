/**
 * A space's walking figures in its panel: the house numbers within 5, 10 and 15 minutes, the
 * neighbourhoods it reaches, the programme's nearest other space; each with what it means.
 */
import { useEffect, useId, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate, formatDistance } from '../i18n/i18n.ts';
import { formatCount, formatShare } from '../i18n/format-number.ts';
import { appBase, pagePath } from '../pages/page-paths.ts';
import type { Space } from '../spaces/types.ts';
import { useAppStore } from '../state/app-store.ts';
import { useAllSpaces } from '../state/selectors.ts';
import { opensElsewhere } from '../ui/opens-elsewhere.ts';
import { REACH_BANDS, REACH_MINUTES, type ReachSummary, type SpaceReach } from './reach-format.ts';
import { fetchReach } from './reach-store.ts';
import { walkingWords } from '../spaces/walking.ts';
import { nearestOtherSpace, registerIsoDate } from './space-reach.ts';
import { useSpaceReach } from './use-space-reach.ts';
import './reach.css';

export function SpaceReachFacts({ space }: { space: Space }) {
  const { t } = useTranslation();
  const headingId = useId();
  const view = useSpaceReach(space);
  const unavailable = view.status === 'unavailable';
  // A panel opened after the figures failed (offline at the start) asks for them once more.
  useEffect(() => {
    if (unavailable) void fetchReach();
  }, [unavailable, space.id]);

  return (
    <section className="space-reach" aria-labelledby={headingId}>
      <h2 id={headingId} className="space-panel__subheading">
        {t('reach.heading')}
      </h2>
      {view.status === 'ready' ? (
        <ReachFigures space={space} figures={view.figures} summary={view.summary} />
      ) : (
        <p className="space-reach__note">{t(`reach.${view.status}`)}</p>
      )}
      <NearestOther space={space} />
    </section>
  );
}

function ReachFigures({
  space,
  figures,
  summary,
}: {
  space: Space;
  figures: SpaceReach;
  summary: ReachSummary;
}) {
  const { t } = useTranslation();
  const lang = useAppStore((s) => s.lang);
  const names = useMemo(
    () => new Map(summary.neighbourhoods.map((n) => [n.id, n])),
    [summary.neighbourhoods],
  );
  return (
    <>
      <table className="reach-table reach-table--panel">
        <caption>{t('reach.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('reach.walk')}</th>
            <th scope="col">{t('reach.numbers')}</th>
            <th scope="col">{t('reach.nearestOfArea', { area: t(`area.${space.area}.name`) })}</th>
          </tr>
        </thead>
        <tbody>
          {REACH_BANDS.map((band, b) => (
            <tr key={band}>
              <th scope="row">{t('reach.within', { count: band })}</th>
              <td>{formatCount(figures.within[b]!, lang)}</td>
              <td>{formatCount(figures.nearest[b]!, lang)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="space-reach__subheading">
        {t('reach.neighbourhoods', { count: REACH_MINUTES })}
      </p>
      {figures.neighbourhoods.length > 0 ? (
        <ul className="space-reach__neighbourhoods">
          {figures.neighbourhoods.map(([id, count]) => {
            const nil = names.get(id);
            return (
              <li key={id}>
                <span lang="it">{nil?.name ?? t('panel.nil', { id, name: '' })}</span>:{' '}
                {t('reach.neighbourhoodNumbers', {
                  count,
                  formatted: formatCount(count, lang),
                  share: nil ? formatShare(count, nil.numbers, lang) : '',
                })}
              </li>
            );
          })}
        </ul>
      ) : (
        <p>{t('reach.noNeighbourhood')}</p>
      )}
      <ReachNote summary={summary} />
    </>
  );
}

/** What the figures are and are not, said next to them wherever they are shown. */
export function ReachNote({ summary }: { summary: ReachSummary }) {
  const { t } = useTranslation();
  const lang = useAppStore((s) => s.lang);
  const date = registerIsoDate(summary.registerDate);
  return (
    <p className="space-reach__note">
      {t('reach.honest', {
        date: date ? formatDate(date, lang) : summary.registerDate,
        ...walkingWords(lang, summary.walking),
      })}
    </p>
  );
}

function NearestOther({ space }: { space: Space }) {
  const { t } = useTranslation();
  const lang = useAppStore((s) => s.lang);
  const selectSpace = useAppStore((s) => s.selectSpace);
  const spaces = useAllSpaces();
  const nearest = useMemo(() => nearestOtherSpace(space, spaces), [space, spaces]);
  if (!nearest) return null;
  const other = nearest.space;
  return (
    <p className="space-reach__nearest">
      <span className="space-reach__label">{t('reach.nearestOther')}</span>{' '}
      <a
        href={`${appBase()}${pagePath(lang, other.id)}`}
        lang="it"
        onClick={(event) => {
          if (opensElsewhere(event)) return;
          event.preventDefault();
          selectSpace(other.id, event.currentTarget);
        }}
      >
        {other.address}
      </a>{' '}
      ({t(`area.${other.area}.one`)}):{' '}
      {t('nearest.distance', { distance: formatDistance(nearest.metres, lang) })},{' '}
      {t('nearest.minutes', { count: nearest.minutes })}.
    </p>
  );
}
