import type { z } from 'zod';

/** A zod check for lists of content: every slug appears once, so every URL means one thing. */
export function uniqueSlugs(items: readonly { slug: string }[], ctx: z.core.$RefinementCtx) {
  const seen = new Set<string>();
  items.forEach((item, index) => {
    if (seen.has(item.slug)) {
      ctx.addIssue({
        code: 'custom',
        path: [index, 'slug'],
        message: `Duplicate slug "${item.slug}"`,
      });
    }
    seen.add(item.slug);
  });
}
