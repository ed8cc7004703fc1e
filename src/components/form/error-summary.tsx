import { useLingui } from '@lingui/react';
import { useEffect, useId, useRef, type MouseEvent } from 'react';
import { afterNavigationFocus, focusControl } from './focus-control.ts';
import { messageText } from './message-text.ts';

export type ErrorSummaryItem = {
  /** A message ID (the schemas' and the server's messages are IDs), or text to show as it is. */
  message: string;
  /** The control to focus; problems with no field of their own are listed as plain text. */
  targetId?: string | undefined;
};

type ErrorSummaryProps = {
  items: readonly ErrorSummaryItem[];
  /** Change it (for example on each failed submit) to move focus back to the summary. */
  focusKey: number;
};

/**
 * "There is a problem": shown at the top of a form after a failed submit. It takes focus so
 * that screen reader users hear it first, and each link moves focus to the field it names.
 */
export function ErrorSummary({ items, focusKey }: ErrorSummaryProps) {
  const ref = useRef<HTMLDivElement>(null);
  const titleId = useId();
  const { i18n, _ } = useLingui();

  useEffect(() => afterNavigationFocus(() => ref.current?.focus()), [focusKey]);

  function follow(event: MouseEvent<HTMLAnchorElement>, targetId: string) {
    // Focus the field ourselves: a plain jump to the anchor would neither focus an input in every
    // browser nor show its label.
    if (focusControl(targetId)) event.preventDefault();
  }

  return (
    <div ref={ref} className="error-summary" role="alert" aria-labelledby={titleId} tabIndex={-1}>
      <h2 id={titleId} className="error-summary__title">
        {_('form.errorSummary.title')}
      </h2>
      <ul className="error-summary__list">
        {items.map((item) => (
          <li key={`${item.targetId ?? ''}:${item.message}`}>
            {item.targetId ? (
              <a href={`#${item.targetId}`} onClick={(event) => follow(event, item.targetId ?? '')}>
                {messageText(i18n, item.message)}
              </a>
            ) : (
              messageText(i18n, item.message)
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}
