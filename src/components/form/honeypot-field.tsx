import { useLingui } from '@lingui/react';
import type { ComponentProps } from 'react';

/**
 * A text box named "website" that people never see and assistive technology never announces.
 * Form-filling bots find it in the HTML and fill it in; the server then quietly stores nothing.
 */
export function HoneypotField(input: Omit<ComponentProps<'input'>, 'type' | 'id'>) {
  const { _ } = useLingui();
  return (
    <div className="form-honeypot" aria-hidden="true">
      <label htmlFor="website">{_('form.honeypot.label')}</label>
      <input type="text" id="website" tabIndex={-1} autoComplete="off" {...input} />
    </div>
  );
}
