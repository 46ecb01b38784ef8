/** The data's version named in a report, the report's mail link, and when transit leads. */
import { describe, expect, it } from 'vitest';
import { leadsWithTransit, TRANSIT_FROM_METRES } from '../../src/spaces/walking.ts';
import { dataVersion, mailtoLink } from '../../src/spaces/data-version.ts';

describe('the version of the data', () => {
  it('names the exact text: the same file the same name, a changed file another', () => {
    expect(dataVersion('{"type":"FeatureCollection"}')).toMatch(/^[0-9a-f]{8}$/);
    expect(dataVersion('abc')).toBe(dataVersion('abc'));
    expect(dataVersion('abc')).not.toBe(dataVersion('abd'));
    // FNV-1a, 32 bits, of the empty text and of "a" (the algorithm's published test values).
    expect(dataVersion('')).toBe('811c9dc5');
    expect(dataVersion('a')).toBe('e40c292c');
  });
});

describe('a mail link', () => {
  it('encodes the subject and the body, with the lines mail expects', () => {
    const link = mailtoLink('office@example.it', 'Errore: via Rossi & co?', 'uno\ndue = 2');
    expect(link).toBe(
      'mailto:office@example.it?subject=Errore%3A%20via%20Rossi%20%26%20co%3F&body=uno%0D%0Adue%20%3D%202',
    );
  });
});

describe('far results', () => {
  it('lead with public transport past 2.5 km, and with the walk up to it', () => {
    expect(TRANSIT_FROM_METRES).toBe(2500);
    expect(leadsWithTransit(2500)).toBe(false);
    expect(leadsWithTransit(2501)).toBe(true);
    expect(leadsWithTransit(400)).toBe(false);
  });
});
