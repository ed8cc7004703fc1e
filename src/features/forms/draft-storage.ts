import { z } from 'zod';
import { idempotencyKeySchema } from '../../lib/form-fields.ts';

/**
 * A form's unsent answers, kept in sessionStorage so that a reload, a wrong turn with the Back
 * button or a failed send never loses what a supporter typed. sessionStorage (not localStorage)
 * because the answers hold a name and address: they go when the tab closes.
 */
const serverErrorsSchema = z.object({
  fieldErrors: z.record(z.string(), z.array(z.string())),
  formErrors: z.array(z.string()),
});

const draftSchema = z.object({
  /** One per application, sent with every attempt so the server stores it once. */
  idempotencyKey: idempotencyKeySchema,
  values: z.record(z.string(), z.unknown()),
  /**
   * The body last sent with this key. The server answers a repeat of the same key with different
   * answers as a mistake (409), so changed answers need a fresh key: see `keyForSending`.
   */
  sentBody: z.string().optional(),
  /** What the server refused (422), carried back from "Check your answers" to the form once. */
  serverErrors: serverErrorsSchema.optional(),
});

export type FormDraft = z.infer<typeof draftSchema>;
export type ServerErrors = z.infer<typeof serverErrorsSchema>;

const PREFIX = 'psg:draft:';

/** Used only when the browser refuses sessionStorage (storage disabled, quota full). */
const fallback = new Map<string, string>();

// Read the storage when asked, never at import: pages are also rendered in Node, where there is
// no window, and some browsers throw on the mere access when storage is blocked.
function sessionStore(): Storage | null {
  if (typeof window === 'undefined') return null;
  try {
    return window.sessionStorage;
  } catch {
    return null;
  }
}

export function readDraft(name: string): FormDraft | null {
  const key = PREFIX + name;
  let raw = fallback.get(key) ?? null;
  if (raw === null) {
    try {
      raw = sessionStore()?.getItem(key) ?? null;
    } catch {
      raw = null;
    }
  }
  if (raw === null) return null;
  try {
    const result = draftSchema.safeParse(JSON.parse(raw));
    return result.success ? result.data : null;
  } catch {
    return null;
  }
}

export function writeDraft(name: string, draft: FormDraft): void {
  if (typeof window === 'undefined') return;
  const key = PREFIX + name;
  const raw = JSON.stringify(draft);
  try {
    const store = sessionStore();
    if (!store) throw new Error('sessionStorage is not available');
    store.setItem(key, raw);
    fallback.delete(key);
  } catch {
    // Keep the answers for the rest of this visit at least.
    fallback.set(key, raw);
  }
}

export function clearDraft(name: string): void {
  const key = PREFIX + name;
  fallback.delete(key);
  try {
    sessionStore()?.removeItem(key);
  } catch {
    // Nothing was stored there.
  }
}

/** A v4 UUID for the Idempotency-Key header. */
export function newIdempotencyKey(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  // randomUUID exists only on https and localhost; build the same kind of UUID by hand elsewhere.
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = ((bytes[6] ?? 0) & 0x0f) | 0x40;
  bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80;
  const hex = Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
  return [
    hex.slice(0, 8),
    hex.slice(8, 12),
    hex.slice(12, 16),
    hex.slice(16, 20),
    hex.slice(20),
  ].join('-');
}

/**
 * The idempotency key to send `body` with, saved in the draft before it goes. A retry of the same
 * answers keeps the key, so an attempt that did reach the server is answered from its record and
 * not stored twice; answers changed since the last attempt get a new key.
 */
export function keyForSending(name: string, draft: FormDraft, body: string): string {
  const latest = readDraft(name) ?? draft;
  const idempotencyKey =
    latest.sentBody === undefined || latest.sentBody === body
      ? latest.idempotencyKey
      : newIdempotencyKey();
  writeDraft(name, { ...latest, idempotencyKey, sentBody: body });
  return idempotencyKey;
}

/** Back to the form with the server's messages, keeping every answer. */
export function returnWithServerErrors(
  name: string,
  draft: FormDraft,
  errors: { fieldErrors: Partial<Record<string, string[]>>; formErrors: string[] },
): void {
  const latest = readDraft(name) ?? draft;
  const fieldErrors: Record<string, string[]> = {};
  for (const [field, messages] of Object.entries(errors.fieldErrors)) {
    if (messages) fieldErrors[field] = messages;
  }
  writeDraft(name, { ...latest, serverErrors: { fieldErrors, formErrors: errors.formErrors } });
}
