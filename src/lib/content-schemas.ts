import { z } from 'zod';

/** A URL path segment made from a title: lower-case words joined by hyphens. */
export const slugSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'Use lower-case letters, digits and single hyphens');

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

/** Turns zod issues into "field.path: message" lines a content editor can act on. */
export function describeIssues(error: z.ZodError): string[] {
  return error.issues.map((issue) => {
    const where = issue.path.length > 0 ? issue.path.join('.') : '(whole file)';
    return `${where}: ${issue.message}`;
  });
}
