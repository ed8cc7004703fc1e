import type { ReactNode } from 'react';
import { useHref } from 'react-router';

type SendAnswersProps = {
  /** Where the answers are posted when no script takes over (the Node server's form handler). */
  action: string;
  id?: string;
  /** Fields posted with the button: the answers, signed by the server that rendered the page. */
  hidden?: Record<string, string>;
  /** With JavaScript: sends the answers itself instead of posting the form. */
  onSend?: () => void;
  sending?: boolean;
  sendingText?: string;
  children: ReactNode;
};

/**
 * The last button of a form's journey. It stays focusable and clickable while sending
 * (aria-disabled, not disabled) so focus is not lost; the page's sender ignores the extra
 * clicks, and without JavaScript the server stores a resent form once (its idempotency key is
 * one of the hidden fields).
 */
export function SendAnswersButton({
  action,
  id,
  hidden = {},
  onSend,
  sending = false,
  sendingText = '',
  children,
}: SendAnswersProps) {
  // The page's language's address (/es/...): the server answers in that language.
  const posted = useHref(action);
  return (
    <form
      id={id}
      className="form"
      method="post"
      action={posted}
      noValidate
      onSubmit={
        onSend &&
        ((event) => {
          event.preventDefault();
          onSend();
        })
      }
    >
      {Object.entries(hidden).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <button type="submit" className="button" aria-disabled={sending}>
        {children}
      </button>
      <p className="form__note" role="status">
        {sending ? sendingText : ''}
      </p>
    </form>
  );
}
