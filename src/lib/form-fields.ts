import { z } from 'zod';

/**
 * Field rules shared by every form, with GOV.UK-style messages: each says what to do, not what
 * went wrong. The browser and the server validate with the same schemas.
 */

/** Control characters (NUL, ESC, …) and invisible format characters (U+202E, U+200B, …). */
const HIDDEN_CHARACTERS = /[\p{Cc}\p{Cf}]/u;
/** In text of several lines: controls other than tab and line breaks, and bidi overrides. */
const HIDDEN_IN_MULTILINE = /[^\P{Cc}\t\n\r]|[\u202a-\u202e\u2066-\u2069]/u;

export function hiddenCharactersMessage(label: string): string {
  return `${label} must not contain hidden control or formatting characters: type it again`;
}

/**
 * A one-line answer: NFC, so "Marti\u0301n" and "Martín" are the same name; trimmed; and no
 * control or format characters, which could run as escape codes in a terminal or flip the text
 * direction in an export. `label` starts the message ("Full name must not …").
 */
export function singleLineText(label: string) {
  return z
    .string()
    .normalize('NFC')
    .trim()
    .refine((value) => !HIDDEN_CHARACTERS.test(value), hiddenCharactersMessage(label));
}

/** An answer of several lines: as `singleLineText`, but tabs and line breaks are allowed. */
export function multiLineText(label: string) {
  return z
    .string()
    .normalize('NFC')
    .trim()
    .refine((value) => !HIDDEN_IN_MULTILINE.test(value), hiddenCharactersMessage(label));
}

export const fullNameField = singleLineText('Full name')
  .min(1, 'Enter your full name')
  .max(200, 'Full name must be 200 characters or fewer');

export const emailField = singleLineText('Email address')
  .min(1, 'Enter your email address')
  .max(254, 'Email address must be 254 characters or fewer')
  .pipe(z.email('Enter an email address in the correct format, like name@example.com'));

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
