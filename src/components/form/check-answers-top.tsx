import { Link } from 'react-router';
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
    </>
  );
}
