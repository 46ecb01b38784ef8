/** One space on the map: a real button named by its address and area, shaped and numbered by area. */
import { useTranslation } from 'react-i18next';
import { Marker } from 'react-map-gl/maplibre';
import type { Space } from '../spaces/types';
import { AreaGlyph } from '../ui/area-glyph';

interface Props {
  space: Space;
  selected: boolean;
  /** Set in presentation mode for the spaces the current step does not feature. */
  dimmed?: boolean;
  /** `button` is the marker pressed, where the focus returns when the panel closes. */
  onChoose: (id: string, button: HTMLElement) => void;
}

export function SpaceMarker({ space, selected, dimmed = false, onChoose }: Props) {
  const { t } = useTranslation();
  return (
    <Marker
      longitude={space.lon}
      latitude={space.lat}
      anchor="center"
      style={{ zIndex: selected ? 2 : 1 }}
    >
      <button
        type="button"
        className={dimmed ? 'space-marker space-marker--dimmed' : 'space-marker'}
        aria-current={selected ? 'true' : undefined}
        aria-label={t('list.item', { address: space.address, area: t(`area.${space.area}.one`) })}
        onClick={(event) => {
          // The map must not treat the click on a marker as a click on the map.
          event.stopPropagation();
          // MapLibre's drag handling keeps a click from focusing the button; focus it so that
          // closing the panel can bring the focus back here.
          event.currentTarget.focus();
          onChoose(space.id, event.currentTarget);
        }}
      >
        <AreaGlyph area={space.area} size="marker" />
      </button>
    </Marker>
  );
}
