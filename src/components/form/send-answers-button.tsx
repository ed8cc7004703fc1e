import type { ReactNode } from 'react';

type SendAnswersProps = {
  onSend: () => void;
  sending: boolean;
  children: ReactNode;
  sendingText: string;
};

/**
 * The last button of a form's journey. It stays focusable and clickable while sending
 * (aria-disabled, not disabled) so focus is not lost; the page's useSubmission ignores the
 * extra clicks.
 */
export function SendAnswersButton({ onSend, sending, children, sendingText }: SendAnswersProps) {
  return (
    <form
      className="form"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        onSend();
      }}
    >
      <button type="submit" className="button" aria-disabled={sending}>
        {children}
      </button>
      <p className="form__note" role="status">
        {sending ? sendingText : ''}
      </p>
    </form>
  );
}
