import { useLingui } from '@lingui/react';
import { useId, type ReactNode } from 'react';
import { messageText } from './message-text.ts';

/** What a single control needs from its Field to be labelled, described and marked invalid. */
export type ControlProps = {
  id: string;
  'aria-describedby': string | undefined;
  'aria-invalid': true | undefined;
};

type CommonProps = {
  hint?: ReactNode;
  /** A message ID (what the schemas give), or text to show as it is. */
  error?: string | undefined;
  /** Adds "(optional)" to the label or legend; nothing marks required fields. */
  optional?: boolean;
};

type SingleFieldProps = CommonProps & {
  /** The control's id: the error summary and "Change" links point at it. */
  id: string;
  label: ReactNode;
  children: (control: ControlProps) => ReactNode;
};

type GroupFieldProps = CommonProps & {
  /** A question answered with several controls (radios, checkboxes, an address). */
  legend: ReactNode;
  children: ReactNode;
};

export type FieldProps = SingleFieldProps | GroupFieldProps;

function joinIds(...ids: (string | false)[]): string | undefined {
  const present = ids.filter(Boolean);
  return present.length > 0 ? present.join(' ') : undefined;
}

/**
 * One question, laid out as GOV.UK does: label (or legend), hint, error message, then the control.
 * The hint and error are tied to the control (or fieldset) with aria-describedby, so a screen
 * reader hears them with the label.
 */
export function Field(props: FieldProps) {
  const hintId = useId();
  const errorId = useId();
  const { i18n, _ } = useLingui();
  const { hint, error, optional } = props;
  const describedBy = joinIds(Boolean(hint) && hintId, Boolean(error) && errorId);
  const suffix = optional ? ` ${_('form.optional')}` : '';
  const className = `field${error ? ' field--error' : ''}`;

  const messages = (
    <>
      {hint && (
        <div id={hintId} className="field__hint">
          {hint}
        </div>
      )}
      {error && (
        <p id={errorId} className="field__error">
          <span className="visually-hidden">{_('form.error.prefix')}</span>{' '}
          {messageText(i18n, error)}
        </p>
      )}
    </>
  );

  if ('legend' in props) {
    return (
      <fieldset className={`${className} field--group`} aria-describedby={describedBy}>
        <legend className="field__legend">
          {props.legend}
          {suffix}
        </legend>
        {messages}
        {props.children}
      </fieldset>
    );
  }

  return (
    <div className={className}>
      <label className="field__label" htmlFor={props.id}>
        {props.label}
        {suffix}
      </label>
      {messages}
      {props.children({
        id: props.id,
        'aria-describedby': describedBy,
        'aria-invalid': error ? true : undefined,
      })}
    </div>
  );
}
