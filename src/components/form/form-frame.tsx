import type { FormEvent, ReactNode } from 'react';
import { ErrorSummary, type ErrorSummaryItem } from './error-summary.tsx';
import { useHref } from 'react-router';

/**
 * A signup form: no browser validation bubbles (we show our own), and the error summary first.
 * It posts to `action` (never GET: the answers must not go into the address), so it works
 * without JavaScript on the Node server; with JavaScript `onSubmit` takes over.
 */
export function FormFrame({
  feedback,
  action,
  onSubmit,
  children,
}: {
  feedback: { summaryItems: readonly ErrorSummaryItem[]; focusKey: number };
  action: string;
  onSubmit: (event: FormEvent<HTMLFormElement>) => void;
  children: ReactNode;
}) {
  // The page's language's address (/es/join/check-answers): the server answers in that language.
  const posted = useHref(action);
  return (
    <form className="form" method="post" action={posted} noValidate onSubmit={onSubmit}>
      {feedback.summaryItems.length > 0 && (
        <ErrorSummary items={feedback.summaryItems} focusKey={feedback.focusKey} />
      )}
      {children}
    </form>
  );
}
