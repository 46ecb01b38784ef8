/**
 * "Open now" and the week, in Milan's time with Italy's public holidays, at fixed moments (given
 * as UTC instants: Milan is UTC+1 in winter, UTC+2 in summer).
 */
import { afterEach, describe, expect, it } from 'vitest';
import { hoursAt, hoursWeek, readHours } from '../../src/hours/opening-hours.ts';

const WEEKDAYS = 'Mo-Fr 09:00-12:30,14:00-18:00; Sa 10:00-13:00; PH off';

function hours(value: string) {
  const read = readHours(value);
  if (!('hours' in read)) throw new Error(read.error);
  return read.hours;
}

const at = (iso: string, value = WEEKDAYS) => hoursAt(hours(value), new Date(iso));

describe('open now', () => {
  it('is open on a weekday morning, until the lunch break', () => {
    // Tuesday 1 December 2026, 10:00 in Milan.
    expect(at('2026-12-01T09:00:00Z')).toEqual({
      state: 'open',
      until: { day: '2026-12-01', time: '12:30' },
      comment: null,
    });
  });

  it('is still open a minute before closing, and closed at closing time', () => {
    expect(at('2026-12-01T16:59:00Z')).toMatchObject({
      state: 'open',
      until: { day: '2026-12-01', time: '18:00' },
    });
    expect(at('2026-12-01T17:00:00Z')).toMatchObject({
      state: 'closed',
      opens: { day: '2026-12-02', time: '09:00' },
    });
  });

  it('is closed during the lunch break and opens again the same afternoon', () => {
    expect(at('2026-12-01T12:00:00Z')).toMatchObject({
      state: 'closed',
      opens: { day: '2026-12-01', time: '14:00' },
    });
  });

  it('is closed on a public holiday that falls on a weekday (8 December, Immacolata)', () => {
    expect(at('2026-12-08T09:00:00Z')).toEqual({
      state: 'closed',
      opens: { day: '2026-12-09', time: '09:00' },
      comment: 'Immacolata Concezione',
    });
  });

  it('skips a holiday weekend: Christmas on Friday, Santo Stefano on Saturday', () => {
    expect(at('2026-12-24T17:30:00Z')).toMatchObject({
      state: 'closed',
      opens: { day: '2026-12-28', time: '09:00' },
    });
  });

  it('knows Easter Monday, whose date moves', () => {
    expect(at('2027-03-29T08:00:00Z')).toMatchObject({
      state: 'closed',
      opens: { day: '2027-03-30', time: '09:00' },
    });
  });

  it("uses Milan's summer time: 08:30 UTC in July is 10:30 in Milan", () => {
    expect(at('2026-07-01T08:30:00Z')).toMatchObject({
      state: 'open',
      until: { day: '2026-07-01', time: '12:30' },
    });
    // 07:30 UTC is 09:30 in Milan (open), though still 08:30 by the winter offset.
    expect(at('2026-07-01T07:30:00Z').state).toBe('open');
  });

  it('opens on Monday after Saturday afternoon', () => {
    expect(at('2026-12-05T12:30:00Z')).toMatchObject({
      state: 'closed',
      opens: { day: '2026-12-07', time: '09:00' },
    });
  });

  it('says "maybe" for a rule with a comment, and gives the comment', () => {
    const value = 'Mo-Fr 09:00-18:00; Sa 10:00-12:00 "su appuntamento"';
    expect(at('2026-12-05T10:00:00Z', value)).toEqual({
      state: 'unknown',
      until: { day: '2026-12-05', time: '12:00' },
      comment: 'su appuntamento',
    });
  });

  it('has no next opening for hours that never open', () => {
    expect(at('2026-12-01T09:00:00Z', 'off')).toEqual({
      state: 'closed',
      opens: null,
      comment: null,
    });
  });

  it('has no closing time for hours that never close', () => {
    expect(at('2026-12-01T09:00:00Z', '24/7')).toEqual({
      state: 'open',
      until: null,
      comment: null,
    });
  });

  describe('on a device in another time zone', () => {
    const zone = process.env.TZ;
    afterEach(() => {
      process.env.TZ = zone;
    });

    it.each(['America/New_York', 'Asia/Tokyo', 'UTC'])('gives Milan times in %s', (tz) => {
      process.env.TZ = tz;
      expect(at('2026-12-01T16:59:00Z')).toMatchObject({
        state: 'open',
        until: { day: '2026-12-01', time: '18:00' },
      });
      expect(at('2026-12-08T09:00:00Z').state).toBe('closed');
    });
  });
});

describe('the week', () => {
  it("lists seven days from today with each day's intervals and its holiday", () => {
    const week = hoursWeek(hours(WEEKDAYS), new Date('2026-12-06T10:00:00Z'));
    expect(week.map((d) => d.day)).toEqual([
      '2026-12-06',
      '2026-12-07',
      '2026-12-08',
      '2026-12-09',
      '2026-12-10',
      '2026-12-11',
      '2026-12-12',
    ]);
    expect(week[0]).toEqual({ day: '2026-12-06', holiday: null, intervals: [] });
    expect(week[1]!.intervals).toEqual([
      { from: '09:00', to: '12:30', unknown: false, comment: null },
      { from: '14:00', to: '18:00', unknown: false, comment: null },
    ]);
    expect(week[2]).toEqual({
      day: '2026-12-08',
      holiday: 'Immacolata Concezione',
      intervals: [],
    });
    expect(week[6]!.intervals).toEqual([
      { from: '10:00', to: '13:00', unknown: false, comment: null },
    ]);
  });

  it('ends an evening that runs past midnight at 24:00 and goes on the next day', () => {
    const week = hoursWeek(hours('Fr 20:00-02:00'), new Date('2026-12-04T10:00:00Z'));
    expect(week[0]!.intervals).toEqual([
      { from: '20:00', to: '24:00', unknown: false, comment: null },
    ]);
    expect(week[1]!.intervals).toEqual([
      { from: '00:00', to: '02:00', unknown: false, comment: null },
    ]);
  });
});

describe('reading a value', () => {
  it("gives the library's message for a value it cannot read", () => {
    const read = readHours('Mo-Fx 09:00-18:00');
    expect(read).toEqual({ error: expect.stringContaining('Unexpected token') });
  });
});
