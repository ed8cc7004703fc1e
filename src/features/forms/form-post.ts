import { createContext, useContext } from 'react';
import type { ServerErrors } from './draft-storage.ts';
import type { SubmissionProblemOutcome } from './post-answers.ts';

/** A form's answers as the browser posts them: text, and ticked boxes as true. */
export type PostedValues = Partial<Record<string, string | boolean>>;

/**
 * What the Node server found when a form was posted without JavaScript, handed to the same
 * React pages it then renders (server/forms). In the browser there is none: the pages read the
 * tab's draft instead.
 */
export type FormPost =
  /** The form again: with the server's messages, or (after "Change") just the answers. */
  | { step: 'form'; values: PostedValues; errors: ServerErrors | null }
  /**
   * "Check your answers": the checked answers, and the signed hidden fields that carry them to
   * the send (and back to the form for "Change"), with the last failed send if any.
   */
  | {
      step: 'check-answers';
      values: PostedValues;
      hidden: Record<string, string>;
      problem: SubmissionProblemOutcome | null;
    }
  | { step: 'confirmation'; reference: string }
  /** Nobody more can register: the event has started or its places are taken. */
  | { step: 'closed'; reason: 'closed' | 'full' };

export const FormPostContext = createContext<FormPost | null>(null);

/** The server's result of a post without JavaScript for this step, or null. */
export function useFormPost<S extends FormPost['step']>(
  step: S,
): Extract<FormPost, { step: S }> | null {
  const post = useContext(FormPostContext);
  return post?.step === step ? (post as Extract<FormPost, { step: S }>) : null;
}

/** Whether the server rendered this form with its messages, for the page title's "Error: ". */
export function useHasPostedErrors(): boolean {
  const errors = useFormPost('form')?.errors;
  return Boolean(
    errors && (errors.formErrors.length > 0 || Object.keys(errors.fieldErrors).length > 0),
  );
}
