/**
 * Offers a new version of the app once its service worker has it; never during a presentation,
 * so that nothing changes under an official in front of an audience.
 */
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAppStore } from '../state/app-store.ts';

/** Registers the service worker and calls back with a function that installs a waiting update. */
export type RegisterUpdates = (onUpdate: (install: () => Promise<void>) => void) => void;

/**
 * Only a production build has a service worker; its small module loads on its own, once the page
 * has loaded and the browser is idle, so that storing the app for offline use never competes with
 * the first view for the network.
 */
const registerServiceWorker: RegisterUpdates = (onUpdate) => {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  const register = () =>
    void import('virtual:pwa-register').then(({ registerSW }) => {
      const updateSW = registerSW({
        immediate: true,
        onNeedRefresh: () => onUpdate(() => updateSW(true)),
      });
    });
  const whenIdle = () =>
    'requestIdleCallback' in window
      ? requestIdleCallback(register, { timeout: 5000 })
      : setTimeout(register, 1000);
  if (document.readyState === 'complete') whenIdle();
  else window.addEventListener('load', whenIdle, { once: true });
};

export function UpdatePrompt({ register = registerServiceWorker }: { register?: RegisterUpdates }) {
  const { t } = useTranslation();
  const presenting = useAppStore((s) => s.presentStep !== null);
  const [install, setInstall] = useState<(() => Promise<void>) | null>(null);

  useEffect(() => register((update) => setInstall(() => update)), [register]);

  if (!install || presenting) return null;
  return (
    <div className="update-prompt" role="status">
      <p>{t('update.available')}</p>
      <button type="button" className="button" onClick={() => void install()}>
        {t('update.reload')}
      </button>
    </div>
  );
}
