import { hash, verify, type Algorithm } from '@node-rs/argon2';

/** NCSC and NIST both favour length over composition rules. */
export const MIN_PASSWORD_LENGTH = 12;
/** Argon2 reads all of it; a megabyte "password" would only be a way to burn the server's CPU. */
export const MAX_PASSWORD_LENGTH = 256;

/**
 * Argon2id with OWASP's first recommended setting (19 MiB, 2 passes, 1 lane): about 30 ms per
 * check on this project's machines, slow for a guesser, fine for a handful of volunteers.
 */
const ARGON2_OPTIONS = {
  // Algorithm.Argon2id: a const enum, which isolated modules cannot read by name.
  algorithm: 2 as Algorithm,
  memoryCost: 19_456,
  timeCost: 2,
  parallelism: 1,
} as const;

/** Why a new password is refused, or null when it will do. */
export function passwordProblem(password: string): string | null {
  const length = [...password].length;
  if (length < MIN_PASSWORD_LENGTH) {
    return `The password must be at least ${MIN_PASSWORD_LENGTH} characters long.`;
  }
  if (length > MAX_PASSWORD_LENGTH) {
    return `The password must be at most ${MAX_PASSWORD_LENGTH} characters long.`;
  }
  return null;
}

/** An Argon2id PHC string (`$argon2id$v=19$m=…`) with its own random salt. */
export function hashPassword(password: string): Promise<string> {
  const problem = passwordProblem(password);
  if (problem) return Promise.reject(new Error(problem));
  return hash(password.normalize('NFC'), ARGON2_OPTIONS);
}

/**
 * Compared inside Argon2 in constant time. A malformed stored hash is a mismatch, not a crash.
 * Passwords are NFC-normalised, so "é" typed as one code point or two is the same password.
 */
export async function verifyPassword(storedHash: string, password: string): Promise<boolean> {
  if (password.length > MAX_PASSWORD_LENGTH * 4) return false;
  try {
    return await verify(storedHash, password.normalize('NFC'));
  } catch {
    return false;
  }
}

let dummyHash: Promise<string> | null = null;

/**
 * For an unknown email the server still runs one full Argon2 check, against this hash of a
 * random password, so the answer takes as long as for a real account with a wrong password.
 */
export function dummyPasswordHash(): Promise<string> {
  dummyHash ??= hash(crypto.randomUUID() + crypto.randomUUID(), ARGON2_OPTIONS);
  return dummyHash;
}
