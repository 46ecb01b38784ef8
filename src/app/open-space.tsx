/**
 * The open space's panel, with what the page gives it: who it reaches on foot, how to get there,
 * its actions. On a space's page the space is the page: its panel comes first in `main`, before
 * the list and the nearest-space form, and its address is the page's `h1` (the programme's name
 * stays in the header as the site's name, app-header.tsx). It lies over the map on a wide screen
 * and at the foot of a phone's screen (panel.css), wherever it is in the page.
 */
import { useTranslation } from 'react-i18next';
import { PrintButton } from '../print/print-button.tsx';
import { CompareButton } from '../reach/compare-button.tsx';
import { SpaceReachFacts } from '../reach/space-reach-facts.tsx';
import { TransitStops } from '../reach/transit-section.tsx';
import { SpacePanel } from '../panel/space-panel.tsx';
import { ShareButton } from '../share/share-button.tsx';
import type { Space } from '../spaces/types.ts';
import { useAppStore } from '../state/app-store.ts';
import { useSelectedSpace } from '../state/selectors.ts';

const spaceReach = (space: Space) => <SpaceReachFacts space={space} />;
const spaceTransit = (space: Space) => <TransitStops space={space} />;

export function OpenSpace({ onReturnFocus }: { onReturnFocus: (id: string) => void }) {
  return (
    <SpacePanel
      onReturnFocus={onReturnFocus}
      reach={spaceReach}
      transit={spaceTransit}
      actions={
        <>
          <ShareButton /> <PrintButton kind="space" /> <SelectedCompareButton />
        </>
      }
    />
  );
}

/** The open space's "Confronta", at its panel's foot. */
function SelectedCompareButton() {
  const space = useSelectedSpace();
  return space ? <CompareButton space={space} /> : null;
}

/**
 * Whether an open space is the page's subject (its panel shown, its address the `h1`): a space
 * is open, and no page of the app (the comparison, the coverage...) stands in for the map.
 */
function useSpaceLeads(): boolean {
  const space = useSelectedSpace();
  const page = useAppStore((s) => s.page);
  const presenting = useAppStore((s) => s.presentStep !== null);
  return space !== undefined && page === null && !presenting;
}

/**
 * The programme's name: the page's `h1`, unless an open space is the page's subject, whose
 * address is then the `h1` (the name stays, as the site's name, as GOV.UK's service pages do).
 */
export function ProgrammeTitle({ className }: { className?: string }) {
  const { t } = useTranslation();
  const Title = useSpaceLeads() ? 'p' : 'h1';
  return <Title className={className}>{t('app.title')}</Title>;
}
