import { Trans } from '@lingui/react';
import type { ReactNode } from 'react';
import { Link } from 'react-router';

export type SummaryRow = {
  key: string;
  value: ReactNode;
  /** Where "Change" goes: the form, with the field's id as the hash. */
  change?: string;
  /** Finishes "Change …" for screen readers; defaults to the key in lower case. */
  changeLabel?: string;
};

type SummaryListProps = {
  rows: readonly SummaryRow[];
  /**
   * The id of a form holding the answers (a page rendered without JavaScript): "Change" then
   * posts it to the form's address, which shows the form with every answer, rather than a
   * link to an empty form.
   */
  changeForm?: string | undefined;
};

/** GOV.UK's summary list: the "Check your answers" table of question, answer and "Change". */
export function SummaryList({ rows, changeForm }: SummaryListProps) {
  return (
    <dl className="summary-list">
      {rows.map((row) => {
        const label = (
          <Trans
            id="form.summary.change"
            values={{ question: row.changeLabel ?? row.key.toLowerCase() }}
            components={{ 0: <span className="visually-hidden" /> }}
          />
        );
        return (
          <div className="summary-list__row" key={row.key}>
            <dt className="summary-list__key">{row.key}</dt>
            <dd className="summary-list__value">{row.value}</dd>
            {row.change !== undefined && (
              <dd className="summary-list__actions">
                {changeForm ? (
                  <button
                    type="submit"
                    className="link-button"
                    form={changeForm}
                    formAction={row.change}
                    formNoValidate
                  >
                    {label}
                  </button>
                ) : (
                  <Link to={row.change}>{label}</Link>
                )}
              </dd>
            )}
          </div>
        );
      })}
    </dl>
  );
}
