/** The three thematic areas as checkboxes, each with how many spaces it has. */
import { useTranslation } from 'react-i18next';
import { countByArea } from '../spaces/filter-spaces.ts';
import { AREA_IDS, type AreaId } from '../spaces/types.ts';
import { useAppStore } from '../state/app-store.ts';
import { useMessages } from '../state/messages-store.ts';
import { useAllSpaces, visibleSpacesNow } from '../state/selectors.ts';
import { AreaGlyph } from '../ui/area-glyph.tsx';

export function AreaFilter() {
  const { t } = useTranslation();
  const areas = useAppStore((s) => s.areas);
  const toggleArea = useAppStore((s) => s.toggleArea);
  const announce = useMessages((s) => s.announce);
  const spaces = useAllSpaces();
  const counts = countByArea(spaces);

  const toggle = (area: AreaId) => {
    toggleArea(area);
    // What the page shows: the areas, and "aperti ora" if it is on.
    announce(t('filter.shown', { count: visibleSpacesNow().length, total: spaces.length }));
  };

  return (
    <fieldset className="area-filter">
      <legend>{t('filter.legend')}</legend>
      {AREA_IDS.map((area) => (
        <label key={area} className="choice">
          <input type="checkbox" checked={areas.includes(area)} onChange={() => toggle(area)} />
          <AreaGlyph area={area} />
          <span>{t('filter.option', { name: t(`area.${area}.name`), count: counts[area] })}</span>
        </label>
      ))}
    </fieldset>
  );
}
