import { slugSchema } from './content-schemas.ts';
import { NotFoundError } from './fetch-content.ts';

/** A slug from the URL, or "Page not found" for anything that could never name content. */
export function requireSlug(value: string | undefined): string {
  const result = slugSchema.safeParse(value);
  if (!result.success) throw new NotFoundError(`slug "${value ?? ''}"`);
  return result.data;
}

/** `?page=2` → 2; no page → 1; anything but a whole number from 1 up → "Page not found". */
export function requirePage(searchParams: URLSearchParams): number {
  const raw = searchParams.get('page');
  if (raw === null) return 1;
  if (!/^[1-9]\d{0,5}$/.test(raw)) throw new NotFoundError(`page "${raw}"`);
  return Number(raw);
}
