import type { z } from 'zod';

/** Turns zod issues into "field.path: message" lines a content editor can act on. */
export function describeIssues(error: z.ZodError): string[] {
  return error.issues.map((issue) => {
    const where = issue.path.length > 0 ? issue.path.join('.') : '(whole file)';
    return `${where}: ${issue.message}`;
  });
}
