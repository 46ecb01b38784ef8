/** The button that opens the share dialog (the dialog itself loads when first opened). */
import { lazy, Suspense, useCallback, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSelectedSpace } from '../state/selectors.ts';

const ShareDialog = lazy(() => import('./share-dialog.tsx'));

export function ShareButton({ className = 'button' }: { className?: string }) {
  const { t } = useTranslation();
  const space = useSelectedSpace();
  const [open, setOpen] = useState(false);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const close = useCallback(() => {
    setOpen(false);
    buttonRef.current?.focus();
  }, []);
  return (
    <>
      <button
        ref={buttonRef}
        type="button"
        className={className}
        aria-haspopup="dialog"
        onClick={() => setOpen(true)}
      >
        {space ? t('share.openSpace') : t('share.openView')}
      </button>
      {open && (
        <Suspense fallback={null}>
          <ShareDialog onClose={close} />
        </Suspense>
      )}
    </>
  );
}
