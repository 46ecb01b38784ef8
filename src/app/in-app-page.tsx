/**
 * The app's own pages, shown instead of the map and the list (state: `page`). Few open them: each
 * loads when asked for.
 */
import { lazy, Suspense } from 'react';
import type { AppPage } from '../state/url-state.ts';

const AccessibilityPage = lazy(() => import('./accessibility-page.tsx'));
const UpdatesPage = lazy(() => import('./updates-page.tsx'));
const CoveragePage = lazy(() => import('./coverage-page.tsx'));
const ComparePage = lazy(() => import('./compare-page.tsx'));

const PAGES: Record<AppPage, React.LazyExoticComponent<() => React.JSX.Element>> = {
  accessibility: AccessibilityPage,
  updates: UpdatesPage,
  coverage: CoveragePage,
  compare: ComparePage,
};

export function InAppPage({ page }: { page: AppPage }) {
  const Page = PAGES[page];
  return (
    <Suspense fallback={null}>
      <Page />
    </Suspense>
  );
}
