/** The print buttons; the printout itself (print-sheet.tsx) loads when one is pressed. */
import { lazy, Suspense, type ReactNode } from 'react';
import type { Space } from '../spaces/types.ts';
import { useTranslation } from 'react-i18next';
import { startPrint, usePrint } from './print-store.ts';
import './print.css';

const PrintSheet = lazy(() => import('./print-sheet.tsx'));

export function PrintButton({ kind }: { kind: 'space' | 'overview' }) {
  const { t } = useTranslation();
  return (
    <button type="button" className="button button--quiet" onClick={() => startPrint(kind)}>
      {kind === 'space' ? t('print.space') : t('print.overview')}
    </button>
  );
}

/** The printout, once one is asked for; `transit`: a space's stops, which the page places. */
export function PendingPrint({ transit }: { transit?: (space: Space) => ReactNode }) {
  const printing = usePrint((s) => s.job !== null);
  return printing ? (
    <Suspense fallback={null}>
      <PrintSheet transit={transit} />
    </Suspense>
  ) : null;
}
