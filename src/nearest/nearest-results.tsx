/** The shown spaces ranked from the starting point, with distances, walking times and directions. */
import { useEffect, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDistance } from '../i18n/i18n.ts';
import { googleMapsDirections, openStreetMapDirections } from '../spaces/map-app-links.ts';
import type { Space } from '../spaces/types.ts';
import { useAppStore } from '../state/app-store.ts';
import { useMessages } from '../state/messages-store.ts';
import { AreaGlyph } from '../ui/area-glyph.tsx';
import { ExternalLink } from '../ui/external-link.tsx';
import { prefersReducedMotion } from '../ui/motion.ts';
import { useNearest, useRanking } from './nearest-store.ts';
import { leadsWithTransit, walkingWords } from '../spaces/walking.ts';

export interface NearestResultsProps {
  /** The stops near a space too far to walk to (src/reach/), which the page places. */
  farStops?: (space: Space) => ReactNode;
}

export function NearestResults({ farStops }: NearestResultsProps) {
  const { t } = useTranslation();
  const lang = useAppStore((s) => s.lang);
  const origin = useNearest((s) => s.origin);
  const lookingFor = useNearest((s) => s.lookingFor);
  const announce = useMessages((s) => s.announce);
  const ranking = useRanking();
  const nearest = ranking?.[0];
  const sectionRef = useRef<HTMLElement>(null);

  // A new starting point (or a new wish) is the person's action: say what came out of it.
  useEffect(() => {
    if (!nearest) return;
    announce(
      t('nearest.announce', {
        address: nearest.space.address,
        distance: formatDistance(nearest.metres, lang),
        walk: t('nearest.minutes', { count: nearest.minutes }),
      }),
    );
    // Only the starting point and the wish trigger an announcement, not a language switch.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [origin, lookingFor]);

  // On a phone the answer appears below the controls: bring it into view (the focus stays put),
  // scrolling no more than needed so that a wide screen's page does not move.
  useEffect(() => {
    if (origin)
      sectionRef.current?.scrollIntoView({
        block: 'nearest',
        behavior: prefersReducedMotion() ? 'auto' : 'smooth',
      });
  }, [origin]);

  if (!origin || !ranking) return null;
  if (ranking.length === 0) return <p>{t('nearest.noneShown')}</p>;

  return (
    <section className="nearest-results" aria-labelledby="nearest-results-heading" ref={sectionRef}>
      <h3 id="nearest-results-heading">{t('nearest.resultsHeading')}</h3>
      {lookingFor === 'portineria' && <p className="muted">{t('nearest.portinerieFirst')}</p>}
      <ol>
        {ranking.map(({ space, metres, minutes }) => (
          <li key={space.id} className="nearest-results__item">
            <p className="nearest-results__title">
              <AreaGlyph area={space.area} />
              <span>
                <strong lang="it">{space.address}</strong>
                <span className="muted"> · {t(`area.${space.area}.one`)}</span>
              </span>
            </p>
            {leadsWithTransit(metres) ? (
              <FarAnswer space={space} metres={metres} minutes={minutes} stops={farStops} />
            ) : (
              <>
                <p className="nearest-results__distance">
                  {t('nearest.distance', { distance: formatDistance(metres, lang) })} ·{' '}
                  {t('nearest.minutes', { count: minutes })}
                </p>
                <p className="nearest-results__actions">
                  <OpenButton space={space} />
                  <WalkingLinks space={space} />
                </p>
              </>
            )}
          </li>
        ))}
      </ol>
      <p className="nearest-results__assumptions">{t('nearest.assumptions', walkingWords(lang))}</p>
    </section>
  );
}

/** A space an hour's walk away or more: public transport first, the walk second. */
function FarAnswer({
  space,
  metres,
  minutes,
  stops,
}: {
  space: Space;
  metres: number;
  minutes: number;
  stops: NearestResultsProps['farStops'];
}) {
  const { t } = useTranslation();
  const lang = useAppStore((s) => s.lang);
  return (
    <>
      <p className="nearest-results__distance">
        {t('nearest.distance', { distance: formatDistance(metres, lang) })}
      </p>
      <p className="nearest-results__actions">
        <OpenButton space={space} />
        <ExternalLink
          href={googleMapsDirections(space, 'transit')}
          className="button-link"
          label={t('nearest.directionsTransit', { address: space.address })}
        >
          {t('nearest.transit')}
        </ExternalLink>
      </p>
      {stops?.(space)}
      <p className="nearest-results__walk muted">
        {t('nearest.walkSecond', { walk: t('nearest.minutes', { count: minutes }) })}{' '}
        <WalkingLinks space={space} />
      </p>
    </>
  );
}

function OpenButton({ space }: { space: Space }) {
  const { t } = useTranslation();
  const selectSpace = useAppStore((s) => s.selectSpace);
  return (
    <button
      type="button"
      className="button-link"
      aria-label={t('nearest.open', { address: space.address })}
      onClick={(event) => selectSpace(space.id, event.currentTarget)}
    >
      {t('nearest.openShort')}
    </button>
  );
}

function WalkingLinks({ space }: { space: Space }) {
  const { t } = useTranslation();
  return (
    <>
      <ExternalLink
        href={googleMapsDirections(space)}
        className="button-link"
        label={t('nearest.directionsGoogle', { address: space.address })}
      >
        Google Maps
      </ExternalLink>
      <ExternalLink
        href={openStreetMapDirections(space)}
        className="button-link"
        label={t('nearest.directionsOsm', { address: space.address })}
      >
        OpenStreetMap
      </ExternalLink>
    </>
  );
}
