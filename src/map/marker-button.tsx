/**
 * A space's marker: a real button, shaped and numbered by area. The same button sits on the first
 * map view (first-map-view.tsx) and on the MapLibre map (space-marker.tsx).
 *
 * Its name comes from its content (the address and area, for screen readers), not from an
 * `aria-label`, so that the visible number is not a label the name contradicts.
 */
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Space } from '../spaces/types.ts';
import { afterNextPaint } from '../ui/after-paint.ts';
import { AreaGlyph } from '../ui/area-glyph.tsx';
import './markers.css';

export interface MarkerButtonProps {
  space: Space;
  selected: boolean;
  /** Set in presentation mode for the spaces the current step does not feature. */
  dimmed?: boolean;
  /** `button` is the marker pressed, where the focus returns when the panel closes. */
  onChoose: (id: string, button: HTMLElement) => void;
}

export const MarkerButton = memo(function MarkerButton({
  space,
  selected,
  dimmed = false,
  onChoose,
}: MarkerButtonProps) {
  const { t } = useTranslation();
  return (
    <button
      type="button"
      className={dimmed ? 'space-marker space-marker--dimmed' : 'space-marker'}
      aria-current={selected ? 'true' : undefined}
      data-space={space.id}
      onClick={(event) => {
        // The map must not treat the click on a marker as a click on the map.
        event.stopPropagation();
        // MapLibre's drag handling keeps a click from focusing the button; focus it so that
        // closing the panel can bring the focus back here.
        const button = event.currentTarget;
        button.focus();
        // The pressed marker is painted first, then the space opens (ui/after-paint.ts).
        afterNextPaint(() => onChoose(space.id, button));
      }}
    >
      <AreaGlyph area={space.area} size="marker" />
      <span className="visually-hidden">
        {t('list.item', { address: space.address, area: t(`area.${space.area}.one`) })}
      </span>
    </button>
  );
});
