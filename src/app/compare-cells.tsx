/** The comparison's cells of the walking figures (compare-rows.tsx). */
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { formatCount, formatShare } from '../i18n/format-number.ts';
import type { ReachSummary } from '../reach/reach-format.ts';
import type { Space } from '../spaces/types.ts';
import { useAppStore } from '../state/app-store.ts';

/** One of a space's counts of house numbers (`pick`), or that it is not known. */
export function ReachCount({
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

/** The neighbourhoods a space reaches, each with the share of its house numbers. */
export function ReachedNeighbourhoods({
  summary,
  space,
}: {
  summary: ReachSummary | null;
  space: Space;
}) {
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
