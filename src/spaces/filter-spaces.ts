import { AREA_IDS, type AreaId, type Space } from './types.ts';

/** The spaces whose area is among the chosen ones, in programme order. */
export function spacesInAreas(spaces: readonly Space[], areas: readonly AreaId[]): Space[] {
  return spaces.filter((space) => areas.includes(space.area)).sort((a, b) => a.number - b.number);
}

/** How many spaces each area has (whatever the filter), for the filter's labels. */
export function countByArea(spaces: readonly Space[]): Record<AreaId, number> {
  const counts: Record<AreaId, number> = { 1: 0, 2: 0, 3: 0 };
  for (const space of spaces) counts[space.area] += 1;
  return counts;
}

/** The spaces of each area, in area order, for the grouped list. */
export function groupByArea(spaces: readonly Space[]): { area: AreaId; spaces: Space[] }[] {
  return AREA_IDS.map((area) => ({
    area,
    spaces: spaces.filter((s) => s.area === area).sort((a, b) => a.number - b.number),
  })).filter((group) => group.spaces.length > 0);
}
