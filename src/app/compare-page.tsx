/**
 * "Confronto" (`?page=compare&compare=a,b,c`): up to three spaces side by side, a column each: what
 * they are for, where they stand, who they reach on foot, and what the data knows of them. Its
 * link holds only the spaces' ids. On a phone it shows one space at a time, stepped or swiped; on
 * paper, all of them on one A4 page.
 */
import { useMemo, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDistance } from '../i18n/i18n.ts';
import { formatCount, formatShare } from '../i18n/format-number.ts';
import { CompareButton } from '../reach/compare-button.tsx';
import { REACH_BANDS, REACH_MINUTES, type ReachSummary } from '../reach/reach-format.ts';
import { nearestOtherSpace } from '../reach/space-reach.ts';
import { useReachSummary } from '../reach/use-space-reach.ts';
import { walkingWords } from '../spaces/walking.ts';
import { AREA_IDS, type Space } from '../spaces/types.ts';
import { useAppStore } from '../state/app-store.ts';
import { useAllSpaces } from '../state/selectors.ts';
import { AccessFact, OperatorFact } from '../ui/space-facts.tsx';
import { SpaceHoursFact } from '../ui/hours-view.tsx';
import { StatusSource } from '../ui/status-source.tsx';
import { TextPage } from './text-page.tsx';
import '../reach/reach.css';
import './compare-page.css';

export default function ComparePage() {
  const { t } = useTranslation();
  const spaces = useAllSpaces();
  const ids = useAppStore((s) => s.compare);
  const compared = ids.flatMap((id) => spaces.filter((s) => s.id === id));

  return (
    <TextPage id="compare-heading" title={t('compare.heading')} className="compare-page">
      {compared.length === 0 ? <EmptyComparison /> : <Comparison spaces={compared} />}
    </TextPage>
  );
}

/** No space yet: how to add some, and an area's three sites in one go. */
function EmptyComparison() {
  const { t } = useTranslation();
  const spaces = useAllSpaces();
  const compareSpaces = useAppStore((s) => s.compareSpaces);
  return (
    <>
      <p>{t('compare.empty')}</p>
      <ul className="plain-list compare-page__areas">
        {AREA_IDS.map((area) => {
          const ofArea = spaces.filter((s) => s.area === area).slice(0, 3);
          if (ofArea.length === 0) return null;
          return (
            <li key={area}>
              <button
                type="button"
                className="button"
                onClick={() => compareSpaces(ofArea.map((s) => s.id))}
              >
                {t('compare.area', { name: t(`area.${area}.name`), count: ofArea.length })}
              </button>
            </li>
          );
        })}
      </ul>
    </>
  );
}

