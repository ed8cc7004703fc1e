import { randomBytes } from 'node:crypto';

/**
 * 32 symbols with no 0/O or 1/I, so a reference read out over the phone or copied by hand cannot
 * be mistaken. 32 divides 256, so taking each random byte modulo 32 favours no symbol.
 */
export const REFERENCE_ALPHABET = '23456789ABCDEFGHJKLMNPQRSTUVWXYZ';
const REFERENCE_LENGTH = 8;

export type ReferenceKind = 'M' | 'E';

/** "PSG-M-7K3Q9XJ2" for a membership, "PSG-E-…" for an event registration: 40 random bits. */
export function newReference(kind: ReferenceKind): string {
  const bytes = randomBytes(REFERENCE_LENGTH);
  let code = '';
  for (const byte of bytes) code += REFERENCE_ALPHABET[byte % REFERENCE_ALPHABET.length];
  return `PSG-${kind}-${code}`;
}

export const REFERENCE_PATTERN = /^PSG-[ME]-[23456789ABCDEFGHJKLMNPQRSTUVWXYZ]{8}$/;
