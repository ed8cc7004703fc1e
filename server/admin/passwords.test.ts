// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { dummyPasswordHash, hashPassword, passwordProblem, verifyPassword } from './passwords.ts';

describe('passwords', () => {
  it('round-trips through an Argon2id hash with its own salt, never the password itself', async () => {
    const password = 'correct horse battery staple';
    const first = await hashPassword(password);
    const second = await hashPassword(password);
    expect(first).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(first).not.toContain(password);
    expect(second).not.toBe(first);
    expect(await verifyPassword(first, password)).toBe(true);
    expect(await verifyPassword(second, password)).toBe(true);
    expect(await verifyPassword(first, 'correct horse battery stapl')).toBe(false);
    expect(await verifyPassword(first, '')).toBe(false);
  });

  it('treats composed and decomposed accents as the same password', async () => {
    const stored = await hashPassword('contraseña segura');
    expect(await verifyPassword(stored, 'contrasen\u0303a segura')).toBe(true);
  });

  it('refuses passwords shorter than 12 characters (counting characters, not bytes)', async () => {
    expect(passwordProblem('elevenchars')).toMatch(/at least 12 characters/);
    expect(passwordProblem('twelve chars')).toBeNull();
    expect(passwordProblem('ñññññññññññ')).toMatch(/at least 12/);
    await expect(hashPassword('short')).rejects.toThrow(/at least 12/);
  });

  it('answers false, without throwing, for a malformed stored hash or an absurd password', async () => {
    expect(await verifyPassword('not a hash', 'correct horse battery staple')).toBe(false);
    expect(await verifyPassword(await dummyPasswordHash(), 'x'.repeat(100_000))).toBe(false);
  });
});
