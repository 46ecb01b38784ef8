/** The list's column: the nearest-space form, the filters, the list and what goes with it. */
import { memo, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { AreaFilter } from '../list/area-filter.tsx';
import { DownloadData } from '../list/download-data.tsx';
import { OpenNowFilter } from '../list/open-now-filter.tsx';
import { SpaceList, type SpaceListHandle } from '../list/space-list.tsx';
import { NearestSection } from '../nearest/nearest-section.tsx';
import { PrintButton } from '../print/print-button.tsx';
import { CompareButton } from '../reach/compare-button.tsx';
import { TransitBrief } from '../reach/transit-section.tsx';
import { WalkSection } from '../reach/walk-section.tsx';
import { ShareButton } from '../share/share-button.tsx';
import type { Space } from '../spaces/types.ts';

const compareButton = (space: Space) => <CompareButton space={space} />;
const farStops = (space: Space) => <TransitBrief space={space} lead />;

/**
 * The list's column. It is its own component, kept unless its props change: its parts follow the
 * stores they show, so that a space opened redraws the panel and the list's entry, not the column.
 */
export const Sidebar = memo(function Sidebar({
  listRef,
  onStartPresentation,
}: {
  listRef: RefObject<SpaceListHandle | null>;
  onStartPresentation: () => void;
}) {
  const { t } = useTranslation();
  return (
    <div className="sidebar">
      <NearestSection farStops={farStops} />
      <AreaFilter />
      <OpenNowFilter />
      <div className="sidebar__share">
        <ShareButton className="button button--quiet" />
        <button type="button" className="button button--quiet" onClick={onStartPresentation}>
          {t('present.start')}
        </button>
        <PrintButton kind="overview" />
      </div>
      <SpaceList ref={listRef} entryAction={compareButton} />
      <WalkSection />
      <DownloadData />
      <section className="intro" aria-labelledby="intro-heading">
        <h2 id="intro-heading">{t('intro.heading')}</h2>
        <p>{t('intro.text')}</p>
      </section>
    </div>
  );
});
