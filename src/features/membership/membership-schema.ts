import { z } from 'zod';
import { nonEmptyText, slugSchema } from '../../lib/content-schemas.ts';

/**
 * public/content/membership.json. The 2016 page published the standing-order discount but no
 * fees, so `fees` stays null until the membership secretary supplies them.
 */
export const membershipConfigSchema = z.strictObject({
  standingOrderDiscountPercent: z.number().min(0).max(100),
  types: z.array(z.strictObject({ id: slugSchema, label: nonEmptyText })).min(1),
  fees: z.record(z.string(), z.int().min(0)).nullable(),
});

export type MembershipConfig = z.infer<typeof membershipConfigSchema>;
