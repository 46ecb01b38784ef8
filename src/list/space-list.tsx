/**
 * The spaces grouped by area: the complete, map-independent way to browse and open them. A large
 * programme's groups show a page at a time (list-pages.ts), with a button for the next page.
 */
import {
  memo,
  useCallback,
  useEffect,
  useImperativeHandle,
  useRef,
  useState,
  type ReactNode,
  type Ref,
} from 'react';
import { useTranslation } from 'react-i18next';
import { appBase, pagePath } from '../pages/page-paths.ts';
import { groupByArea } from '../spaces/filter-spaces.ts';
import { useAppStore } from '../state/app-store.ts';
import { useSpaceHours } from '../state/hours-store.ts';
import { useVisibleSpaces } from '../state/selectors.ts';
import { useSpacesData } from '../state/spaces-store.ts';
import type { AreaId, Space } from '../spaces/types.ts';
import { afterNextPaint } from '../ui/after-paint.ts';
import { AreaGlyph } from '../ui/area-glyph.tsx';
import { HoursNowLine } from '../ui/hours-view.tsx';
import { opensElsewhere } from '../ui/opens-elsewhere.ts';
import { LIST_PAGE, pagesToShow, shownCount } from './list-pages.ts';
import './list.css';

/** What the page may ask of the list: to take the focus on a space's entry. */
export interface SpaceListHandle {
  focusSpace: (id: string) => void;
}

export function SpaceList({
  ref,
  entryAction,
}: {
  ref?: Ref<SpaceListHandle>;
  /** What the page adds to each entry (the comparison's button): a stable function. */
  entryAction?: (space: Space) => ReactNode;
}) {
  const { t } = useTranslation();
  const loading = useSpacesData((s) => s.data.status === 'loading');
  const selectedId = useAppStore((s) => s.selectedId);
  const selectSpace = useAppStore((s) => s.selectSpace);
  const openNowOnly = useAppStore((s) => s.openNowOnly);
  const groups = groupByArea(useVisibleSpaces());
  const lang = useAppStore((s) => s.lang);
  const entries = useRef(new Map<string, HTMLAnchorElement>());
  useImperativeHandle(ref, () => ({ focusSpace: (id) => entries.current.get(id)?.focus() }), []);
  const keepEntry = useCallback((id: string, link: HTMLAnchorElement | null) => {
    if (link) entries.current.set(id, link);
    else entries.current.delete(id);
  }, []);

  // Pages opened per area. A space opened from elsewhere (the map, a link) beyond them opens the
  // pages up to it, and they stay open, so that the focus can come back to its entry.
  const [pages, setPages] = useState<Record<AreaId, number>>({ 1: 1, 2: 1, 3: 1 });
  // Keyed by the groups too: a link's space is chosen before the spaces have loaded.
  const pagingFor = groups.length > 0 ? selectedId : null;
  const [pagedFor, setPagedFor] = useState<string | null>(null);
  if (pagedFor !== pagingFor) {
    setPagedFor(pagingFor);
    const group = groups.find((g) => g.spaces.some((s) => s.id === selectedId));
    if (group) {
      const needed = pagesToShow(group.spaces.findIndex((s) => s.id === selectedId));
      if (needed > pages[group.area]) setPages({ ...pages, [group.area]: needed });
    }
  }
  // "Show more" moves the focus to the first entry it added, as a person reading on expects.
  const focusNext = useRef<string | null>(null);
  useEffect(() => {
    if (!focusNext.current) return;
    entries.current.get(focusNext.current)?.focus();
    focusNext.current = null;
  }, [pages]);

  return (
    <section
      className="space-list"
      aria-labelledby="space-list-heading"
      id="space-list"
      tabIndex={-1}
    >
      <h2 id="space-list-heading">{t('list.heading')}</h2>
      {loading && <p>{t('list.loading')}</p>}
      {!loading && groups.length === 0 && (
        <p className="space-list__empty">{t(openNowOnly ? 'list.noneOpen' : 'list.empty')}</p>
      )}
      {groups.map(({ area, spaces }) => {
        const shown = shownCount(spaces.length, pages[area]);
        const more = Math.min(LIST_PAGE, spaces.length - shown);
        return (
          <section
            key={area}
            aria-labelledby={`area-${area}-heading`}
            className="space-list__group"
          >
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
              {spaces.slice(0, shown).map((space) => (
                <SpaceListEntry
                  key={space.id}
                  space={space}
                  selected={space.id === selectedId}
                  onSelect={selectSpace}
                  keepEntry={keepEntry}
                  href={`${appBase()}${pagePath(lang, space.id)}`}
                  action={entryAction}
                />
              ))}
            </ul>
            {more > 0 && (
              <p className="space-list__more">
                <span>{t('list.shown', { shown, total: spaces.length })}</span>{' '}
                <button
                  type="button"
                  className="button button--quiet"
                  onClick={() => {
                    focusNext.current = spaces[shown]!.id;
                    setPages({ ...pages, [area]: pages[area] + 1 });
                  }}
                >
                  {t('list.showMore', { count: more })}
                </button>
              </p>
            )}
          </section>
        );
      })}
    </section>
  );
}

interface EntryProps {
  space: Space;
  selected: boolean;
  onSelect: (id: string, opener: HTMLElement) => void;
  keepEntry: (id: string, link: HTMLAnchorElement | null) => void;
  /** The space's own page, where the entry leads without the app (and in a new tab). */
  href: string;
  action: ((space: Space) => ReactNode) | undefined;
}

/**
 * One space's entry. Memoised: with hundreds of spaces, a filter or a selection re-renders only
 * the entries that change.
 */
const SpaceListEntry = memo(function SpaceListEntry({
  space,
  selected,
  onSelect,
  keepEntry,
  href,
  action,
}: EntryProps) {
  const { t } = useTranslation();
  const hours = useSpaceHours(space.id);
  return (
    // A link to the space's page, which the app opens in place (a new tab, or a page without
    // JavaScript, gets the page itself). Its visible text (the address) is the start of its
    // name, as WCAG's "label in name" asks; the place line below describes it, and the whole
    // card can be clicked.
    <li className="space-list__entry">
      <a
        href={href}
        className="space-list__item"
        data-space={space.id}
        ref={(link) => keepEntry(space.id, link)}
        aria-current={selected ? 'true' : undefined}
        aria-label={t('list.item', {
          address: space.address,
          area: t(`area.${space.area}.one`),
        })}
        aria-describedby={
          hours?.kind === 'known' ? `place-${space.id} hours-${space.id}` : `place-${space.id}`
        }
        onClick={(event) => {
          if (opensElsewhere(event)) return;
          event.preventDefault();
          // The pressed entry is painted first, then the space opens (ui/after-paint.ts).
          const link = event.currentTarget;
          afterNextPaint(() => onSelect(space.id, link));
        }}
      >
        {space.address}
      </a>
      <span className="space-list__place" id={`place-${space.id}`}>
        <span lang="it">{space.neighbourhood}</span> ·{' '}
        {t('panel.municipioValue', { number: space.municipio })}
      </span>
      {hours?.kind === 'known' && (
        <span className="space-list__hours" id={`hours-${space.id}`}>
          <HoursNowLine hours={hours} />
        </span>
      )}
      {action && <span className="space-list__action">{action(space)}</span>}
    </li>
  );
});
