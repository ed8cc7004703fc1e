import { zodResolver } from '@hookform/resolvers/zod';
import { useEffect, useState, type FormEvent } from 'react';
import { useForm, type DefaultValues, type FieldErrors, type FieldValues } from 'react-hook-form';
import type { z } from 'zod';
import { useFormDraft } from './use-form-draft.ts';
import { splitServerErrors, useFormFeedback } from './use-form-feedback.ts';

type DraftFormOptions<Input extends FieldValues, Output, F extends string> = {
  schema: z.ZodType<Output, Input>;
  /** The sessionStorage draft this form saves to as the supporter types. */
  draftName: string;
  /** The saved answers, as far as they go: a draft may be missing any of them. */
  parseDraft: (raw: Record<string, unknown>) => DefaultValues<Input>;
  fields: readonly F[];
  /** False while React hydrates server-rendered HTML, which has no draft. */
  draftEnabled: boolean;
  /** Called with every answer valid and saved: the page moves on to "Check your answers". */
  onComplete: () => void;
  onErrorsChange?: ((hasErrors: boolean) => void) | undefined;
};

/**
 * What both signup forms share: react-hook-form checked by the form's zod schema on submit only
 * (GOV.UK), answers saved to the draft as they are typed, the server's last errors shown once,
 * and the error summary's state. Returns the form, its feedback and the submit handler.
 */
export function useDraftForm<Input extends FieldValues, Output, F extends string>({
  schema,
  draftName,
  parseDraft,
  fields,
  draftEnabled,
  onComplete,
  onErrorsChange,
}: DraftFormOptions<Input, Output, F>) {
  const { initial, save } = useFormDraft(draftName, parseDraft, draftEnabled);
  const [server] = useState(() => splitServerErrors(initial.serverErrors, fields));

  const form = useForm<Input, unknown, Output>({
    resolver: zodResolver(schema),
    defaultValues: initial.values,
    ...(server.fieldErrors ? { errors: server.fieldErrors as FieldErrors<Input> } : {}),
    // GOV.UK: check on submit only, and leave the messages alone until the next submit.
    mode: 'onSubmit',
    reValidateMode: 'onSubmit',
    // The error summary takes focus instead of the first field.
    shouldFocusError: false,
  });
  const { subscribe, handleSubmit, getValues } = form;

  useEffect(
    () => subscribe({ formState: { values: true }, callback: ({ values }) => save(values) }),
    [subscribe, save],
  );

  const feedback = useFormFeedback({
    fields,
    // Our forms are flat (every field a string or boolean), so each error is a plain FieldError.
    errors: form.formState.errors as Partial<Record<F, { message?: string }>>,
    serverFormErrors: server.formErrors,
    onErrorsChange,
  });

  const submit = handleSubmit(
    () => {
      save(getValues());
      onComplete();
    },
    () => feedback.onInvalid(),
  );

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    feedback.onSubmitStart();
    void submit(event);
  }

  return { form, feedback, onSubmit };
}
