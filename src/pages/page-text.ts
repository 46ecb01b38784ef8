/**
 * What a page says of itself to the tools that read it (a browser tab, a search engine, a chat's
 * preview): its title and description, the home's or one space's. The prerender writes them into
 * each page's head; the app keeps the tab's title in step as a person moves between spaces.
 */
import type { TFunction } from 'i18next';
import type { Space } from '../spaces/types.ts';

export function pageTitle(t: TFunction, space: Space | null): string {
  if (!space) return t('app.documentTitle');
  return t('app.spaceTitle', { address: space.address, area: t(`area.${space.area}.one`) });
}

export function pageDescription(t: TFunction, space: Space | null): string {
  if (!space) return t('app.description');
  return t('app.spaceDescription', {
    address: space.address,
    neighbourhood: space.neighbourhood,
    municipio: space.municipio,
    area: t(`area.${space.area}.name`),
    status: t(`status.${space.status}`),
  });
}
