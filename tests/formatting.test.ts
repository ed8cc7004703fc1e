// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { formatDate, formatLondonDay, formatLondonTime, formatMonth } from '../src/lib/dates.ts';
import { formatPence } from '../src/lib/money.ts';
import { formatCount } from '../src/lib/numbers.ts';

const CONFERENCE = '2016-11-05T11:00:00.000Z';

describe('dates, money and counts in each language', () => {
  it('writes calendar dates and months', () => {
    expect(formatDate('2016-11-05')).toBe('5 November 2016');
    expect(formatDate('2016-11-05', 'es')).toBe('5 de noviembre de 2016');
    expect(formatDate('2016-10-24', 'es')).toBe('24 de octubre de 2016');
    expect(formatMonth(2016, 10)).toBe('October 2016');
    expect(formatMonth(2016, 10, 'es')).toBe('octubre de 2016');
  });

  it('writes the day and the time as they fall in London', () => {
    expect(formatLondonDay(CONFERENCE)).toBe('Saturday 5 November 2016');
    expect(formatLondonDay(CONFERENCE, 'es')).toBe('sábado, 5 de noviembre de 2016');
    // British Summer Time: 23:30 UTC on 30 June is 1 July in London.
    expect(formatLondonDay('2016-06-30T23:30:00Z', 'es')).toBe('viernes, 1 de julio de 2016');
    expect(formatLondonTime(CONFERENCE)).toBe('11:00am');
    expect(formatLondonTime(CONFERENCE, 'es').replace(/\s/g, ' ')).toBe('11:00 a.m.');
  });

  it('writes pounds the same way in both languages, pence only when there are some', () => {
    expect(formatPence(800)).toBe('£8');
    expect(formatPence(850)).toBe('£8.50');
    expect(formatPence(800, 'es')).toBe('£8');
    expect(formatPence(850, 'es')).toBe('£8.50');
    expect(formatPence(125_000, 'es')).toBe('£1,250');
  });

  it('groups the digits of counts', () => {
    expect(formatCount(12_345)).toBe('12,345');
    expect(formatCount(12_345, 'es')).toBe('12,345');
    expect(formatCount(7, 'es')).toBe('7');
  });
});
