import { useEffect, useId, useRef } from 'react';
import { Link } from 'react-router';
import { afterNavigationFocus } from '../../components/form/focus-control.ts';
import type { SubmissionProblemOutcome } from './post-answers.ts';

function explain(outcome: SubmissionProblemOutcome): string {
  switch (outcome.kind) {
    case 'failed':
      if (outcome.reason === 'network') {
        return 'We could not connect to the website. Check your internet connection, then try again.';
      }
      if (outcome.reason === 'timeout') {
        return 'The website took too long to answer. Try again: if your answers did arrive the first time, they will not be stored twice.';
      }
      return 'Something went wrong on our side. Try again in a moment.';
    case 'too-many':
      return (
        outcome.message ??
        'There have been too many attempts from your connection. Wait a few minutes, then try again.'
      );
    case 'refused':
      return outcome.message ?? 'The website could not accept your answers as they are.';
  }
}

type SubmissionProblemProps = {
  outcome: SubmissionProblemOutcome;
  /** Counts attempts, so focus returns here after each failed try. */
  attempt: number;
  onRetry?: () => void;
  retrying?: boolean;
  /**
   * Without JavaScript: the id of the form holding the signed answers, which "Try again" posts
   * again (with the same idempotency key) and "Go back to the form" posts to the form.
   */
  retryForm?: string;
  /** The form, for answers the server refused outright. */
  formPath: string;
};

/**
 * Says a send failed and keeps the answers on screen. "Try again" sends them again with the
 * same idempotency key, so an attempt that did reach the server is not stored twice.
 */
export function SubmissionProblem({
  outcome,
  attempt,
  onRetry,
  retrying = false,
  retryForm,
  formPath,
}: SubmissionProblemProps) {
  const ref = useRef<HTMLDivElement>(null);
  const titleId = useId();
  useEffect(() => afterNavigationFocus(() => ref.current?.focus()), [attempt]);
  const canRetry = outcome.kind !== 'refused';

  return (
    <div
      ref={ref}
      className="error-summary submission-problem"
      role="alert"
      aria-labelledby={titleId}
      tabIndex={-1}
    >
      <h2 id={titleId} className="error-summary__title">
        Your answers have not been sent
      </h2>
      <p>{explain(outcome)}</p>
      <p>
        {retryForm
          ? 'Your answers are kept on this page until they are sent.'
          : 'Your answers are kept in this browser tab until they are sent.'}
      </p>
      {retryForm ? (
        canRetry ? (
          <button type="submit" className="button" form={retryForm}>
            Try again
          </button>
        ) : (
          <p>
            <button
              type="submit"
              className="link-button"
              form={retryForm}
              formAction={formPath}
              formNoValidate
            >
              Go back to the form
            </button>
          </p>
        )
      ) : canRetry ? (
        <button type="button" className="button" onClick={onRetry} aria-disabled={retrying}>
          Try again
        </button>
      ) : (
        <p>
          <Link to={formPath}>Go back to the form</Link>
        </p>
      )}
    </div>
  );
}
