/** The spaces grouped by area: the complete, map-independent way to browse and open them. */
import { useImperativeHandle, useRef, type Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { groupByArea } from '../spaces/filter-spaces';
import { useAppStore } from '../state/app-store';
import { useVisibleSpaces } from '../state/selectors';
import { useSpacesData } from '../state/spaces-store';
import { AreaGlyph } from '../ui/area-glyph';
import './list.css';

/** What the page may ask of the list: to take the focus on a space's entry. */
export interface SpaceListHandle {
  focusSpace: (id: string) => void;
}

export function SpaceList({ ref }: { ref?: Ref<SpaceListHandle> }) {
  const { t } = useTranslation();
  const loading = useSpacesData((s) => s.data.status === 'loading');
  const selectedId = useAppStore((s) => s.selectedId);
  const selectSpace = useAppStore((s) => s.selectSpace);
  const groups = groupByArea(useVisibleSpaces());
  const buttons = useRef(new Map<string, HTMLButtonElement>());
  useImperativeHandle(ref, () => ({ focusSpace: (id) => buttons.current.get(id)?.focus() }), []);

  return (
    <section
      className="space-list"
      aria-labelledby="space-list-heading"
      id="space-list"
      tabIndex={-1}
    >
      <h2 id="space-list-heading">{t('list.heading')}</h2>
      {loading && <p>{t('list.loading')}</p>}
      {!loading && groups.length === 0 && <p className="space-list__empty">{t('list.empty')}</p>}
      {groups.map(({ area, spaces }) => (
        <section key={area} aria-labelledby={`area-${area}-heading`} className="space-list__group">
          <h3 id={`area-${area}-heading`} className="space-list__group-heading">
            <AreaGlyph area={area} />
            <span>
              {t('list.group', { area, name: t(`area.${area}.name`) })}{' '}
              <span className="space-list__count">
                ({t('list.groupCount', { count: spaces.length })})
              </span>
            </span>
          </h3>
          <ul>
            {spaces.map((space) => (
              // The button's visible text (the address) is the start of its name, as WCAG's
              // "label in name" asks; the place line below describes it, and the whole card can
              // be clicked.
              <li key={space.id} className="space-list__entry">
                <button
                  type="button"
                  className="space-list__item"
                  data-space={space.id}
                  ref={(button) => {
                    if (button) buttons.current.set(space.id, button);
                    else buttons.current.delete(space.id);
                  }}
                  aria-current={space.id === selectedId ? 'true' : undefined}
                  aria-label={t('list.item', {
                    address: space.address,
                    area: t(`area.${area}.one`),
                  })}
                  aria-describedby={`place-${space.id}`}
                  onClick={(event) => selectSpace(space.id, event.currentTarget)}
                >
                  {space.address}
                </button>
                <span className="space-list__place" id={`place-${space.id}`}>
                  <span lang="it">{space.neighbourhood}</span> ·{' '}
                  {t('panel.municipioValue', { number: space.municipio })}
                </span>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </section>
  );
}
