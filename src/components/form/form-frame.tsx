import type { FormEvent, ReactNode } from 'react';
import { ErrorSummary } from './error-summary.tsx';
import type { useFormFeedback } from './use-form-feedback.ts';

/** A signup form: no browser validation bubbles (we show our own), and the error summary first. */
export function FormFrame({
  feedback,
  onSubmit,
  children,
}: {
  feedback: Pick<ReturnType<typeof useFormFeedback>, 'summaryItems' | 'focusKey'>;
  onSubmit: (event: FormEvent<HTMLFormElement>) => void;
  children: ReactNode;
}) {
  return (
    <form className="form" noValidate onSubmit={onSubmit}>
      {feedback.summaryItems.length > 0 && (
        <ErrorSummary items={feedback.summaryItems} focusKey={feedback.focusKey} />
      )}
      {children}
    </form>
  );
}
