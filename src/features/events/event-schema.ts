import { z } from 'zod';
import { isoDateTimeSchema, nonEmptyText, slugSchema } from '../../lib/content-schemas.ts';
import { uniqueSlugs } from '../../lib/unique-slugs.ts';

export const priceSchema = z.strictObject({
  id: slugSchema,
  label: nonEmptyText,
  pence: z.int().min(0),
});

export const eventSchema = z
  .strictObject({
    slug: slugSchema,
    name: nonEmptyText,
    theme: nonEmptyText.optional(),
    doorsOpen: isoDateTimeSchema.optional(),
    start: isoDateTimeSchema,
    end: isoDateTimeSchema,
    timeZone: z.literal('Europe/London'),
    venue: z.strictObject({
      name: nonEmptyText,
      streetAddress: nonEmptyText,
      locality: nonEmptyText,
      postalCode: nonEmptyText,
      country: z.string().length(2),
    }),
    prices: z.array(priceSchema).min(1),
    /** Places available; absent means no limit is published. */
    capacity: z.int().min(1).optional(),
    notes: z.array(nonEmptyText).optional(),
    unavailable: z.array(nonEmptyText).optional(),
  })
  .refine((event) => Date.parse(event.end) > Date.parse(event.start), {
    path: ['end'],
    message: 'The end must be after the start',
  })
  .refine((event) => !event.doorsOpen || Date.parse(event.doorsOpen) <= Date.parse(event.start), {
    path: ['doorsOpen'],
    message: 'Doors must open before the start',
  });

/** public/content/events.json */
export const eventsFileSchema = z.strictObject({
  events: z.array(eventSchema).superRefine(uniqueSlugs),
});

export type PsgEvent = z.infer<typeof eventSchema>;
