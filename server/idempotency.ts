import { createHash } from 'node:crypto';
import { idempotencyKeySchema } from '../src/lib/form-fields.ts';

export const MISSING_KEY_MESSAGE =
  'Send an Idempotency-Key header holding a UUID, the same one for every retry of this submission.';

export const KEY_REUSED_MESSAGE =
  'This Idempotency-Key was already used for a different submission. Use a new key for new details.';

/** The header's value, lower-cased so that retries differing only in case still match; or null. */
export function readIdempotencyKey(header: string | string[] | undefined): string | null {
  if (typeof header !== 'string') return null;
  const result = idempotencyKeySchema.safeParse(header.trim());
  return result.success ? result.data.toLowerCase() : null;
}

/**
 * JSON with object keys sorted at every level, so that a retry whose client serialises the same
 * answers in another order is still recognised as the same submission.
 */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value)
      .filter(([, item]) => item !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([key, item]) => `${JSON.stringify(key)}:${canonicalJson(item)}`);
    return `{${entries.join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

/** What a replay must match: the endpoint and the body exactly as sent (before validation). */
export function requestHash(endpoint: string, body: unknown): string {
  return createHash('sha256')
    .update(`${endpoint}\n${canonicalJson(body)}`)
    .digest('hex');
}
