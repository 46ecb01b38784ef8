/**
 * "A piedi dagli spazi", beside the list: the city's coverage in one sentence, the switch of the
 * map layer, and the way to the neighbourhoods' table and to the comparison.
 */
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { formatShare } from '../i18n/format-number.ts';
import { useAppStore } from '../state/app-store.ts';
import { REACH_MINUTES } from './reach-format.ts';
import { useReachSummary } from './use-space-reach.ts';
import { appPageLink } from './page-links.ts';

export function WalkSection() {
  const { t } = useTranslation();
  const headingId = useId();
  const lang = useAppStore((s) => s.lang);
  const on = useAppStore((s) => s.walkLayer);
  const toggle = useAppStore((s) => s.toggleWalkLayer);
  const compare = useAppStore((s) => s.compare);
  const openPage = useAppStore((s) => s.openPage);
  const reach = useReachSummary();
  const summary = reach.status === 'ready' ? reach.summary : null;

  const open = (page: 'coverage' | 'compare') => (event: React.MouseEvent) => {
    event.preventDefault();
    openPage(page);
    window.scrollTo({ top: 0 });
  };

  return (
    <section className="walk-section" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('walk.heading')}</h2>
      {summary && (
        <p>
          {t('walk.city', {
            minutes: REACH_MINUTES,
            any: formatShare(summary.city.any, summary.city.numbers, lang),
            portineria: formatShare(summary.city.portineria, summary.city.numbers, lang),
          })}
        </p>
      )}
      <label className="choice">
        <input type="checkbox" checked={on} onChange={toggle} />
        <span>{t('walk.show')}</span>
      </label>
      <ul className="plain-list walk-section__links">
        <li>
          <a href={appPageLink(lang, 'coverage', [])} onClick={open('coverage')}>
            {t('walk.table')}
          </a>
        </li>
        {compare.length > 0 && (
          <li>
            <a href={appPageLink(lang, 'compare', compare)} onClick={open('compare')}>
              {t('walk.compare', { count: compare.length })}
            </a>
          </li>
        )}
      </ul>
    </section>
  );
}
