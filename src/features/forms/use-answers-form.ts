import { zodResolver } from '@hookform/resolvers/zod';
import { useCallback, useEffect, useRef, useState, type FormEvent } from 'react';
import {
  useForm,
  type DefaultValues,
  type FieldErrors,
  type FieldValues,
  type Path,
  type PathValue,
} from 'react-hook-form';
import type { z } from 'zod';
import { useIsClient } from '../../lib/use-is-client.ts';
import { newIdempotencyKey, readDraft, writeDraft, type ServerErrors } from './draft-storage.ts';
import { useFormPost } from './form-post.ts';
import { splitServerErrors, useErrorSummary } from './use-error-summary.ts';

type AnswersFormOptions<Input extends FieldValues, Output, F extends string> = {
  schema: z.ZodType<Output, Input>;
  /** The sessionStorage draft this form saves to as the supporter types. */
  draftName: string;
  /** Saved or posted answers read tolerantly: anything missing or odd starts empty. */
  parseValues: (raw: Record<string, unknown>) => DefaultValues<Input>;
  /** The form's questions in page order; each is also its control's name and id. */
  fields: readonly F[];
  /** Called with every answer valid and saved: the page moves on to "Check your answers". */
  onComplete: () => void;
  onErrorsChange?: ((hasErrors: boolean) => void) | undefined;
};

/**
 * What both signup forms share: react-hook-form checked by the form's zod schema on submit only
 * (GOV.UK), answers saved to the tab's draft as they are typed, the server's last errors shown
 * once, and the error summary's state.
 *
 * The controls are uncontrolled and carry their starting answer in the HTML (`defaultValue`,
 * `defaultChecked`: see `controlProps`), so a page rendered by a server works without
 * JavaScript. While hydrating, the hook reads what the visitor already typed or chose from the
 * DOM, before React and react-hook-form touch it, and puts it into the form once mounted; the
 * saved draft fills only the questions still as the HTML had them. What is in the DOM wins, and
 * nothing is re-mounted.
 */
export function useAnswersForm<Input extends FieldValues, Output, F extends string>({
  schema,
  draftName,
  parseValues,
  fields,
  onComplete,
  onErrorsChange,
}: AnswersFormOptions<Input, Output, F>) {
  const posted = useFormPost('form');
  const isClient = useIsClient();
  // Read once: during hydration (and on the server) there is no draft yet, so the first render
  // matches the HTML; after a client-side navigation the draft is read straight away.
  const [start] = useState(() => {
    const draft = isClient ? readDraft(draftName) : null;
    return {
      hydrating: !isClient,
      // What the visitor did before the script started, read before React and react-hook-form
      // touch the controls (react-hook-form unchecks a radio group it has no answer for).
      typed: !isClient && typeof document !== 'undefined' ? readControls(fields) : {},
      draft,
      values: parseValues(posted?.values ?? draft?.values ?? {}),
      serverErrors: posted?.errors ?? draft?.serverErrors,
    };
  });
  const [server] = useState(() => splitServerErrors(start.serverErrors, fields));
  // Which key and last-sent body the draft carries; filled in once the draft has been read.
  const sending = useRef({
    idempotencyKey: start.draft?.idempotencyKey ?? newIdempotencyKey(),
    sentBody: start.draft?.sentBody,
  });

  const form = useForm<Input, unknown, Output>({
    resolver: zodResolver(schema),
    ...(server.fieldErrors ? { errors: server.fieldErrors as FieldErrors<Input> } : {}),
    // GOV.UK: check on submit only, and leave the messages alone until the next submit.
    mode: 'onSubmit',
    reValidateMode: 'onSubmit',
    // The error summary takes focus instead of the first field.
    shouldFocusError: false,
  });
  const { subscribe, handleSubmit, getValues, setValue } = form;

  const save = useCallback(
    (values: object) => writeDraft(draftName, { ...sending.current, values: { ...values } }),
    [draftName],
  );

  // A passive effect, after useForm's own: only then does getValues() read the registered
  // controls (before, it gives the default values). After a client-side navigation the draft's
  // answers are already in the first render; after hydration the page showed an empty form.
  useEffect(() => {
    const draft = start.hydrating ? readDraft(draftName) : start.draft;
    if (start.hydrating) {
      if (draft) {
        sending.current = { idempotencyKey: draft.idempotencyKey, sentBody: draft.sentBody };
      }
      const saved = (draft ? parseValues(draft.values) : {}) as Record<string, unknown>;
      for (const name of fields) {
        const field = name as unknown as Path<Input>;
        const initial = (start.values as Record<string, unknown>)[name];
        const typed = start.typed[name];
        // Typed before the script started: it wins. Untouched: the draft's answer, if any.
        const answer = !sameAnswer(typed, initial) ? typed : saved[name];
        if (answer !== undefined && !sameAnswer(answer, getValues(field))) {
          setValue(field, answer as PathValue<Input, Path<Input>>);
        }
      }
    }
    // The server's errors are shown once, when the form opens: forget them, so coming back
    // later (the Back button) does not show them again. Save what the form now holds.
    if (!posted) save(getValues());
  }, [draftName, fields, getValues, parseValues, posted, save, setValue, start]);

  useEffect(
    () =>
      subscribe({
        formState: { values: true },
        callback: ({ values }) => save(values),
      }),
    [save, subscribe],
  );

  const feedback = useErrorSummary({
    fields,
    // Our forms are flat (every field a string or boolean), so each error is a plain FieldError.
    errors: form.formState.errors as Partial<Record<F, { message?: string }>>,
    serverFormErrors: server.formErrors,
    onErrorsChange,
  });

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    feedback.onSubmitStart();
    const submit = handleSubmit(
      () => {
        save(getValues());
        onComplete();
      },
      () => feedback.onInvalid(),
    );
    void submit(event);
  }

  /**
   * A control's props: react-hook-form's, plus its starting answer in the HTML (a radio group's
   * `defaultValue` is the option chosen).
   */
  function controlProps<N extends F>(name: N) {
    const registered = form.register(name as unknown as Path<Input>);
    const value = (start.values as Record<string, unknown>)[name];
    if (typeof value === 'boolean') return { ...registered, defaultChecked: value };
    return { ...registered, defaultValue: typeof value === 'string' ? value : undefined };
  }

  return { form, feedback, onSubmit, controlProps, initialValues: start.values };
}

/** Each question's answer as the page's controls hold it: text, a chosen radio, a ticked box. */
function readControls(fields: readonly string[]): Record<string, string | boolean | undefined> {
  const values: Record<string, string | boolean | undefined> = {};
  for (const name of fields) {
    const controls = [...document.getElementsByName(name)].filter(
      (element): element is HTMLInputElement | HTMLTextAreaElement =>
        element instanceof HTMLInputElement || element instanceof HTMLTextAreaElement,
    );
    const [first] = controls;
    if (!first) continue;
    if (first instanceof HTMLInputElement && first.type === 'radio') {
      values[name] = controls.find((radio) => (radio as HTMLInputElement).checked)?.value;
    } else if (first instanceof HTMLInputElement && first.type === 'checkbox') {
      values[name] = first.checked;
    } else {
      values[name] = first.value;
    }
  }
  return values;
}

/** An empty box and an unchosen radio group read as '', null or undefined: all the same here. */
function sameAnswer(a: unknown, b: unknown): boolean {
  return (a ?? '') === (b ?? '');
}

export type { ServerErrors };
