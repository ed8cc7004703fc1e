import { useCallback, useRef, useState } from 'react';
import { apiInLocale } from '../../config/paths.ts';
import { useLocale } from '../../lib/i18n.ts';
import {
  clearDraft,
  keyForSending,
  returnWithServerErrors,
  type FormDraft,
} from './draft-storage.ts';
import {
  isSubmissionProblem,
  postForm,
  requestBody,
  type SubmissionProblemOutcome,
  type SubmitOutcome,
} from './post-answers.ts';

/**
 * Runs one send at a time and remembers how the last one went. The guard is a ref, not the
 * button's state: two clicks in one frame both arrive before React re-renders, and the second
 * must not send the answers again.
 */
export function useSendOnce() {
  const inFlight = useRef(false);
  const [sending, setSending] = useState(false);
  const [problem, setProblem] = useState<{
    outcome: SubmissionProblemOutcome;
    attempt: number;
  } | null>(null);

  const submit = useCallback(
    async (send: () => Promise<SubmitOutcome>): Promise<SubmitOutcome | null> => {
      if (inFlight.current) return null;
      inFlight.current = true;
      setSending(true);
      let stored = false;
      try {
        const outcome = await send();
        stored = outcome.kind === 'created';
        setProblem((previous) =>
          isSubmissionProblem(outcome) ? { outcome, attempt: (previous?.attempt ?? 0) + 1 } : null,
        );
        return outcome;
      } finally {
        setSending(false);
        // Once stored, stay locked: the page is about to move on to the confirmation.
        inFlight.current = stored;
      }
    },
    [],
  );

  return { submit, sending, problem };
}

type DraftSubmission = {
  /** The draft the answers came from, as read when the page opened. */
  draft: FormDraft;
  url: string;
  /** The checked answers, as the API takes them. */
  answers: object;
};

/**
 * Sends a form's saved draft. The draft is cleared once stored, and keeps the server's messages
 * after a 422 for the form to show; any other failure leaves it exactly as it was.
 */
export function useDraftSending(draftName: string) {
  const { submit, sending, problem } = useSendOnce();
  // The server words its messages (422) in the page's language.
  const locale = useLocale();
  const send = useCallback(
    ({ draft, url, answers }: DraftSubmission) =>
      submit(async () => {
        const body = requestBody(answers);
        const outcome = await postForm(
          apiInLocale(url, locale),
          body,
          keyForSending(draftName, draft, body),
        );
        if (outcome.kind === 'created') clearDraft(draftName);
        if (outcome.kind === 'invalid') returnWithServerErrors(draftName, draft, outcome);
        return outcome;
      }),
    [draftName, submit, locale],
  );
  return { send, sending, problem };
}
