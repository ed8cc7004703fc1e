import type { I18n } from '@lingui/core';
import { Trans, useLingui } from '@lingui/react';
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

export function loader(queryClient: QueryClient) {
  return async () => {
    await queryClient.ensureQueryData(privacyQueries.config());
    return null;
  };
}

function retention(_: I18n['_'], table: StoredRecord['table'], config: PrivacyConfig): string {
  switch (table) {
    case 'memberships':
      return _('privacy.retention.memberships');
    case 'registrations':
      return _('privacy.retention.registrations', {
        months: config.registrationRetentionMonths,
      });
    case 'idempotency_records':
      return _('privacy.retention.idempotency', { days: IDEMPOTENCY_RETENTION_DAYS });
  }
}

export function Component() {
  const { data: config } = useSuspenseQuery(privacyQueries.config());
  const { _ } = useLingui();
  const notAvailable = _('privacy.notAvailable');
  return (
    <article className="page article">
      <PageMeta title={_('footer.privacy')} description={_('privacy.description')} />
      <h1>{_('footer.privacy')}</h1>
      <p className="meta">
        <Trans id="privacy.version" components={{ 0: <DateText date={config.version} /> }} />
      </p>
      <div className="prose">
        <p>{_('privacy.intro', { site: SITE_NAME })}</p>
        <dl>
          <dt>{_('join.field.address.legend')}</dt>
          <dd>{config.postalAddress ?? notAvailable}</dd>
          <dt>{_('privacy.contact')}</dt>
          <dd>{config.dataProtectionContact ?? notAvailable}</dd>
        </dl>
      </div>

      {STORED_RECORDS.map((record) => (
        <section key={record.table} aria-labelledby={`stored-${record.table}`}>
          <h2 id={`stored-${record.table}`}>{_(record.title)}</h2>
          <table className="data-table">
            <caption>{_('privacy.table.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{_('privacy.table.what')}</th>
                <th scope="col">{_('privacy.table.why')}</th>
              </tr>
            </thead>
            <tbody>
              {Object.entries(record.columns).flatMap(([column, field]) =>
                field
                  ? [
                      <tr key={column}>
                        <td>{_(field.what)}</td>
                        <td>{_(field.why)}</td>
                      </tr>,
                    ]
                  : [],
              )}
            </tbody>
          </table>
          <p>
            <strong>{_('privacy.who')}</strong> {_(record.who)}
          </p>
          <p>
            <strong>{_('privacy.howLong')}</strong> {retention(_, record.table, config)}
          </p>
        </section>
      ))}

      <section aria-labelledby="your-rights">
        <h2 id="your-rights">{_('privacy.rights.heading')}</h2>
        <div className="prose">
          <p>{_('privacy.rights.ask')}</p>
          <p>{_('privacy.rights.complain')}</p>
          <p>{_('privacy.rights.basis')}</p>
        </div>
      </section>
    </article>
  );
}
