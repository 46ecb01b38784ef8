/** The comparison's rows (compare-page.tsx): a label, and what it says of each space. */
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDistance } from '../i18n/i18n.ts';
import { REACH_BANDS, REACH_MINUTES, type ReachSummary } from '../reach/reach-format.ts';
import { ReachCount, ReachedNeighbourhoods } from './compare-cells.tsx';
import { nearestOtherSpace } from '../reach/space-reach.ts';
import { TransitBrief } from '../reach/transit-section.tsx';
import type { Space } from '../spaces/types.ts';
import { useAppStore } from '../state/app-store.ts';
import { useAllSpaces } from '../state/selectors.ts';
import { AccessFact, OperatorFact } from '../ui/space-facts.tsx';
import { SpaceHoursFact } from '../ui/hours-view.tsx';
import { StatusSource } from '../ui/status-source.tsx';

export type CompareRow = [label: string, cell: (space: Space) => ReactNode];

/**
 * What the comparison says of each space, row by row: what it is for, where it stands, who it
 * reaches on foot (from the walking figures, `summary`, when they have come), what the data knows.
 */
export function useCompareRows(summary: ReachSummary | null): CompareRow[] {
  const { t } = useTranslation();
  const lang = useAppStore((s) => s.lang);
  const everySpace = useAllSpaces();
  return [
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
    ...REACH_BANDS.map((band, b): CompareRow => [
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
        const other = nearestOtherSpace(s, everySpace);
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
    [t('transit.heading'), (s) => <TransitBrief space={s} short />],
    [t('panel.organisation'), (s) => <OperatorFact space={s} link={false} />],
    [t('panel.openingHours'), (s) => <SpaceHoursFact space={s} week={false} />],
    [t('panel.access'), (s) => <AccessFact space={s} />],
  ];
}
