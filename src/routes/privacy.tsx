import { useSuspenseQuery, type QueryClient } from '@tanstack/react-query';
import { DateText } from '../components/date-text.tsx';
import { PageMeta } from '../components/page-meta.tsx';
import {
  IDEMPOTENCY_RETENTION_DAYS,
  type PrivacyConfig,
} from '../features/privacy/privacy-schema.ts';
import { privacyQueries } from '../features/privacy/privacy-queries.ts';
import { STORED_RECORDS, type StoredRecord } from '../features/privacy/stored-data.ts';
import { SITE_NAME } from '../lib/site.ts';

export const NOT_AVAILABLE = 'Not available on this site.';

export function loader(queryClient: QueryClient) {
  return async () => {
    await queryClient.ensureQueryData(privacyQueries.config());
    return null;
  };
}

function retention(table: StoredRecord['table'], config: PrivacyConfig): string {
  switch (table) {
    case 'memberships':
      return 'Kept while you are a member. It is never deleted automatically: ask us and we delete it.';
    case 'registrations':
      return `Deleted automatically ${config.registrationRetentionMonths} months after the event ends.`;
    case 'idempotency_records':
      return `Deleted automatically after ${IDEMPOTENCY_RETENTION_DAYS} days.`;
  }
}

export function Component() {
  const { data: config } = useSuspenseQuery(privacyQueries.config());
  return (
    <article className="page article">
      <PageMeta
        title="Privacy notice"
        description="What the Peru Support Group's forms store about you, why, who sees it, how long it is kept, and how to ask for a copy or deletion."
      />
      <h1>Privacy notice</h1>
      <p className="meta">
        Version of <DateText date={config.version} />
      </p>
      <div className="prose">
        <p>
          The {SITE_NAME} is responsible for the details you give in the membership and conference
          registration forms on this site. This notice lists everything the site stores from them.
          The site sets no cookies and stores nothing else about you.
        </p>
        <dl>
          <dt>Postal address</dt>
          <dd>{config.postalAddress ?? NOT_AVAILABLE}</dd>
          <dt>Data protection contact</dt>
          <dd>{config.dataProtectionContact ?? NOT_AVAILABLE}</dd>
        </dl>
      </div>

      {STORED_RECORDS.map((record) => (
        <section key={record.table} aria-labelledby={`stored-${record.table}`}>
          <h2 id={`stored-${record.table}`}>{record.title}</h2>
          <table className="data-table">
            <caption>What is stored and why</caption>
            <thead>
              <tr>
                <th scope="col">What</th>
                <th scope="col">Why</th>
              </tr>
            </thead>
            <tbody>
              {Object.entries(record.columns).flatMap(([column, field]) =>
                field
                  ? [
                      <tr key={column}>
                        <td>{field.what}</td>
                        <td>{field.why}</td>
                      </tr>,
                    ]
                  : [],
              )}
            </tbody>
          </table>
          <p>
            <strong>Who sees it:</strong> {record.who}
          </p>
          <p>
            <strong>How long it is kept:</strong> {retention(record.table, config)}
          </p>
        </section>
      ))}

      <section aria-labelledby="your-rights">
        <h2 id="your-rights">A copy of your details, or their deletion</h2>
        <div className="prose">
          <p>
            You can ask for a copy of everything stored about you, for a correction, or for its
            deletion. We find every record with your email address, in any mix of capital and small
            letters, and answer within one month. Write to the data protection contact above.
          </p>
          <p>
            If you are unhappy with how we handle your details, you can complain to the Information
            Commissioner&apos;s Office (ico.org.uk).
          </p>
          <p>
            The details are kept on the charity&apos;s own server and shared with no one else. The
            legal basis is your membership or registration (a contract) and, for the newsletter and
            Gift Aid, your consent, which you can withdraw at any time.
          </p>
        </div>
      </section>
    </article>
  );
}