function Comparison({ spaces }: { spaces: Space[] }) {
  const { t } = useTranslation();
  const lang = useAppStore((s) => s.lang);
  const all = useAllSpaces();
  const reach = useReachSummary();
  const summary = reach.status === 'ready' ? reach.summary : null;
  // The one space a phone shows (the others are a step or a swipe away).
  const [current, setCurrent] = useState(0);
  const shown = Math.min(current, spaces.length - 1);
  const swipe = useRef<number | null>(null);
  const [copied, setCopied] = useState(false);

  const rows: [string, (space: Space) => ReactNode][] = [
    [
      t('compare.row.area'),
      (s) => t('list.group', { area: s.area, name: t(`area.${s.area}.name`) }),
    ],
    [
      t('panel.neighbourhood'),
      (s) => (
        <>
          <span lang="it">{s.neighbourhood}</span>{' '}
          <span className="muted">({t('panel.nil', s.nil)})</span>
        </>
      ),
    ],
    [t('panel.municipio'), (s) => t('panel.municipioValue', { number: s.municipio })],
    [
      t('panel.status'),
      (s) => (
        <>
          {t(`status.${s.status}`)}
          <span className="space-panel__source">
            <StatusSource space={s} />
          </span>
        </>
      ),
    ],
    [t('panel.call'), (s) => <span lang="it">{s.call.title}</span>],
    ...REACH_BANDS.map((band, b): [string, (space: Space) => ReactNode] => [
      t('compare.row.within', { minutes: band }),
      (s) => <ReachCount summary={summary} space={s} pick={(f) => f.within[b]!} />,
    ]),
    [
      t('compare.row.nearestOfArea', { minutes: REACH_MINUTES }),
      (s) => <ReachCount summary={summary} space={s} pick={(f) => f.nearest[2]!} />,
    ],
    [
      t('compare.row.neighbourhoods', { minutes: REACH_MINUTES }),
      (s) => <ReachedNeighbourhoods summary={summary} space={s} />,
    ],
    [
      t('reach.nearestOther'),
      (s) => {
        const other = nearestOtherSpace(s, all);
        if (!other) return t('panel.unknown');
        return (
          <>
            <span lang="it">{other.space.address}</span> ({t(`area.${other.space.area}.one`)}):{' '}
            {t('nearest.distance', { distance: formatDistance(other.metres, lang) })},{' '}
            {t('nearest.minutes', { count: other.minutes })}
          </>
        );
      },
    ],
    [t('panel.organisation'), (s) => <OperatorFact space={s} link={false} />],
    [t('panel.openingHours'), (s) => <SpaceHoursFact space={s} week={false} />],
    [t('panel.access'), (s) => <AccessFact space={s} />],
  ];

  return (
    <>
      <p>{t('compare.intro', { count: spaces.length })}</p>
      <div className="compare-page__stepper">
        <button
          type="button"
          className="button button--quiet"
          disabled={shown === 0}
          onClick={() => setCurrent(shown - 1)}
        >
          {t('compare.previous')}
        </button>
        <p aria-live="polite">
          {t('compare.position', { n: shown + 1, count: spaces.length })}:{' '}
          <strong lang="it">{spaces[shown]!.address}</strong>
        </p>
        <button
          type="button"
          className="button button--quiet"
          disabled={shown === spaces.length - 1}
          onClick={() => setCurrent(shown + 1)}
        >
          {t('compare.next')}
        </button>
      </div>
      <div
        className="compare-page__frame"
        data-shown={shown}
        onTouchStart={(event) => (swipe.current = event.touches[0]?.clientX ?? null)}
        onTouchEnd={(event) => {
          const start = swipe.current;
          const end = event.changedTouches[0]?.clientX;
          swipe.current = null;
          if (start === null || end === undefined || Math.abs(end - start) < 50) return;
          // Towards the reading's end goes on, whichever way the language writes.
          const rtl = document.documentElement.dir === 'rtl';
          const onwards = rtl ? end > start : end < start;
          setCurrent(Math.max(0, Math.min(spaces.length - 1, shown + (onwards ? 1 : -1))));
        }}
      >
        <table className="compare-table">
          <caption className="visually-hidden">{t('compare.caption')}</caption>
          <thead>
            <tr>
              <td />
              {spaces.map((space, i) => (
                <th scope="col" key={space.id} data-column={i} lang="it">
                  {space.address}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map(([label, cell]) => (
              <tr key={label}>
                <th scope="row">{label}</th>
                {spaces.map((space, i) => (
                  <td key={space.id} data-column={i}>
                    {cell(space)}
                  </td>
                ))}
              </tr>
            ))}
            <tr className="compare-page__remove">
              <td />
              {spaces.map((space, i) => (
                <td key={space.id} data-column={i}>
                  <CompareButton space={space} />
                </td>
              ))}
            </tr>
          </tbody>
        </table>
      </div>
      {summary && (
        <p className="space-reach__note">
          {t('compare.honest', walkingWords(lang, summary.walking))}
        </p>
      )}
      <p className="compare-page__actions">
        <button type="button" className="button" onClick={() => window.print()}>
          {t('compare.print')}
        </button>
        <button
          type="button"
          className="button button--quiet"
          onClick={() => {
            // Refused (no permission): the address bar holds the same link.
            void navigator.clipboard
              ?.writeText(window.location.href)
              .then(() => setCopied(true))
              .catch(() => setCopied(false));
          }}
        >
          {t('compare.copyLink')}
        </button>
        <span role="status">{copied ? t('compare.copied') : ''}</span>
      </p>
    </>
  );
}

function ReachCount({
  summary,
  space,
  pick,
}: {
  summary: ReachSummary | null;
  space: Space;
  pick: (figures: ReachSummary['spaces'][number]) => number;
}) {
  const { t } = useTranslation();
  const lang = useAppStore((s) => s.lang);
  const figures = summary?.spaces.find((f) => f.id === space.id);
  return figures ? (
    <>
      {t('compare.numbers', { count: pick(figures), formatted: formatCount(pick(figures), lang) })}
    </>
  ) : (
    <span className="unknown">{t('panel.unknown')}</span>
  );
}

function ReachedNeighbourhoods({ summary, space }: { summary: ReachSummary | null; space: Space }) {
  const { t } = useTranslation();
  const lang = useAppStore((s) => s.lang);
  const names = useMemo(
    () => new Map(summary?.neighbourhoods.map((n) => [n.id, n]) ?? []),
    [summary],
  );
  const figures = summary?.spaces.find((f) => f.id === space.id);
  if (!figures) return <span className="unknown">{t('panel.unknown')}</span>;
  return (
    <ul className="plain-list">
      {figures.neighbourhoods.map(([id, count]) => {
        const nil = names.get(id);
        return (
          <li key={id}>
            <span lang="it">{nil?.name ?? `NIL ${id}`}</span>:{' '}
            {nil ? formatShare(count, nil.numbers, lang) : formatCount(count, lang)}
          </li>
        );
      })}
    </ul>
  );
}
