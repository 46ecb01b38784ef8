/**
 * The presentation's step "Chi raggiunge il programma": the city's share within a walk of the
 * spaces, and each area's spaces by the house numbers they reach, with the walking layer on the
 * map behind (app.tsx turns it on for this step).
 */
import { useTranslation } from 'react-i18next';
import { formatCount, formatShare } from '../i18n/format-number.ts';
import { AREA_IDS } from '../spaces/types.ts';
import { useAppStore } from '../state/app-store.ts';
import { useAllSpaces } from '../state/selectors.ts';
import { AreaGlyph } from '../ui/area-glyph.tsx';
import { REACH_MINUTES } from './reach-format.ts';
import { walkingWords } from '../spaces/walking.ts';
import { useReachSummary } from './use-space-reach.ts';
import './reach.css';

export function ReachStep() {
  const { t } = useTranslation();
  const lang = useAppStore((s) => s.lang);
  const spaces = useAllSpaces();
  const reach = useReachSummary();
  if (reach.status !== 'ready')
    return <p className="presentation__lead">{t(`reach.${reach.status}`)}</p>;
  const { summary } = reach;
  const { city } = summary;
  const figures = new Map(summary.spaces.map((s) => [s.id, s]));
  return (
    <>
      <p className="presentation__lead reach-step__lead">
        {t('walk.city', {
          minutes: REACH_MINUTES,
          any: formatShare(city.any, city.numbers, lang),
          portineria: formatShare(city.portineria, city.numbers, lang),
        })}
      </p>
      <table className="reach-step__table">
        <caption>{t('compare.row.within', { minutes: REACH_MINUTES })}</caption>
        {AREA_IDS.map((area) => (
          <tbody key={area}>
            <tr>
              <th scope="rowgroup" colSpan={2} className="reach-step__area">
                <AreaGlyph area={area} /> {t(`area.${area}.name`)}
              </th>
            </tr>
            {spaces
              .filter((s) => s.area === area)
              .map((space) => (
                <tr key={space.id}>
                  <th scope="row" lang="it">
                    {space.address}
                  </th>
                  <td>{formatCount(figures.get(space.id)?.within[2] ?? 0, lang)}</td>
                </tr>
              ))}
          </tbody>
        ))}
      </table>
      <p className="reach-step__note">{t('compare.honest', walkingWords(lang, summary.walking))}</p>
    </>
  );
}
