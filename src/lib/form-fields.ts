import { z } from 'zod';

/**
 * Field rules shared by every form, with GOV.UK-style messages: each says what to do, not what
 * went wrong. The browser and the server validate with the same schemas. Every message is a
 * message ID of the catalogs (src/locales): the form, or the server, shows it in the page's
 * language.
 */

/** Control characters (NUL, ESC, …) and invisible format characters (U+202E, U+200B, …). */
const HIDDEN_CHARACTERS = /[\p{Cc}\p{Cf}]/u;
/** In text of several lines: controls other than tab and line breaks, and bidi overrides. */
const HIDDEN_IN_MULTILINE = /[^\P{Cc}\t\n\r]|[\u202a-\u202e\u2066-\u2069]/u;

/**
 * A one-line answer: NFC, so "Marti\u0301n" and "Martín" are the same name; trimmed; and no
 * control or format characters, which could run as escape codes in a terminal or flip the text
 * direction in an export. `hiddenCharacters`: the message ID for those ("Full name must not …").
 */
export function singleLineText(hiddenCharacters: string) {
  return z
    .string()
    .normalize('NFC')
    .trim()
    .refine((value) => !HIDDEN_CHARACTERS.test(value), hiddenCharacters);
}

/** An answer of several lines: as `singleLineText`, but tabs and line breaks are allowed. */
export function multiLineText(hiddenCharacters: string) {
  return z
    .string()
    .normalize('NFC')
    .trim()
    .refine((value) => !HIDDEN_IN_MULTILINE.test(value), hiddenCharacters);
}

export const fullNameField = singleLineText('form.error.fullName.hiddenCharacters')
  .min(1, 'form.error.fullName.required')
  .max(200, 'form.error.fullName.tooLong');

export const emailField = singleLineText('form.error.email.hiddenCharacters')
  .min(1, 'form.error.email.required')
  .max(254, 'form.error.email.tooLong')
  .pipe(z.email('form.error.email.invalid'));

/** Hidden from people; a bot that fills it in gets an ordinary answer and nothing is stored. */
export const honeypotField = z.string().max(500).optional();

/**
 * Two spellings of one address are one person: "ANA@Example.com" and "ana@example.com".
 * Compared, never stored, this way (the address is kept as typed).
 */
export function emailKey(email: string): string {
  return email.normalize('NFC').trim().toLowerCase();
}

/** Sent as the Idempotency-Key header: one per application, reused for every retry. */
export const idempotencyKeySchema = z.uuid();

/** What the API answers with 422: the same shape as zod's flattened field errors. */
export type FieldErrors = Partial<Record<string, string[]>>;
