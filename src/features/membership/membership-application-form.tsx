import { useWatch } from 'react-hook-form';
import { Field } from '../../components/form/field.tsx';
import { FormFrame } from '../../components/form/form-frame.tsx';
import { HoneypotField } from '../../components/form/honeypot-field.tsx';
import { PrivacyNoticeLink } from '../../components/form/privacy-notice-link.tsx';
import { CheckboxField, RadioGroupField, TextField } from '../../components/form/inputs.tsx';
import { useAnswersForm } from '../forms/use-answers-form.ts';
import { formatPence } from '../../lib/money.ts';
import {
  GIFT_AID_DECLARATION_TEXT,
  membershipApplicationSchema,
  NEWSLETTER_CONSENT_TEXT,
} from './membership-application-schema.ts';
import { MEMBERSHIP_DRAFT, MEMBERSHIP_FIELDS, membershipDraftValues } from './membership-draft.ts';
import { membershipFee, membershipTypeLabel } from './membership-fees.ts';
import { JOIN_PATHS } from './membership-paths.ts';
import type { MembershipConfig } from './membership-schema.ts';

type MembershipApplicationFormProps = {
  config: MembershipConfig;
  /** Called with every answer valid and saved: the page moves on to "Check your answers". */
  onComplete: () => void;
  onErrorsChange?: (hasErrors: boolean) => void;
};

/**
 * The membership application (step 1 of 3: answers, check answers, confirmation). Loaded only on
 * the join page, so react-hook-form and the form components stay out of the other pages' code.
 */
export function MembershipApplicationForm({
  config,
  onComplete,
  onErrorsChange,
}: MembershipApplicationFormProps) {
  const { form, feedback, onSubmit, controlProps, initialValues } = useAnswersForm({
    schema: membershipApplicationSchema,
    draftName: MEMBERSHIP_DRAFT,
    parseValues: membershipDraftValues,
    fields: MEMBERSHIP_FIELDS,
    onComplete,
    onErrorsChange,
  });
  const {
    register,
    control,
    formState: { errors },
  } = form;

  const membershipType = useWatch({
    control,
    name: 'membershipType',
    defaultValue: initialValues.membershipType,
  });
  const fee = membershipFee(config, membershipType);
  const discount = config.standingOrderDiscountPercent;

  return (
    <FormFrame feedback={feedback} action={JOIN_PATHS.checkAnswers} onSubmit={onSubmit}>
      <TextField
        id="fullName"
        label="Full name"
        autoComplete="name"
        spellCheck={false}
        error={errors.fullName?.message}
        {...controlProps('fullName')}
      />
      <TextField
        id="email"
        type="email"
        label="Email address"
        hint="We will use this to contact you about your application."
        autoComplete="email"
        spellCheck={false}
        error={errors.email?.message}
        {...controlProps('email')}
      />

      <Field legend="Postal address">
        <TextField
          id="addressLine1"
          label="Address line 1"
          autoComplete="address-line1"
          error={errors.addressLine1?.message}
          {...controlProps('addressLine1')}
        />
        <TextField
          id="addressLine2"
          label="Address line 2"
          optional
          autoComplete="address-line2"
          error={errors.addressLine2?.message}
          {...controlProps('addressLine2')}
        />
        <TextField
          id="town"
          label="Town or city"
          autoComplete="address-level2"
          className="input--two-thirds"
          error={errors.town?.message}
          {...controlProps('town')}
        />
        <TextField
          id="postcode"
          label="Postcode"
          hint="You can leave this empty if your address is outside the UK."
          autoComplete="postal-code"
          className="input--postcode"
          error={errors.postcode?.message}
          {...controlProps('postcode')}
        />
        <TextField
          id="country"
          label="Country"
          autoComplete="country-name"
          className="input--two-thirds"
          error={errors.country?.message}
          {...controlProps('country')}
        />
      </Field>

      <RadioGroupField
        id="membershipType"
        legend="Type of membership"
        hint={config.fees ? undefined : 'The membership secretary will confirm the fee.'}
        options={config.types.map((type) => ({ value: type.id, label: type.label }))}
        error={errors.membershipType?.message}
        {...controlProps('membershipType')}
      />
      {config.fees && (
        // Polite, so the new price is read out after the choice itself.
        <p className="form__note" role="status">
          {fee && membershipType
            ? `${membershipTypeLabel(config, membershipType)} membership: ${formatPence(fee.annual)} a year, or ${formatPence(fee.byStandingOrder)} a year by standing order.`
            : ''}
        </p>
      )}

      <RadioGroupField
        id="paymentMethod"
        legend="How will you pay?"
        options={[
          {
            value: 'standing-order',
            label: 'By standing order',
            hint: `${discount}% off the annual fee`,
          },
          {
            value: 'other',
            label: 'Another way',
            hint: 'The membership secretary will contact you about how to pay.',
          },
        ]}
        error={errors.paymentMethod?.message}
        {...controlProps('paymentMethod')}
      />

      <CheckboxField
        id="newsletter"
        legend="Newsletter"
        optional
        label={NEWSLETTER_CONSENT_TEXT}
        error={errors.newsletter?.message}
        {...controlProps('newsletter')}
      />
      <CheckboxField
        id="giftAid"
        legend="Gift Aid"
        optional
        label={GIFT_AID_DECLARATION_TEXT}
        error={errors.giftAid?.message}
        {...controlProps('giftAid')}
      />

      <HoneypotField {...register('website')} />

      <PrivacyNoticeLink />

      <button type="submit" className="button">
        Continue
      </button>
    </FormFrame>
  );
}
