import { z } from 'zod';

/** Enough of MiniSearch's saved form to know the file is an index, not something else. */
export const savedIndexSchema = z.looseObject({
  documentCount: z.int().min(0),
  serializationVersion: z.int(),
  index: z.array(z.unknown()),
});
