import { z } from 'zod';
import { PAYMENT_METHODS, UNITED_KINGDOM } from './membership-application-schema.ts';

/** Where the unsent application is kept (see components/form/form-draft.ts). */
export const MEMBERSHIP_DRAFT = 'membership';

/** The form's questions in page order; each name is also its control's id. */
export const MEMBERSHIP_FIELDS = [
  'fullName',
  'email',
  'addressLine1',
  'addressLine2',
  'town',
  'postcode',
  'country',
  'membershipType',
  'paymentMethod',
  'newsletter',
  'giftAid',
] as const;

export type MembershipField = (typeof MEMBERSHIP_FIELDS)[number];

const text = z.string().catch('');

/** A saved draft read back tolerantly: anything missing or odd starts empty. */
const draftValuesSchema = z.object({
  fullName: text,
  email: text,
  addressLine1: text,
  addressLine2: text,
  town: text,
  postcode: text,
  country: z.string().default(UNITED_KINGDOM).catch(UNITED_KINGDOM),
  membershipType: z.string().optional().catch(undefined),
  paymentMethod: z.enum(PAYMENT_METHODS).optional().catch(undefined),
  // Never ticked unless the supporter ticked it.
  newsletter: z.boolean().catch(false),
  giftAid: z.boolean().catch(false),
  website: text,
});

export type MembershipDraftValues = z.infer<typeof draftValuesSchema>;

export function membershipDraftValues(raw: Record<string, unknown>): MembershipDraftValues {
  return draftValuesSchema.parse(raw);
}
