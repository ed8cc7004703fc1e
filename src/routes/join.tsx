import { useSuspenseQuery, type QueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useNavigate } from 'react-router';
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
import { formatPence } from '../lib/money.ts';

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

  return (
    <article className="page">
      <PageMeta
        title={`${formHasErrors ? 'Error: ' : ''}Join the Peru Support Group`}
        description={`Become a member of the Peru Support Group. Members who pay by standing order get ${discount}% off the annual fee.`}
      />
      <h1>Join the Peru Support Group</h1>

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
        <h2 id="fees">Membership fees</h2>
        <p className="callout callout--discount">
          Pay by standing order and get a {discount}% discount on your annual membership fee.
        </p>
        {membership.fees ? (
          <table className="prices">
            <caption className="visually-hidden">Annual membership fees</caption>
            <thead>
              <tr>
                <th scope="col">Membership</th>
                <th scope="col">Annual fee</th>
                <th scope="col">By standing order</th>
              </tr>
            </thead>
            <tbody>
              {membership.types.map((type) => {
                const fee = membership.fees?.[type.id];
                if (fee === undefined) return null;
                return (
                  <tr key={type.id}>
                    <th scope="row">{type.label}</th>
                    <td>{formatPence(fee)}</td>
                    <td>{formatPence(standingOrderPence(fee, discount))}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        ) : (
          <p>
            Membership fees are not published on this site. When you apply, the membership secretary
            will confirm your fee.
          </p>
        )}
      </section>

      <section aria-labelledby="apply-heading" id="apply">
        <h2 id="apply-heading">Apply to join</h2>
        <p>
          Answer these questions, then check your answers before you send them. Your answers are
          kept in this browser tab until you send them.
        </p>
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
