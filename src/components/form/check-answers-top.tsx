import { Link } from 'react-router';
import { useOnline, useWhenOnline } from '../../lib/use-when-online.ts';
import { SubmissionProblem } from './submission-problem.tsx';
import type { SubmissionProblemOutcome } from './submit-form.ts';

type CheckAnswersTopProps = {
  title: string;
  /** The form step, for "Back" and for fixing refused answers. */
  formPath: string;
  /** The last failed send, if any, with "Try again". */
  problem: { outcome: SubmissionProblemOutcome; attempt: number } | null | undefined;
  onRetry: () => void;
  retrying: boolean;
};

/** The top of a "Check your answers" step: Back, the heading and any failed send. */
export function CheckAnswersTop({
  title,
  formPath,
  problem,
  onRetry,
  retrying,
}: CheckAnswersTopProps) {
  // Sent while offline: kept, and sent by itself (same answers, same key) once back online.
  const online = useOnline();
  const networkFailed = problem?.outcome.kind === 'failed' && problem.outcome.reason === 'network';
  useWhenOnline(networkFailed, onRetry);
  const waitingForNetwork = networkFailed && !online;
  return (
    <>
      <p className="back-link">
        <Link to={formPath}>Back</Link>
      </p>
      <h1>{title}</h1>
      {problem && (
        <SubmissionProblem
          outcome={problem.outcome}
          attempt={problem.attempt}
          onRetry={onRetry}
          retrying={retrying}
          formPath={formPath}
        />
      )}
      <p className="form__note" role="status">
        {waitingForNetwork &&
          'You are offline. Your answers are kept on this device and will be sent as soon as your connection returns. Keep this page open.'}
      </p>
    </>
  );
}
