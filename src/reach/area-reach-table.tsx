/** An area's spaces side by side by the house numbers each reaches on foot (page and presentation). */
import { useTranslation } from 'react-i18next';
import { formatCount } from '../i18n/format-number.ts';
import { appBase, pagePath } from '../pages/page-paths.ts';
import type { AreaId, Space } from '../spaces/types.ts';
import { useAppStore } from '../state/app-store.ts';
import { opensElsewhere } from '../ui/opens-elsewhere.ts';
import { REACH_BANDS, type ReachSummary } from './reach-format.ts';

export function AreaReachTable({
  area,
  spaces,
  summary,
  links = true,
}: {
  area: AreaId;
  spaces: readonly Space[];
  summary: ReachSummary;
  /** Each address a link to its space (not in the presentation, which has its own steps). */
  links?: boolean;
}) {
  const { t } = useTranslation();
  const lang = useAppStore((s) => s.lang);
  const selectSpace = useAppStore((s) => s.selectSpace);
  const openPage = useAppStore((s) => s.openPage);
  const ofArea = spaces.filter((s) => s.area === area);
  const figures = new Map(summary.spaces.map((s) => [s.id, s]));
  return (
    <table className="reach-table">
      <caption>{t('list.group', { area, name: t(`area.${area}.name`) })}</caption>
      <thead>
        <tr>
          <th scope="col">{t('coverage.space')}</th>
          {REACH_BANDS.map((band) => (
            <th scope="col" key={band}>
              {t('reach.within', { count: band })}
            </th>
          ))}
          <th scope="col">{t('coverage.nearestOfArea', { minutes: REACH_BANDS.at(-1) })}</th>
        </tr>
      </thead>
      <tbody>
        {ofArea.map((space) => {
          const own = figures.get(space.id);
          return (
            <tr key={space.id}>
              <th scope="row" lang="it">
                {links ? (
                  <a
                    href={`${appBase()}${pagePath(lang, space.id)}`}
                    onClick={(event) => {
                      if (opensElsewhere(event)) return;
                      event.preventDefault();
                      openPage(null);
                      selectSpace(space.id, null);
                    }}
                  >
                    {space.address}
                  </a>
                ) : (
                  space.address
                )}
              </th>
              {REACH_BANDS.map((band, b) => (
                <td key={band}>{own ? formatCount(own.within[b]!, lang) : t('panel.unknown')}</td>
              ))}
              <td>{own ? formatCount(own.nearest[2]!, lang) : t('panel.unknown')}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
