// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { londonDate, londonMidnight } from './london-time.ts';

describe('londonDate', () => {
  it.each([
    ['2024-06-30T23:30:00Z', '2024-07-01'], // summer time: already tomorrow in London
    ['2024-06-30T22:59:59Z', '2024-06-30'],
    ['2024-01-15T23:30:00Z', '2024-01-15'], // winter: London is on UTC
    ['2024-01-16T00:00:00Z', '2024-01-16'],
  ])('%s is %s in London', (instant, date) => {
    expect(londonDate(new Date(instant))).toBe(date);
  });
});

describe('londonMidnight', () => {
  it.each([
    ['2024-06-01', '2024-05-31T23:00:00.000Z'],
    ['2024-01-01', '2024-01-01T00:00:00.000Z'],
    ['2024-03-31', '2024-03-31T00:00:00.000Z'], // clocks go forward at 01:00 UTC that day
    ['2024-10-27', '2024-10-26T23:00:00.000Z'], // clocks go back at 01:00 UTC that day
  ])('the London day %s begins at %s', (date, instant) => {
    expect(londonMidnight(date).toISOString()).toBe(instant);
  });
});
