import { describe, expect, it } from 'vitest';
import { parseUrlState, toSearch } from '../../src/state/url-state.ts';

describe('the URL as a permalink', () => {
  it('reads a full link', () => {
    const { state, problems } = parseUrlState(
      '?space=omero-15&areas=1,3&map=13.5/45.43473/9.2247&lang=en',
    );
    expect(problems).toEqual([]);
    expect(state).toEqual({
      space: 'omero-15',
      areas: [1, 3],
      view: { zoom: 13.5, lat: 45.43473, lon: 9.2247 },
      lang: 'en',
      page: null,
      step: null,
      embed: false,
      walk: false,
      compare: [],
    });
  });

  it('shows every area, in no particular view or language, when the URL says nothing', () => {
    expect(parseUrlState('').state).toEqual({
      space: null,
      areas: [1, 2, 3],
      view: null,
      lang: null,
      page: null,
      step: null,
      embed: false,
      walk: false,
      compare: [],
    });
  });

  it('reads and writes a comparison of up to three spaces, and the walking layer', () => {
    const search = '?page=compare&walk=1&compare=omero-15,zoia-105,boccioni-10';
    const { state, problems } = parseUrlState(search);
    expect(problems).toEqual([]);
    expect(state).toMatchObject({
      page: 'compare',
      walk: true,
      compare: ['omero-15', 'zoia-105', 'boccioni-10'],
    });
    expect(toSearch(state)).toBe(search);
  });

  it('refuses a comparison of more than three, or of ids no space can have, and says so', () => {
    for (const value of ['a,b,c,d', 'omero-15,<script>', 'Omero 15']) {
      const { state, problems } = parseUrlState(`?compare=${encodeURIComponent(value)}`);
      expect(state.compare).toEqual([]);
      expect(problems).toEqual([{ param: 'compare', value }]);
    }
    expect(parseUrlState('?compare=omero-15,omero-15').state.compare).toEqual(['omero-15']);
  });

  it('starts presentation mode at the step in the link', () => {
    const { state, problems } = parseUrlState('?present=1&step=5');
    expect(state.step).toBe(5);
    expect(problems).toEqual([]);
    expect(toSearch(state)).toBe('?present=1&step=5');
    expect(parseUrlState('?present=1').state.step).toBe(1);
    expect(parseUrlState('?step=5').state.step).toBeNull();
  });

  it('starts presentation mode at the beginning when the step is garbage, and says so', () => {
    const { state, problems } = parseUrlState('?present=1&step=x');
    expect(state.step).toBe(1);
    expect(problems).toEqual([{ param: 'step', value: 'x' }]);
  });

  it('opens the accessibility page from the link', () => {
    const { state } = parseUrlState('?page=accessibility&lang=ar');
    expect(state).toMatchObject({ page: 'accessibility', lang: 'ar' });
    expect(toSearch(state)).toBe('?lang=ar&page=accessibility');
  });

  it('writes the same state back to the same link', () => {
    const search = '?space=faenza-25&areas=2&map=12/45.46/9.19&lang=en';
    expect(toSearch(parseUrlState(search).state)).toBe(search);
  });

  it('leaves defaults out of the link', () => {
    expect(toSearch({ ...parseUrlState('').state })).toBe('');
  });

  it('keeps every area hidden as an empty list', () => {
    const { state } = parseUrlState('?areas=');
    expect(state.areas).toEqual([]);
    expect(toSearch(state)).toBe('?areas=');
  });

  it('rounds the view to what a link needs', () => {
    expect(
      toSearch({
        space: null,
        areas: [1, 2, 3],
        view: { zoom: 12.345678, lat: 45.123456789, lon: 9.987654321 },
        lang: null,
        page: null,
        step: null,
        embed: false,
        walk: false,
        compare: [],
      }),
    ).toBe('?map=12.35/45.12346/9.98765');
  });

  it('keeps parameters that the app does not own, and owns the embedded view', () => {
    const state = { ...parseUrlState('').state, space: 'capuana-7' };
    expect(toSearch(state, '?utm_source=poster&space=x')).toBe(
      '?utm_source=poster&space=capuana-7',
    );
    expect(parseUrlState('?embed=1').state.embed).toBe(true);
    expect(toSearch({ ...state, embed: true }, '?embed=1')).toBe('?space=capuana-7&embed=1');
  });

  it.each([
    ['?areas=1,7', 'areas', '1,7'],
    ['?areas=uno', 'areas', 'uno'],
    ['?map=abc', 'map', 'abc'],
    ['?map=12/95/9', 'map', '12/95/9'],
    ['?map=12//9', 'map', '12//9'],
    ['?lang=xx', 'lang', 'xx'],
    ['?page=admin', 'page', 'admin'],
    ['?space=<script>', 'space', '<script>'],
  ])('ignores a garbage parameter (%s) and reports it', (search, param, value) => {
    const { state, problems } = parseUrlState(search);
    expect(problems).toEqual([{ param, value }]);
    expect(state).toEqual(parseUrlState('').state);
  });

  it('uses the good parameters of a link that also has a bad one', () => {
    const { state, problems } = parseUrlState('?space=omero-15&areas=9');
    expect(state.space).toBe('omero-15');
    expect(state.areas).toEqual([1, 2, 3]);
    expect(problems).toHaveLength(1);
  });
});
