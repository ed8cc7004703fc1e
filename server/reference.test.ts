// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { REFERENCE_ALPHABET, REFERENCE_PATTERN, newReference } from './reference.ts';

describe('newReference', () => {
  it('leaves out the symbols people confuse', () => {
    expect(REFERENCE_ALPHABET).toHaveLength(32);
    expect(REFERENCE_ALPHABET).not.toMatch(/[0O1I]/);
  });

  it('makes PSG-M- and PSG-E- references of 8 symbols from that alphabet', () => {
    expect(newReference('M')).toMatch(/^PSG-M-[23456789ABCDEFGHJKLMNPQRSTUVWXYZ]{8}$/);
    expect(newReference('E')).toMatch(/^PSG-E-[23456789ABCDEFGHJKLMNPQRSTUVWXYZ]{8}$/);
    expect(newReference('M')).toMatch(REFERENCE_PATTERN);
  });

  it('is random: 2,000 references, no repeats, and every symbol used', () => {
    const references = Array.from({ length: 2000 }, () => newReference('M'));
    const symbols = new Set(references.flatMap((reference) => [...reference.slice(6)]));

    expect(new Set(references).size).toBe(2000);
    expect(symbols.size).toBe(32);
  });
});
