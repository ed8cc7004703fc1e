import { useLingui } from '@lingui/react';
import { useWatch } from 'react-hook-form';
import { FormFrame } from '../../components/form/form-frame.tsx';
import { HoneypotField } from '../../components/form/honeypot-field.tsx';
import { PrivacyNoticeLink } from '../../components/form/privacy-notice-link.tsx';
import { RadioGroupField, TextAreaField, TextField } from '../../components/form/inputs.tsx';
import { useAnswersForm } from '../forms/use-answers-form.ts';
import type { PsgEvent } from './event-schema.ts';
import {
  REGISTRATION_FIELDS,
  registrationDraftName,
  registrationDraftValues,
} from './registration-draft.ts';
import { registrationPaths } from './registration-paths.ts';
import { registrationSchema } from './registration-schema.ts';
import { useFormat } from '../../lib/use-format.ts';

type RegistrationFormProps = {
  event: PsgEvent;
  /** Called with every answer valid and saved: the page moves on to "Check your answers". */
  onComplete: () => void;
  onErrorsChange?: (hasErrors: boolean) => void;
};

/** Conference registration (step 1 of 3: answers, check answers, confirmation). */
export function RegistrationForm({ event, onComplete, onErrorsChange }: RegistrationFormProps) {
  const { form, feedback, onSubmit, controlProps, initialValues } = useAnswersForm({
    schema: registrationSchema,
    draftName: registrationDraftName(event.slug),
    parseValues: registrationDraftValues,
    fields: REGISTRATION_FIELDS,
    onComplete,
    onErrorsChange,
  });
  const {
    register,
    control,
    formState: { errors },
  } = form;

  const attendance = useWatch({
    control,
    name: 'attendance',
    defaultValue: initialValues.attendance,
  });
  const chosen = event.prices.find((price) => price.id === attendance);
  const { _ } = useLingui();
  const format = useFormat();

  return (
    <FormFrame
      feedback={feedback}
      action={registrationPaths(event.slug).checkAnswers}
      onSubmit={onSubmit}
    >
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
        hint={_('register.field.email.hint')}
        autoComplete="email"
        spellCheck={false}
        error={errors.email?.message}
        {...controlProps('email')}
      />
      <RadioGroupField
        id="attendance"
        legend={_('register.field.attendance.legend')}
        options={event.prices.map((price) => ({
          value: price.id,
          label: price.label,
          hint: format.pence(price.pence),
        }))}
        error={errors.attendance?.message}
        {...controlProps('attendance')}
      />
      {/* Polite, so the price is read out after the choice itself. */}
      <p className="form__note form__price" role="status">
        {chosen
          ? _('register.field.attendance.price', {
              price: format.pence(chosen.pence),
              label: chosen.label,
            })
          : ''}
      </p>
      <TextAreaField
        id="needs"
        label={_('register.field.needs.label')}
        optional
        hint={_('register.field.needs.hint')}
        error={errors.needs?.message}
        {...controlProps('needs')}
      />

      <HoneypotField {...register('website')} />

      <PrivacyNoticeLink />

      <button type="submit" className="button">
        {_('form.continue')}
      </button>
    </FormFrame>
  );
}
