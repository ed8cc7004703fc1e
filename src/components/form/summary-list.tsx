import type { ReactNode } from 'react';
import { Link, type To } from 'react-router';

export type SummaryRow = {
  key: string;
  value: ReactNode;
  /** Where "Change" goes: the form, with the field's id as the hash. */
  change?: To;
  /** Finishes "Change …" for screen readers; defaults to the key in lower case. */
  changeLabel?: string;
};

/** GOV.UK's summary list: the "Check your answers" table of question, answer and "Change". */
export function SummaryList({ rows }: { rows: readonly SummaryRow[] }) {
  return (
    <dl className="summary-list">
      {rows.map((row) => (
        <div className="summary-list__row" key={row.key}>
          <dt className="summary-list__key">{row.key}</dt>
          <dd className="summary-list__value">{row.value}</dd>
          {row.change !== undefined && (
            <dd className="summary-list__actions">
              <Link to={row.change}>
                Change{' '}
                <span className="visually-hidden">{row.changeLabel ?? row.key.toLowerCase()}</span>
              </Link>
            </dd>
          )}
        </div>
      ))}
    </dl>
  );
}
