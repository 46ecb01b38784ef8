/**
 * The legend of "A piedi dagli spazi", a strip above the map while the layer is on: its colours
 * with their minutes, what the squares are, and what is wrong when the layer cannot be drawn. Above
 * the map rather than over it, so that on a phone it hides none of it.
 */
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useAppStore } from '../state/app-store.ts';
import { useMapWanted } from '../state/map-wanted.ts';
import { REACH_MINUTES } from './reach-format.ts';
import { walkingWords } from '../spaces/walking.ts';
import { WALK_CLASSES } from './walk-grid.ts';
import { useWalkGrid } from './walk-grid-store.ts';
import './walk.css';

/** `on`: the layer is shown (the person's switch, or the presentation's step). */
export function WalkLegend({ on }: { on: boolean }) {
  const { t } = useTranslation();
  const headingId = useId();
  const noArea = useAppStore((s) => s.areas.length === 0);
  const status = useWalkGrid((s) => s.grid.status);
  const mapFault = useMapWanted((s) => s.fault);
  const lang = useAppStore((s) => s.lang);
  if (!on) return null;
  const problem = mapFault
    ? t('walk.noMap')
    : status === 'unavailable'
      ? t('walk.unavailable')
      : noArea
        ? t('walk.noArea')
        : null;
  return (
    <section className="walk-legend" aria-labelledby={headingId}>
      <h2 id={headingId} className="walk-legend__heading">
        {t('walk.legendHeading')}
      </h2>
      <ul className="plain-list walk-legend__classes">
        {WALK_CLASSES.map(({ from, to, token }) => (
          <li key={token}>
            <span
              className={`walk-legend__swatch walk-legend__swatch--${token}`}
              aria-hidden="true"
            />
            {from === 1 ? t('walk.upTo', { minutes: to }) : t('walk.between', { from, to })}
          </li>
        ))}
        <li>
          <span className="walk-legend__swatch walk-legend__swatch--none" aria-hidden="true" />
          {t('walk.beyond', { minutes: REACH_MINUTES })}
        </li>
      </ul>
      <details className="walk-legend__note">
        <summary>{t('walk.whatSquares')}</summary>
        <p>{t('walk.legendNote', walkingWords(lang))}</p>
      </details>
      {/* Polite: the layer's state changes after the person's action, not during it. */}
      <p className="walk-legend__status" role="status">
        {problem ?? (status === 'loading' ? t('walk.loading') : '')}
      </p>
    </section>
  );
}
