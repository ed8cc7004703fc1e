// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { canonicalJson, readIdempotencyKey, requestHash } from './idempotency.ts';

const KEY = '3b241101-e2bb-4255-8caf-4136c566a962';

describe('readIdempotencyKey', () => {
  it('accepts a UUID, lower-cased and trimmed', () => {
    expect(readIdempotencyKey(KEY)).toBe(KEY);
    expect(readIdempotencyKey(` ${KEY.toUpperCase()} `)).toBe(KEY);
  });

  it.each([[undefined], [''], ['not-a-uuid'], [[KEY, KEY]]])('refuses %j', (header) => {
    expect(readIdempotencyKey(header)).toBeNull();
  });
});

describe('requestHash', () => {
  it('ignores the order of keys at every level', () => {
    expect(canonicalJson({ b: 1, a: { d: [2, { f: 1, e: 0 }], c: null } })).toBe(
      '{"a":{"c":null,"d":[2,{"e":0,"f":1}]},"b":1}',
    );
    expect(requestHash('POST /x', { a: 1, b: 2 })).toBe(requestHash('POST /x', { b: 2, a: 1 }));
  });

  it('differs with the endpoint or any value', () => {
    const base = requestHash('POST /api/memberships', { a: 1 });

    expect(requestHash('POST /api/events/x/registrations', { a: 1 })).not.toBe(base);
    expect(requestHash('POST /api/memberships', { a: 2 })).not.toBe(base);
    expect(requestHash('POST /api/memberships', { a: '1' })).not.toBe(base);
    expect(requestHash('POST /api/memberships', [{ a: 1 }])).not.toBe(base);
  });
});
