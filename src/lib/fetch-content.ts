import type { z } from 'zod';
import { describeIssues } from './describe-issues.ts';

/** The content file does not exist: the page shows "Page not found". */
export class NotFoundError extends Error {
  override readonly name = 'NotFoundError';
  constructor(readonly file: string) {
    super(`${file} was not found`);
  }
}

/** The content could not be loaded or is not what the site expects: the page offers "Try again". */
export class ContentError extends Error {
  override readonly name = 'ContentError';
  constructor(
    message: string,
    readonly file: string,
    readonly details: string[] = [],
    options?: ErrorOptions,
  ) {
    super(message, options);
  }
}

/**
 * Fetches one JSON content file and checks it against its schema, so a bad file becomes an error
 * that names the file and field rather than a blank or half-drawn page.
 *
 * The schema comes from `loadSchema`, a dynamic import: the validation code (zod) then loads
 * with the first fetch, in parallel with it, and never on a prerendered page's first paint,
 * whose data was checked at build and arrives with the HTML.
 */
export async function fetchContent<T>(
  file: string,
  loadSchema: () => Promise<z.ZodType<T>>,
  signal?: AbortSignal,
): Promise<T> {
  const schemaReady = loadSchema();
  const prefetched = await takePrefetched(file);
  let response: Response;
  try {
    response =
      prefetched ??
      (await fetch(file, { signal: signal ?? null, headers: { Accept: 'application/json' } }));
  } catch (cause) {
    if (signal?.aborted) throw cause;
    throw new ContentError(`Could not connect to load ${file}`, file, [], { cause });
  }
  if (response.status === 404) throw new NotFoundError(file);
  if (!response.ok) {
    throw new ContentError(`Loading ${file} failed (HTTP ${response.status})`, file);
  }
  // Static hosts that fall back to index.html for every unknown path answer 200 with HTML.
  if (response.headers.get('content-type')?.includes('text/html')) throw new NotFoundError(file);

  let raw: unknown;
  try {
    raw = await response.json();
  } catch (cause) {
    throw new ContentError(`${file} is not valid JSON`, file, [], { cause });
  }
  const result = (await schemaReady).safeParse(raw);
  if (!result.success) {
    throw new ContentError(
      `${file} is not in the expected format`,
      file,
      describeIssues(result.error),
    );
  }
  return result.data;
}

/** Responses fetched ahead of need, by file, each used once by the next fetchContent. */
const prefetched = new Map<string, Promise<Response | null>>();

/**
 * Fetches content files the visitor may open next, without checking them: that waits for
 * fetchContent, when the page is opened. So a prefetch when the browser is idle brings the data
 * but not the validation code (zod), which loads only when content is really used.
 */
export function prefetchContent(files: readonly string[]): void {
  for (const file of files) {
    if (prefetched.has(file)) continue;
    prefetched.set(
      file,
      fetch(file, { headers: { Accept: 'application/json' } }).catch(() => null),
    );
  }
}

/** The prefetched response for a file, if there is one and it arrived; a failed one is refetched. */
async function takePrefetched(file: string): Promise<Response | null> {
  const response = prefetched.get(file);
  if (!response) return null;
  prefetched.delete(file);
  return response;
}
