import type { ComponentProps, ReactNode } from 'react';
import { Field } from './field.tsx';

type QuestionProps = {
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  error?: string | undefined;
  optional?: boolean;
};

/** A text box. Pass react-hook-form's `register(name)` result as the remaining props. */
export function TextField({
  id,
  label,
  hint,
  error,
  optional,
  className,
  ...input
}: QuestionProps & Omit<ComponentProps<'input'>, 'id'>) {
  return (
    <Field id={id} label={label} hint={hint} error={error} optional={optional}>
      {(control) => (
        <input
          type="text"
          className={`input${className ? ` ${className}` : ''}`}
          {...input}
          {...control}
        />
      )}
    </Field>
  );
}

export function TextAreaField({
  id,
  label,
  hint,
  error,
  optional,
  ...textarea
}: QuestionProps & Omit<ComponentProps<'textarea'>, 'id'>) {
  return (
    <Field id={id} label={label} hint={hint} error={error} optional={optional}>
      {(control) => <textarea className="textarea" rows={5} {...textarea} {...control} />}
    </Field>
  );
}

export type RadioOption = { value: string; label: ReactNode; hint?: ReactNode };

/**
 * A question with one answer. The first radio carries `id`, so the error summary can move focus
 * to the group as GOV.UK does.
 */
export function RadioGroupField({
  id,
  legend,
  hint,
  error,
  optional,
  options,
  defaultValue,
  ...input
}: Omit<QuestionProps, 'label'> & {
  legend: ReactNode;
  options: readonly RadioOption[];
  /** The option chosen when the page opens (in the HTML, so it shows without JavaScript). */
  defaultValue?: string | undefined;
} & Omit<ComponentProps<'input'>, 'id' | 'type' | 'value' | 'defaultValue'>) {
  return (
    <Field legend={legend} hint={hint} error={error} optional={optional}>
      <div className="radios">
        {options.map((option, index) => {
          const optionId = index === 0 ? id : `${id}-${option.value}`;
          const hintId = `${optionId}-hint`;
          return (
            <div className="radios__item" key={option.value}>
              <input
                type="radio"
                className="radios__input"
                id={optionId}
                value={option.value}
                aria-describedby={option.hint ? hintId : undefined}
                defaultChecked={option.value === defaultValue}
                {...input}
              />
              <label className="radios__label" htmlFor={optionId}>
                {option.label}
              </label>
              {option.hint && (
                <div id={hintId} className="radios__hint">
                  {option.hint}
                </div>
              )}
            </div>
          );
        })}
      </div>
    </Field>
  );
}

/** A single yes/no box inside its own question, for consents and declarations. */
export function CheckboxField({
  id,
  legend,
  label,
  hint,
  error,
  optional,
  ...input
}: QuestionProps & { legend: ReactNode } & Omit<ComponentProps<'input'>, 'id' | 'type'>) {
  return (
    <Field legend={legend} hint={hint} error={error} optional={optional}>
      <div className="checkboxes__item">
        <input type="checkbox" className="checkboxes__input" id={id} {...input} />
        <label className="checkboxes__label" htmlFor={id}>
          {label}
        </label>
      </div>
    </Field>
  );
}
