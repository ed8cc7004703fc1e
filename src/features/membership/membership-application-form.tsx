import { useLingui } from '@lingui/react';
import { useWatch } from 'react-hook-form';
import { Field } from '../../components/form/field.tsx';
import { FormFrame } from '../../components/form/form-frame.tsx';
import { HoneypotField } from '../../components/form/honeypot-field.tsx';
import { PrivacyNoticeLink } from '../../components/form/privacy-notice-link.tsx';
import { CheckboxField, RadioGroupField, TextField } from '../../components/form/inputs.tsx';
import { useAnswersForm } from '../forms/use-answers-form.ts';
import {
  GIFT_AID_DECLARATION,
  membershipApplicationSchema,
  NEWSLETTER_CONSENT,
} from './membership-application-schema.ts';
import { MEMBERSHIP_DRAFT, MEMBERSHIP_FIELDS, membershipDraftValues } from './membership-draft.ts';
import { membershipFee, membershipTypeLabel } from './membership-fees.ts';
import { JOIN_PATHS } from './membership-paths.ts';
import type { MembershipConfig } from './membership-schema.ts';
import { useFormat } from '../../lib/use-format.ts';

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
  const { _ } = useLingui();
  const format = useFormat();

  return (
    <FormFrame feedback={feedback} action={JOIN_PATHS.checkAnswers} onSubmit={onSubmit}>
      <TextField
        id="fullName"
        label={_('form.field.fullName.label')}
        autoComplete="name"
        spellCheck={false}
        error={errors.fullName?.message}
        {...controlProps('fullName')}
      />
      <TextField
        id="email"
        type="email"
        label={_('form.field.email.label')}
        hint={_('join.field.email.hint')}
        autoComplete="email"
        spellCheck={false}
        error={errors.email?.message}
        {...controlProps('email')}
      />

      <Field legend={_('join.field.address.legend')}>
        <TextField
          id="addressLine1"
          label={_('join.field.addressLine1.label')}
          autoComplete="address-line1"
          error={errors.addressLine1?.message}
          {...controlProps('addressLine1')}
        />
        <TextField
          id="addressLine2"
          label={_('join.field.addressLine2.label')}
          optional
          autoComplete="address-line2"
          error={errors.addressLine2?.message}
          {...controlProps('addressLine2')}
        />
        <TextField
          id="town"
          label={_('join.field.town.label')}
          autoComplete="address-level2"
          className="input--two-thirds"
          error={errors.town?.message}
          {...controlProps('town')}
        />
        <TextField
          id="postcode"
          label={_('join.field.postcode.label')}
          hint={_('join.field.postcode.hint')}
          autoComplete="postal-code"
          className="input--postcode"
          error={errors.postcode?.message}
          {...controlProps('postcode')}
        />
        <TextField
          id="country"
          label={_('join.field.country.label')}
          autoComplete="country-name"
          className="input--two-thirds"
          error={errors.country?.message}
          {...controlProps('country')}
        />
      </Field>

      <RadioGroupField
        id="membershipType"
        legend={_('join.field.membershipType.legend')}
        hint={config.fees ? undefined : _('join.fee.toBeConfirmed')}
        options={config.types.map((type) => ({ value: type.id, label: type.label }))}
        error={errors.membershipType?.message}
        {...controlProps('membershipType')}
      />
      {config.fees && (
        // Polite, so the new price is read out after the choice itself.
        <p className="form__note" role="status">
          {fee && membershipType
            ? _('join.field.membershipType.price', {
                type: membershipTypeLabel(config, membershipType),
                annual: format.pence(fee.annual),
                byStandingOrder: format.pence(fee.byStandingOrder),
              })
            : ''}
        </p>
      )}

      <RadioGroupField
        id="paymentMethod"
        legend={_('join.field.paymentMethod.legend')}
        options={[
          {
            value: 'standing-order',
            label: _('join.field.paymentMethod.standingOrder'),
            hint: _('join.field.paymentMethod.standingOrder.hint', { discount }),
          },
          {
            value: 'other',
            label: _('join.field.paymentMethod.other'),
            hint: _('join.field.paymentMethod.other.hint'),
          },
        ]}
        error={errors.paymentMethod?.message}
        {...controlProps('paymentMethod')}
      />

      <CheckboxField
        id="newsletter"
        legend={_('join.field.newsletter.legend')}
        optional
        label={_(NEWSLETTER_CONSENT)}
        error={errors.newsletter?.message}
        {...controlProps('newsletter')}
      />
      <CheckboxField
        id="giftAid"
        legend={_('join.field.giftAid.legend')}
        optional
        label={_(GIFT_AID_DECLARATION)}
        error={errors.giftAid?.message}
        {...controlProps('giftAid')}
      />

      <HoneypotField {...register('website')} />

      <PrivacyNoticeLink />

      <button type="submit" className="button">
        {_('form.continue')}
      </button>
    </FormFrame>
  );
}
