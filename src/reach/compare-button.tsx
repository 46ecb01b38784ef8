/**
 * "Confronta": puts a space in the comparison of up to three (`?page=compare`), or takes it out.
 * Its name says which space, for a list of them; its state is pressed while the space is in.
 */
import { useTranslation } from 'react-i18next';
import type { Space } from '../spaces/types.ts';
import { useAppStore } from '../state/app-store.ts';
import { useMessages } from '../state/messages-store.ts';
import { MAX_COMPARED } from '../state/url-state.ts';

export function CompareButton({ space }: { space: Space }) {
  const { t } = useTranslation();
  const compared = useAppStore((s) => s.compare.includes(space.id));
  const toggle = useAppStore((s) => s.toggleCompare);
  const announce = useMessages((s) => s.announce);
  return (
    <button
      type="button"
      className="button button--quiet compare-button"
      aria-pressed={compared}
      onClick={() => {
        toggle(space.id);
        const { compare } = useAppStore.getState();
        if (compare.includes(space.id) === compared) return; // a fourth, refused with a notice
        announce(
          t(compared ? 'compare.removed' : 'compare.added', {
            address: space.address,
            count: compare.length,
            max: MAX_COMPARED,
          }),
        );
      }}
    >
      {t('compare.button')}
      <span className="visually-hidden"> {space.address}</span>
    </button>
  );
}
