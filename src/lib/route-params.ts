import { NotFoundError } from './fetch-content.ts';
import { SLUG_PATTERN } from './slug.ts';

/** A slug from the URL, or "Page not found" for anything that could never name content. */
export function requireSlug(value: string | undefined): string {
  if (value === undefined || !SLUG_PATTERN.test(value))
    throw new NotFoundError(`slug "${value ?? ''}"`);
  return value;
}

/** `?page=2` → 2; no page → 1; anything but a whole number from 1 up → "Page not found". */
export function requirePage(searchParams: URLSearchParams): number {
  const raw = searchParams.get('page');
  if (raw === null) return 1;
  if (!/^[1-9]\d{0,5}$/.test(raw)) throw new NotFoundError(`page "${raw}"`);
  return Number(raw);
}
