/**
 * "Aperti ora": only the spaces whose hours say they are open at this moment, on the map and in
 * the list. Shown only once some space's hours are known and worked out.
 */
import { useTranslation } from 'react-i18next';
import { useAppStore } from '../state/app-store.ts';
import { isOpenNow, useHours } from '../state/hours-store.ts';
import { useMessages } from '../state/messages-store.ts';
import { useAllSpaces, visibleSpacesNow } from '../state/selectors.ts';

export function OpenNowFilter() {
  const { t } = useTranslation();
  const ready = useHours((s) => s.status === 'ready');
  const openNowOnly = useAppStore((s) => s.openNowOnly);
  const toggleOpenNow = useAppStore((s) => s.toggleOpenNow);
  const byId = useHours((s) => s.byId);
  const announce = useMessages((s) => s.announce);
  const spaces = useAllSpaces();
  if (!ready) return null;
  const open = spaces.filter((s) => isOpenNow(byId, s.id)).length;

  const toggle = () => {
    toggleOpenNow();
    // The open space stays open: its panel says whether it is open now.
    announce(t('filter.shown', { count: visibleSpacesNow().length, total: spaces.length }));
  };

  return (
    <fieldset className="area-filter">
      <legend>{t('panel.openingHours')}</legend>
      <label className="choice">
        <input type="checkbox" checked={openNowOnly} onChange={toggle} />
        <span>{t('filter.openNow', { count: open })}</span>
      </label>
    </fieldset>
  );
}
