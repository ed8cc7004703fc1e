import { z } from 'zod';
import { emailField, fullNameField, honeypotField, singleLineText } from '../../lib/form-fields.ts';

/**
 * The message IDs of the words shown beside the opt-in boxes, in the page's language. The server
 * stores the same words, in the language of the page, with the time the supporter agreed (UK
 * GDPR and HMRC's Gift Aid rules expect the wording): server/api/membership-route.ts.
 */
export const NEWSLETTER_CONSENT = 'join.field.newsletter.consent';
export const GIFT_AID_DECLARATION = 'join.field.giftAid.declaration';

export const UNITED_KINGDOM = 'United Kingdom';

const UK_POSTCODE = /^(GIR ?0AA|[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2})$/;

/** "wc1h9qu" or "WC1H  9QU" → "WC1H 9QU"; null when it is not a UK postcode. */
export function normaliseUkPostcode(value: string): string | null {
  const compact = value.replace(/\s+/g, '').toUpperCase();
  if (!UK_POSTCODE.test(compact)) return null;
  return `${compact.slice(0, -3)} ${compact.slice(-3)}`;
}

export const PAYMENT_METHODS = ['standing-order', 'other'] as const;

/** Messages are message IDs (see lib/form-fields.ts). */
const addressFields = {
  addressLine1: singleLineText('join.error.addressLine1.hiddenCharacters')
    .min(1, 'join.error.addressLine1.required')
    .max(200, 'join.error.addressLine1.tooLong'),
  addressLine2: singleLineText('join.error.addressLine2.hiddenCharacters')
    .max(200, 'join.error.addressLine2.tooLong')
    .optional(),
  town: singleLineText('join.error.town.hiddenCharacters')
    .min(1, 'join.error.town.required')
    .max(100, 'join.error.town.tooLong'),
  postcode: singleLineText('join.error.postcode.hiddenCharacters')
    .max(20, 'join.error.postcode.tooLong')
    .optional(),
  country: singleLineText('join.error.country.hiddenCharacters')
    .min(1, 'join.error.country.required')
    .max(100, 'join.error.country.tooLong'),
};

/** The postcode rule needs only these two, but both must be of the right type (a string). */
const countryAndPostcode = z.object({
  country: addressFields.country,
  postcode: addressFields.postcode,
});

export const membershipApplicationSchema = z
  .strictObject({
    fullName: fullNameField,
    email: emailField,
    ...addressFields,
    /** One of the types in public/content/membership.json; the server checks it against them. */
    membershipType: z
      .string({ error: 'join.error.membershipType.required' })
      .min(1, 'join.error.membershipType.required'),
    paymentMethod: z.enum(PAYMENT_METHODS, { error: 'join.error.paymentMethod.required' }),
    newsletter: z.boolean().default(false),
    giftAid: z.boolean().default(false),
    website: honeypotField,
  })
  .superRefine(
    (value, ctx) => {
      if (value.country.toLowerCase() !== UNITED_KINGDOM.toLowerCase()) return;
      const postcode = value.postcode ?? '';
      if (postcode === '') {
        ctx.addIssue({
          code: 'custom',
          path: ['postcode'],
          message: 'join.error.postcode.required',
        });
      } else if (!normaliseUkPostcode(postcode)) {
        ctx.addIssue({
          code: 'custom',
          path: ['postcode'],
          message: 'join.error.postcode.invalid',
        });
      }
    },
    // Check the postcode even while other fields are wrong, so every error shows at once; but
    // only when country and postcode are themselves valid strings (a number would crash it).
    { when: ({ value }) => countryAndPostcode.safeParse(value).success },
  )
  .transform((value) => {
    const normalised = value.postcode ? normaliseUkPostcode(value.postcode) : null;
    return normalised ? { ...value, postcode: normalised } : value;
  });

/** What the form holds while the supporter types (everything a string or boolean). */
export type MembershipApplicationInput = z.input<typeof membershipApplicationSchema>;
/** What is checked and stored: trimmed, postcode normalised. */
export type MembershipApplication = z.output<typeof membershipApplicationSchema>;
