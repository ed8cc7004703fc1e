import { z } from 'zod';
import { SLUG_PATTERN } from './slug.ts';

export const slugSchema = z
  .string()
  .regex(SLUG_PATTERN, 'Use lower-case letters, digits and single hyphens');

export const nonEmptyText = z.string().trim().min(1, 'Must not be empty');

/**
 * A calendar date as YYYY-MM-DD. zod's iso.date checks the month's length, leap years included,
 * so "2016-02-30" is refused as well as a missing date.
 */
export const isoDateSchema = z.iso.date('Use a real date written as YYYY-MM-DD');

/** An instant with its UTC offset, e.g. 2016-11-05T11:00:00+00:00. */
export const isoDateTimeSchema = z.iso.datetime({
  offset: true,
  message: 'Use a date and time with its offset, like 2016-11-05T11:00:00+00:00',
});

/** A link from content to another page of this site. */
export const internalLinkSchema = z.strictObject({
  to: z.string().regex(/^\/[a-z0-9/-]*$/, 'Must be a path on this site, like /join'),
  label: nonEmptyText,
});

export type InternalLink = z.infer<typeof internalLinkSchema>;

/**
 * An editor's Spanish for an item (`"es": { "title": "…", "summary": "…", "body": ["…"] }`):
 * every field optional, so a translation can be added a piece at a time; what is missing shows
 * in English, marked as such. Never machine-translated.
 */
export const spanishTextSchema = z.strictObject({
  title: nonEmptyText.optional(),
  summary: nonEmptyText.optional(),
  body: z.array(nonEmptyText).min(1).optional(),
});

export type SpanishText = z.infer<typeof spanishTextSchema>;
