import { z } from 'zod';
import { emailField, fullNameField, honeypotField, singleLineText } from '../../lib/form-fields.ts';

/**
 * The exact words shown beside the opt-in boxes. The server stores the wording the supporter saw
 * with the time they agreed, as UK GDPR and HMRC's Gift Aid rules expect.
 */
export const NEWSLETTER_CONSENT_TEXT =
  'Send me the Peru Support Group newsletter by email. I can unsubscribe at any time.';

export const GIFT_AID_DECLARATION_TEXT =
  'I want to Gift Aid my membership subscription and any donations I make in the future or have made in the past 4 years to the Peru Support Group. I am a UK taxpayer and understand that if I pay less Income Tax and/or Capital Gains Tax than the amount of Gift Aid claimed on all my donations in that tax year it is my responsibility to pay any difference.';

export const UNITED_KINGDOM = 'United Kingdom';

const UK_POSTCODE = /^(GIR ?0AA|[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2})$/;

/** "wc1h9qu" or "WC1H  9QU" → "WC1H 9QU"; null when it is not a UK postcode. */
export function normaliseUkPostcode(value: string): string | null {
  const compact = value.replace(/\s+/g, '').toUpperCase();
  if (!UK_POSTCODE.test(compact)) return null;
  return `${compact.slice(0, -3)} ${compact.slice(-3)}`;
}

export const PAYMENT_METHODS = ['standing-order', 'other'] as const;

const addressFields = {
  addressLine1: singleLineText('Address line 1')
    .min(1, 'Enter the first line of your address')
    .max(200, 'Address line 1 must be 200 characters or fewer'),
  addressLine2: singleLineText('Address line 2')
    .max(200, 'Address line 2 must be 200 characters or fewer')
    .optional(),
  town: singleLineText('Town or city')
    .min(1, 'Enter your town or city')
    .max(100, 'Town or city must be 100 characters or fewer'),
  postcode: singleLineText('Postcode')
    .max(20, 'Postcode must be 20 characters or fewer')
    .optional(),
  country: singleLineText('Country')
    .min(1, 'Enter your country')
    .max(100, 'Country must be 100 characters or fewer'),
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
      .string({ error: 'Select a type of membership' })
      .min(1, 'Select a type of membership'),
    paymentMethod: z.enum(PAYMENT_METHODS, { error: 'Select how you will pay' }),
    newsletter: z.boolean().default(false),
    giftAid: z.boolean().default(false),
    website: honeypotField,
  })
  .superRefine(
    (value, ctx) => {
      if (value.country.toLowerCase() !== UNITED_KINGDOM.toLowerCase()) return;
      const postcode = value.postcode ?? '';
      if (postcode === '') {
        ctx.addIssue({ code: 'custom', path: ['postcode'], message: 'Enter your postcode' });
      } else if (!normaliseUkPostcode(postcode)) {
        ctx.addIssue({
          code: 'custom',
          path: ['postcode'],
          message: 'Enter a real postcode, like WC1H 9QU',
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
