import { describe, expect, it } from 'vitest';
import { countByArea, groupByArea, spacesInAreas } from '../../src/spaces/filter-spaces.ts';
import { validateSpacesDocument } from '../../src/spaces/validate-spaces.ts';
import { collection, validFeature } from './spaces-fixture.ts';

const { spaces } = validateSpacesDocument(
  collection(
    validFeature({ id: 'palmanova-59', number: 9, area: 3 }, [9.235195, 45.495913]),
    validFeature({ id: 'omero-15', number: 1, area: 1 }),
    validFeature({ id: 'faenza-25', number: 4, area: 2 }, [9.148211, 45.435888]),
    validFeature({ id: 'capuana-7', number: 8, area: 3 }, [9.140847, 45.518107]),
  ),
);

describe('filtering the spaces by area', () => {
  it('keeps only the chosen areas, in programme order', () => {
    expect(spacesInAreas(spaces, [1, 3]).map((s) => s.id)).toEqual([
      'omero-15',
      'capuana-7',
      'palmanova-59',
    ]);
  });

  it('shows nothing when no area is chosen', () => {
    expect(spacesInAreas(spaces, [])).toEqual([]);
  });

  it('counts each area whatever the filter', () => {
    expect(countByArea(spaces)).toEqual({ 1: 1, 2: 1, 3: 2 });
  });

  it('groups by area in area order and leaves out empty areas', () => {
    const groups = groupByArea(spacesInAreas(spaces, [3, 1]));
    expect(groups.map((g) => [g.area, g.spaces.map((s) => s.id)])).toEqual([
      [1, ['omero-15']],
      [3, ['capuana-7', 'palmanova-59']],
    ]);
  });
});
