/**
 * "Confronto" (`?page=compare&compare=a,b,c`): up to three spaces side by side, a column each: what
 * they are for, where they stand, who they reach on foot, and what the data knows of them. Its
 * link holds only the spaces' ids. On a phone it shows one space at a time, stepped or swiped; on
 * paper, all of them on one A4 page.
 */
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CompareButton } from '../reach/compare-button.tsx';
import { TransitNote } from '../reach/transit-section.tsx';
import { useReachSummary } from '../reach/use-space-reach.ts';
import { walkingWords } from '../spaces/walking.ts';
import { AREA_IDS, type Space } from '../spaces/types.ts';
import { useAppStore } from '../state/app-store.ts';
import { useAllSpaces } from '../state/selectors.ts';
import { useCompareRows, type CompareRow } from './compare-rows.tsx';
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
  const reach = useReachSummary();
  const summary = reach.status === 'ready' ? reach.summary : null;
  const rows = useCompareRows(summary);
  // The one space a phone shows (the others are a step or a swipe away).
  const [current, setCurrent] = useState(0);
  const shown = Math.min(current, spaces.length - 1);
  const show = (n: number) => setCurrent(Math.max(0, Math.min(spaces.length - 1, n)));

  return (
    <>
      <p>{t('compare.intro', { count: spaces.length })}</p>
      <CompareStepper spaces={spaces} shown={shown} show={show} />
      <CompareTable spaces={spaces} rows={rows} shown={shown} show={show} />
      {summary && (
        <p className="space-reach__note">
          {t('compare.honest', walkingWords(lang, summary.walking))}
        </p>
      )}
      {summary && <TransitNote summary={summary} walking={false} />}
      <CompareActions />
    </>
  );
}

/** On a phone: which space is shown, and the steps to the others. */
function CompareStepper({
  spaces,
  shown,
  show,
}: {
  spaces: readonly Space[];
  shown: number;
  show: (n: number) => void;
}) {
  const { t } = useTranslation();
  return (
    <div className="compare-page__stepper">
      <button
        type="button"
        className="button button--quiet"
        disabled={shown === 0}
        onClick={() => show(shown - 1)}
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
        onClick={() => show(shown + 1)}
      >
        {t('compare.next')}
      </button>
    </div>
  );
}

/** A swipe shorter than this (px) is not one. */
const SWIPE_PX = 50;

/** The spaces side by side, a column each (on a phone, the `shown` one, swiped to the others). */
function CompareTable({
  spaces,
  rows,
  shown,
  show,
}: {
  spaces: readonly Space[];
  rows: readonly CompareRow[];
  shown: number;
  show: (n: number) => void;
}) {
  const { t } = useTranslation();
  const swipe = useRef<number | null>(null);
  return (
    <div
      className="compare-page__frame"
      data-shown={shown}
      onTouchStart={(event) => (swipe.current = event.touches[0]?.clientX ?? null)}
      onTouchEnd={(event) => {
        const start = swipe.current;
        const end = event.changedTouches[0]?.clientX;
        swipe.current = null;
        if (start === null || end === undefined || Math.abs(end - start) < SWIPE_PX) return;
        // Towards the reading's end goes on, whichever way the language writes.
        const rtl = document.documentElement.dir === 'rtl';
        const onwards = rtl ? end > start : end < start;
        show(shown + (onwards ? 1 : -1));
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
  );
}

/** Print the comparison, or copy its link. */
function CompareActions() {
  const { t } = useTranslation();
  const [copied, setCopied] = useState(false);
  return (
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
  );
}
