import { useWatch } from 'react-hook-form';
import { FormFrame } from '../../components/form/form-frame.tsx';
import { useDraftForm } from '../../components/form/use-draft-form.ts';
import { HoneypotField } from '../../components/form/honeypot-field.tsx';
import { PrivacyNoticeLink } from '../../components/form/privacy-notice-link.tsx';
import { RadioGroupField, TextAreaField, TextField } from '../../components/form/inputs.tsx';
import { useIsClient } from '../../components/form/use-is-client.ts';
import { formatPence } from '../../lib/money.ts';
import type { PsgEvent } from './event-schema.ts';
import {
  REGISTRATION_FIELDS,
  registrationDraftName,
  registrationDraftValues,
} from './registration-draft.ts';
import { registrationSchema } from './registration-schema.ts';

type RegistrationFormProps = {
  event: PsgEvent;
  /** Called with every answer valid and saved: the page moves on to "Check your answers". */
  onComplete: () => void;
  onErrorsChange?: (hasErrors: boolean) => void;
};

/** Conference registration (step 1 of 3: answers, check answers, confirmation). */
export function RegistrationForm(props: RegistrationFormProps) {
  const isClient = useIsClient();
  // The saved draft lives in this tab's sessionStorage, which a server render cannot see: render
  // the empty form there, then start afresh with the draft once the browser takes over.
  return (
    <RegistrationFormWithDraft key={isClient ? 'browser' : 'server'} {...props} draft={isClient} />
  );
}

function RegistrationFormWithDraft({
  event,
  onComplete,
  onErrorsChange,
  draft,
}: RegistrationFormProps & { draft: boolean }) {
  const { form, feedback, onSubmit } = useDraftForm({
    schema: registrationSchema,
    draftName: registrationDraftName(event.slug),
    parseDraft: registrationDraftValues,
    fields: REGISTRATION_FIELDS,
    draftEnabled: draft,
    onComplete,
    onErrorsChange,
  });
  const {
    register,
    control,
    formState: { errors },
  } = form;

  const attendance = useWatch({ control, name: 'attendance' });
  const chosen = event.prices.find((price) => price.id === attendance);

  return (
    <FormFrame feedback={feedback} onSubmit={onSubmit}>
      <TextField
        id="fullName"
        label="Full name"
        autoComplete="name"
        spellCheck={false}
        error={errors.fullName?.message}
        {...register('fullName')}
      />
      <TextField
        id="email"
        type="email"
        label="Email address"
        hint="We will use this to contact you about the conference."
        autoComplete="email"
        spellCheck={false}
        error={errors.email?.message}
        {...register('email')}
      />
      <RadioGroupField
        id="attendance"
        legend="Attending as"
        options={event.prices.map((price) => ({
          value: price.id,
          label: price.label,
          hint: formatPence(price.pence),
        }))}
        error={errors.attendance?.message}
        {...register('attendance')}
      />
      {/* Polite, so the price is read out after the choice itself. */}
      <p className="form__note form__price" role="status">
        {chosen ? `Your price: ${formatPence(chosen.pence)} (${chosen.label})` : ''}
      </p>
      <TextAreaField
        id="needs"
        label="Access or dietary needs"
        optional
        hint="For example step-free access, a hearing loop, or food you cannot eat."
        error={errors.needs?.message}
        {...register('needs')}
      />

      <HoneypotField {...register('website')} />

      <PrivacyNoticeLink />

      <button type="submit" className="button">
        Continue
      </button>
    </FormFrame>
  );
}
