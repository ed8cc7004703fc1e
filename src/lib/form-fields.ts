import { z } from 'zod';

/**
 * Field rules shared by every form, with GOV.UK-style messages: each says what to do, not what
 * went wrong. The browser and the server validate with the same schemas.
 */
export const fullNameField = z
  .string()
  .trim()
  .min(1, 'Enter your full name')
  .max(200, 'Full name must be 200 characters or fewer');

export const emailField = z
  .string()
  .trim()
  .min(1, 'Enter your email address')
  .max(254, 'Email address must be 254 characters or fewer')
  .pipe(z.email('Enter an email address in the correct format, like name@example.com'));

/** Hidden from people; a bot that fills it in gets an ordinary answer and nothing is stored. */
export const honeypotField = z.string().max(500).optional();

/** Sent as the Idempotency-Key header: one per application, reused for every retry. */
export const idempotencyKeySchema = z.uuid();

/** What the API answers with 422: the same shape as zod's flattened field errors. */
export type FieldErrors = Partial<Record<string, string[]>>;
