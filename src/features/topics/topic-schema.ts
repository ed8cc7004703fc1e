import { z } from 'zod';
import { internalLinkSchema, nonEmptyText, slugSchema } from '../../lib/content-schemas.ts';
import { uniqueSlugs } from '../../lib/unique-slugs.ts';

/** A background panel: a paragraph, a list of points, or both. */
export const topicSchema = z
  .strictObject({
    slug: slugSchema,
    title: nonEmptyText,
    summary: nonEmptyText.optional(),
    points: z.array(nonEmptyText).min(1).optional(),
    links: z.array(internalLinkSchema).optional(),
    /** The editor's Spanish, if any (shown on /es pages): a topic's points are its body. */
    es: z
      .strictObject({
        title: nonEmptyText.optional(),
        summary: nonEmptyText.optional(),
        points: z.array(nonEmptyText).min(1).optional(),
      })
      .optional(),
  })
  .refine((topic) => topic.summary !== undefined || topic.points !== undefined, {
    message: 'A topic needs a summary or points',
  });

/** public/content/topics.json */
export const topicsFileSchema = z.strictObject({
  topics: z.array(topicSchema).superRefine(uniqueSlugs),
});

export type Topic = z.infer<typeof topicSchema>;
