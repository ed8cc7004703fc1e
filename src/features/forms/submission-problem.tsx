import type { I18n } from '@lingui/core';
import { useLingui } from '@lingui/react';
import { useEffect, useId, useRef } from 'react';
import { Link } from 'react-router';
import { afterNavigationFocus } from '../../components/form/focus-control.ts';
import { messageText } from '../../components/form/message-text.ts';
import type { SubmissionProblemOutcome } from './post-answers.ts';

/** The server's own message, when it gave one, is a message ID or (from an older server) text. */
function explain(i18n: I18n, outcome: SubmissionProblemOutcome): string {
  switch (outcome.kind) {
    case 'failed':
      if (outcome.reason === 'network') return i18n._('form.problem.network');
      if (outcome.reason === 'timeout') return i18n._('form.problem.timeout');
      return i18n._('form.problem.server');
    case 'too-many':
      return outcome.message ? messageText(i18n, outcome.message) : i18n._('form.problem.tooMany');
    case 'refused':
      return outcome.message ? messageText(i18n, outcome.message) : i18n._('form.problem.refused');
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
  const { i18n, _ } = useLingui();

  return (
    <div
      ref={ref}
      className="error-summary submission-problem"
      role="alert"
      aria-labelledby={titleId}
      tabIndex={-1}
    >
      <h2 id={titleId} className="error-summary__title">
        {_('form.problem.title')}
      </h2>
      <p>{explain(i18n, outcome)}</p>
      <p>{retryForm ? _('form.problem.keptOnPage') : _('form.problem.keptInTab')}</p>
      {retryForm ? (
        canRetry ? (
          <button type="submit" className="button" form={retryForm}>
            {_('error.retry')}
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
              {_('form.problem.backToForm')}
            </button>
          </p>
        )
      ) : canRetry ? (
        <button type="button" className="button" onClick={onRetry} aria-disabled={retrying}>
          {_('error.retry')}
        </button>
      ) : (
        <p>
          <Link to={formPath}>{_('form.problem.backToForm')}</Link>
        </p>
      )}
    </div>
  );
}
