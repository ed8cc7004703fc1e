import { useEffect, useMemo, useState } from 'react';
import { useLocation } from 'react-router';
import type { ErrorSummaryItem } from '../../components/form/error-summary.tsx';
import { afterNavigationFocus, focusControl } from '../../components/form/focus-control.ts';
import type { ServerErrors } from './draft-storage.ts';

type FieldErrorLike = { message?: string | undefined } | undefined;

function isField<F extends string>(fields: readonly F[], name: string): name is F {
  return (fields as readonly string[]).includes(name);
}

/**
 * Splits the server's 422 answer into messages for the form's own fields (for react-hook-form's
 * `errors` option) and the rest, which only the error summary can show.
 */
export function splitServerErrors<F extends string>(
  serverErrors: ServerErrors | undefined,
  fields: readonly F[],
) {
  if (!serverErrors) return { fieldErrors: undefined, formErrors: [] };
  const fieldErrors: Partial<Record<F, { type: string; message: string }>> = {};
  const formErrors = [...serverErrors.formErrors];
  for (const [name, messages] of Object.entries(serverErrors.fieldErrors)) {
    const message = messages[0];
    if (!message) continue;
    if (isField(fields, name)) fieldErrors[name] = { type: 'server', message };
    else formErrors.push(message);
  }
  return { fieldErrors, formErrors };
}

type FormFeedbackOptions<F extends string> = {
  /** The form's fields in page order; each is also its control's id. */
  fields: readonly F[];
  /** react-hook-form's formState.errors. */
  errors: Partial<Record<F, FieldErrorLike>>;
  /** The server's messages that belong to no field of this form. */
  serverFormErrors: readonly string[];
  /** Tells the page whether errors show, for the "Error: " prefix on its title. */
  onErrorsChange?: ((hasErrors: boolean) => void) | undefined;
};

/**
 * What a form shows about its problems: the error summary's items in page order, a key that
 * moves focus back to the summary after each failed submit, and focus on the field named in the
 * URL's hash when a "Change" link brings the supporter back to the form.
 */
export function useErrorSummary<F extends string>({
  fields,
  errors,
  serverFormErrors,
  onErrorsChange,
}: FormFeedbackOptions<F>) {
  const [focusKey, setFocusKey] = useState(0);
  const [formErrors, setFormErrors] = useState(serverFormErrors);

  const summaryItems = useMemo<ErrorSummaryItem[]>(() => {
    const items: ErrorSummaryItem[] = formErrors.map((message) => ({ message }));
    for (const name of fields) {
      const message = errors[name]?.message;
      if (message) items.push({ message, targetId: name });
    }
    return items;
  }, [errors, fields, formErrors]);

  const hasErrors = summaryItems.length > 0;
  useEffect(() => {
    onErrorsChange?.(hasErrors);
  }, [hasErrors, onErrorsChange]);

  const { hash } = useLocation();
  useEffect(() => {
    const target = decodeURIComponent(hash.slice(1));
    if (!isField(fields, target)) return;
    return afterNavigationFocus(() => focusControl(target));
  }, [fields, hash]);

  return {
    summaryItems,
    focusKey,
    /** Call as a submit begins: the server's form-wide messages describe an older send. */
    onSubmitStart: () => setFormErrors([]),
    /** Call from handleSubmit's invalid callback, so the summary takes focus again. */
    onInvalid: () => setFocusKey((key) => key + 1),
  };
}
