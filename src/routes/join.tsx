import { useLingui } from '@lingui/react';
import { useSuspenseQuery, type QueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { withErrorPrefix } from '../components/form/error-title.ts';
import { PageMeta } from '../components/page-meta.tsx';
// Part of this page's own chunk, not a lazy one: a lazy form hydrates later than the page, and
// React then renders it afresh when the page updates first, dropping what was typed meanwhile.
// The page's chunk (which only /join loads) is loaded before hydration, so the form hydrates with
// the page and keeps every typed character.
import { MembershipApplicationForm } from '../features/membership/membership-application-form.tsx';
import { useHasPostedErrors } from '../features/forms/form-post.ts';
import { standingOrderPence } from '../features/membership/membership-fees.ts';
import { JOIN_PATHS } from '../features/membership/membership-paths.ts';
import { membershipQueries } from '../features/membership/membership-queries.ts';
import { topicQueries } from '../features/topics/topic-queries.ts';
import { useFormat } from '../lib/use-format.ts';

export function joinLoader(queryClient: QueryClient) {
  return async () => {
    await Promise.all([
      queryClient.ensureQueryData(topicQueries.list()),
      queryClient.ensureQueryData(membershipQueries.config()),
    ]);
    return null;
  };
}

/** For the later steps, which need the membership types and fees but not the page's text. */
export function joinStepLoader(queryClient: QueryClient) {
  return async () => {
    await queryClient.ensureQueryData(membershipQueries.config());
    return null;
  };
}

export function JoinPage() {
  const { data: topics } = useSuspenseQuery(topicQueries.list());
  const { data: membership } = useSuspenseQuery(membershipQueries.config());
  const whyJoin = topics.find((topic) => topic.slug === 'why-join-the-psg');
  const discount = membership.standingOrderDiscountPercent;
  const [formHasErrors, setFormHasErrors] = useState(useHasPostedErrors());
  const navigate = useNavigate();
  const { _ } = useLingui();
  const format = useFormat();

  return (
    <article className="page">
      <PageMeta
        title={withErrorPrefix(_, formHasErrors, _('join.title'))}
        description={_('join.description', { discount })}
      />
      <h1>{_('join.title')}</h1>

      {whyJoin?.points && (
        <section aria-labelledby="why-join">
          <h2 id="why-join">{whyJoin.title}</h2>
          <ul className="prose">
            {whyJoin.points.map((point) => (
              <li key={point}>{point}</li>
            ))}
          </ul>
        </section>
      )}

      <section aria-labelledby="fees">
        <h2 id="fees">{_('join.fees.heading')}</h2>
        <p className="callout callout--discount">{_('join.fees.discount', { discount })}</p>
        {membership.fees ? (
          <table className="prices">
            <caption className="visually-hidden">{_('join.fees.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{_('join.fees.membership')}</th>
                <th scope="col">{_('join.fees.annual')}</th>
                <th scope="col">{_('join.field.paymentMethod.standingOrder')}</th>
              </tr>
            </thead>
            <tbody>
              {membership.types.map((type) => {
                const fee = membership.fees?.[type.id];
                if (fee === undefined) return null;
                return (
                  <tr key={type.id}>
                    <th scope="row">{type.label}</th>
                    <td>{format.pence(fee)}</td>
                    <td>{format.pence(standingOrderPence(fee, discount))}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        ) : (
          <p>{_('join.fees.notPublished')}</p>
        )}
      </section>

      <section aria-labelledby="apply-heading" id="apply">
        <h2 id="apply-heading">{_('join.apply.heading')}</h2>
        <p>{_('join.apply.intro')}</p>
        <MembershipApplicationForm
          config={membership}
          onComplete={() => void navigate(JOIN_PATHS.checkAnswers)}
          onErrorsChange={setFormHasErrors}
        />
      </section>
    </article>
  );
}

// The names the route table looks for (src/app/routes.tsx).
export { joinLoader as loader, JoinPage as Component };
// The later steps import the addresses from here: a chunk of their own shared by the three
// steps made Rolldown split the page map out of the entry chunk (+1 KB on the home page).
export { JOIN_PATHS };
