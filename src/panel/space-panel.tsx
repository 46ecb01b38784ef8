/** The details of the selected space: what it is for, where it stands, how to reach it. */
import { useDeferredValue, useEffect, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../i18n/i18n.ts';
import { googleMapsDirections, openStreetMapDirections } from '../spaces/map-app-links.ts';
import type { Space } from '../spaces/types.ts';
import { useAppStore } from '../state/app-store.ts';
import { coverMap } from '../state/map-cover.ts';
import { useSelectedSpace } from '../state/selectors.ts';
import { AreaGlyph } from '../ui/area-glyph.tsx';
import { ExternalLink } from '../ui/external-link.tsx';
import {
  CheckedLine,
  OpeningFactRows,
  SpacePhotos,
  StatusHistory,
  StatusSince,
} from '../ui/space-facts.tsx';
import { StatusSource } from '../ui/status-source.tsx';
import { ReportLink } from './report-link.tsx';
import './panel.css';

interface Props {
  /** The space's actions the page places at the panel's foot (share, print, compare). */
  actions?: ReactNode;
  /** Who the space reaches on foot (src/reach/), which the page places after the directions. */
  reach?: (space: Space) => ReactNode;
  /** The stops near the space (src/reach/), which the page places under "Come arrivare". */
  transit?: (space: Space) => ReactNode;
  /** Where the focus goes on close when no control of the person's opened the space. */
  onReturnFocus?: (id: string) => void;
}

export function SpacePanel(props: Props) {
  const space = useSelectedSpace();
  return space ? <OpenPanel key={space.id} space={space} {...props} /> : null;
}

function OpenPanel({ space, actions, reach, transit, onReturnFocus }: Props & { space: Space }) {
  const { t } = useTranslation();
  const closeSpace = useAppStore((s) => s.closeSpace);
  const headingRef = useRef<HTMLHeadingElement>(null);

  // Choosing a space is an explicit action: the focus goes to the panel, and back to the control
  // it was chosen with on close. A space opened by a link or by Back leaves the focus where it is.
  useEffect(() => {
    const { by, opener } = useAppStore.getState();
    if (by === 'person') headingRef.current?.focus();
    const id = space.id;
    return () => {
      // Only take focus back if it was inside the panel (not if the person moved on elsewhere).
      if (document.activeElement && document.activeElement !== document.body) return;
      if (opener?.isConnected) opener.focus();
      else onReturnFocus?.(id);
    };
  }, [space.id, onReturnFocus]);

  useEffect(() => {
    // A dialog opened from the panel (sharing) handles its own Escape and stops it there.
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape' && !event.defaultPrevented) closeSpace();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [closeSpace]);

  // A space a person chooses answers at once: its head (its area, its address, what it is for) is
  // drawn in the frame after the tap, however busy the page is, and the rest follows in slices
  // that give way to any input meanwhile (React's deferred rendering). A space opened by a link,
  // as a prerendered page is, is whole from the start. Until the rest is there, the panel says so
  // to the tests (`data-details`).
  const [chosen] = useState(() => useAppStore.getState().by === 'person');
  const whole = useDeferredValue(true, !chosen);
  const areaName = t(`area.${space.area}.name`);

  return (
    <section
      className="space-panel"
      ref={coverMap}
      aria-labelledby="space-panel-heading"
      data-area={space.area}
      data-details={whole ? undefined : 'coming'}
    >
      <div className="space-panel__top">
        <p className="space-panel__area">
          <AreaGlyph area={space.area} />
          <span>{t('list.group', { area: space.area, name: areaName })}</span>
        </p>
        <button type="button" className="close-button" onClick={closeSpace}>
          <span aria-hidden="true">×</span>
          <span className="visually-hidden">{t('panel.close')}</span>
        </button>
      </div>
      {/* Addresses, place names and the sources' titles are Italian in every language (WCAG 3.1.2). */}
      {/* The page's subject: its h1 (src/app/open-space.tsx). */}
      <h1 id="space-panel-heading" ref={headingRef} tabIndex={-1} lang="it">
        {space.address}
      </h1>
      <p className="space-panel__vocation">{t(`area.${space.area}.vocation`)}</p>
      {whole && <PanelDetails space={space} actions={actions} reach={reach} transit={transit} />}
    </section>
  );
}

/** The panel under its head: the space's facts, how to get there, who it reaches, its actions. */
function PanelDetails({
  space,
  actions,
  reach,
  transit,
}: Pick<Props, 'actions' | 'reach' | 'transit'> & { space: Space }) {
  const { t } = useTranslation();
  const lang = useAppStore((s) => s.lang);
  const unknown = <span className="unknown">{t('panel.unknown')}</span>;
  return (
    <>
      <SpacePhotos space={space} />

      <dl className="space-panel__facts">
        <dt>{t('panel.neighbourhood')}</dt>
        <dd>
          <span lang="it">{space.neighbourhood}</span>{' '}
          <span className="muted">({t('panel.nil', space.nil)})</span>
        </dd>
        <dt>{t('panel.municipio')}</dt>
        <dd>{t('panel.municipioValue', { number: space.municipio })}</dd>
        <dt>{t('panel.status')}</dt>
        <dd>
          {t(`status.${space.status}`)}
          <StatusSince space={space} />
          <span className="space-panel__source">
            <StatusSource space={space} />{' '}
            {space.statusSourceUrl && (
              <ExternalLink href={space.statusSourceUrl}>
                {t('panel.statusSourceLink')}
              </ExternalLink>
            )}
          </span>
          <StatusHistory space={space} />
        </dd>
        <dt>{t('panel.call')}</dt>
        <dd>
          <span lang="it">{space.call.title}</span>
          <span className="space-panel__source">
            {space.call.date
              ? t('panel.callDate', { date: formatDate(space.call.date, lang) })
              : t('panel.callDateUnknown')}
          </span>
          <ExternalLink href={space.call.url}>
            {space.call.urlKind === 'call' ? t('panel.callLink') : t('panel.callProgrammeLink')}
          </ExternalLink>
        </dd>
        <OpeningFactRows space={space} />
        <dt>{t('panel.contacts')}</dt>
        <dd>
          <ul className="plain-list">
            <li>
              {t('panel.phone')}:{' '}
              {space.contacts.phone ? (
                <a href={`tel:${space.contacts.phone.replace(/ /g, '')}`} dir="ltr">
                  {space.contacts.phone}
                </a>
              ) : (
                unknown
              )}
            </li>
            <li>
              {t('panel.email')}:{' '}
              {space.contacts.email ? (
                <a href={`mailto:${space.contacts.email}`}>{space.contacts.email}</a>
              ) : (
                unknown
              )}
            </li>
            <li>
              {space.contacts.website ? (
                <ExternalLink href={space.contacts.website}>{t('panel.website')}</ExternalLink>
              ) : (
                <>
                  {t('panel.website')}: {unknown}
                </>
              )}
            </li>
          </ul>
        </dd>
        <dt>{t('panel.coordinates')}</dt>
        <dd>
          {space.lat.toFixed(6)}, {space.lon.toFixed(6)}
        </dd>
      </dl>

      <h2 className="space-panel__subheading">{t('transit.heading')}</h2>
      {transit?.(space)}
      <ul className="space-panel__directions plain-list">
        <li>
          <ExternalLink href={googleMapsDirections(space, 'transit')} className="button-link">
            {t('nearest.transit')}
          </ExternalLink>
        </li>
        <li>
          <ExternalLink href={googleMapsDirections(space)} className="button-link">
            {t('panel.googleMaps')}
          </ExternalLink>
        </li>
        <li>
          <ExternalLink href={openStreetMapDirections(space)} className="button-link">
            {t('panel.openStreetMap')}
          </ExternalLink>
        </li>
      </ul>
      {reach?.(space)}
      <CheckedLine space={space} />
      <ReportLink space={space} />
      {actions && <div className="space-panel__share">{actions}</div>}
    </>
  );
}
