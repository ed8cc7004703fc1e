import { useSuspenseQuery } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { Navigate, useNavigate } from 'react-router';
import { readDraft } from '../components/form/form-draft.ts';
import { SendAnswersButton } from '../components/form/send-answers-button.tsx';
import { CheckAnswersTop } from '../components/form/check-answers-top.tsx';
import { SummaryList, type SummaryRow } from '../components/form/summary-list.tsx';
import { useIsClient } from '../components/form/use-is-client.ts';
import { useDraftSubmission } from '../components/form/use-submission.ts';
import { PageMeta } from '../components/page-meta.tsx';
import {
  membershipApplicationSchema,
  type MembershipApplication,
} from '../features/membership/membership-application-schema.ts';
import { MEMBERSHIP_DRAFT } from '../features/membership/membership-draft.ts';
import { membershipFee, membershipTypeLabel } from '../features/membership/membership-fees.ts';
import { JOIN_PATHS } from './join.tsx';
import { membershipQueries } from '../features/membership/membership-queries.ts';
import type { MembershipConfig } from '../features/membership/membership-schema.ts';
import { formatPence } from '../lib/money.ts';

const TITLE = 'Check your answers before sending your application';

export function JoinCheckAnswersPage() {
  const isClient = useIsClient();
  const { data: config } = useSuspenseQuery(membershipQueries.config());
  return (
    <article className="page">
      <PageMeta
        title={TITLE}
        description="Check your membership application for the Peru Support Group, then send it."
      />
      {/* The answers are in this tab's sessionStorage, which only the browser can read. */}
      {isClient ? (
        <CheckAnswers config={config} />
      ) : (
        <>
          <h1>{TITLE}</h1>
          <p className="loading">Loading your answers…</p>
        </>
      )}
    </article>
  );
}

function CheckAnswers({ config }: { config: MembershipConfig }) {
  const navigate = useNavigate();
  const [draft] = useState(() => readDraft(MEMBERSHIP_DRAFT));
  const parsed = useMemo(
    () => (draft ? membershipApplicationSchema.safeParse(draft.values) : null),
    [draft],
  );
  const { send: sendDraft, sending, problem } = useDraftSubmission(MEMBERSHIP_DRAFT);

  // Nothing to check (already sent, or never started) or something to fix: back to the form.
  if (!draft || !parsed?.success) return <Navigate to={JOIN_PATHS.form} replace />;
  const application = parsed.data;

  async function send() {
    if (!draft) return;
    const outcome = await sendDraft({ draft, url: '/api/memberships', answers: application });
    if (outcome?.kind === 'created') {
      // Replace, so Back from the confirmation does not come back to send the answers again.
      await navigate(JOIN_PATHS.confirmation, {
        replace: true,
        state: { reference: outcome.reference },
      });
    } else if (outcome?.kind === 'invalid') {
      await navigate(JOIN_PATHS.form);
    }
  }

  return (
    <>
      <CheckAnswersTop
        title={TITLE}
        formPath={JOIN_PATHS.form}
        problem={problem}
        onRetry={() => void send()}
        retrying={sending}
      />
      <h2>Your details</h2>
      <SummaryList rows={answerRows(application, config)} />
      <h2>Now send your application</h2>
      <p>
        By sending this application you confirm that, to the best of your knowledge, the details you
        have given are correct.
      </p>
      <SendAnswersButton
        onSend={() => void send()}
        sending={sending}
        sendingText="Sending your application…"
      >
        Submit application
      </SendAnswersButton>
    </>
  );
}

function change(field: string) {
  return { pathname: JOIN_PATHS.form, hash: field };
}

function answerRows(application: MembershipApplication, config: MembershipConfig): SummaryRow[] {
  const fee = membershipFee(config, application.membershipType);
  const address = [
    application.addressLine1,
    application.addressLine2,
    application.town,
    application.postcode,
    application.country,
  ].filter((line): line is string => Boolean(line));

  return [
    { key: 'Full name', value: application.fullName, change: change('fullName') },
    { key: 'Email address', value: application.email, change: change('email') },
    {
      key: 'Postal address',
      value: address.map((line, index) => (
        // Lines of one address, in order; two lines may read the same.
        <span key={index} className="summary-list__line">
          {line}
        </span>
      )),
      change: change('addressLine1'),
    },
    {
      key: 'Type of membership',
      value: membershipTypeLabel(config, application.membershipType),
      change: change('membershipType'),
    },
    {
      key: 'How you will pay',
      value: application.paymentMethod === 'standing-order' ? 'By standing order' : 'Another way',
      change: change('paymentMethod'),
    },
    {
      key: 'Fee',
      value: !fee
        ? 'The membership secretary will confirm the fee.'
        : application.paymentMethod === 'standing-order'
          ? `${formatPence(fee.byStandingOrder)} a year by standing order (${formatPence(fee.annual)} less ${config.standingOrderDiscountPercent}%)`
          : `${formatPence(fee.annual)} a year`,
    },
    {
      key: 'Newsletter',
      value: application.newsletter ? 'Yes, send me the newsletter' : 'No',
      change: change('newsletter'),
    },
    {
      key: 'Gift Aid',
      value: application.giftAid ? 'Yes, Gift Aid my membership' : 'No',
      change: change('giftAid'),
    },
  ];
}

// The names the route table looks for (src/app/routes.tsx).
export { joinStepLoader as loader } from './join.tsx';
export { JoinCheckAnswersPage as Component };
