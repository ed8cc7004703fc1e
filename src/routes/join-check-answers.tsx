import { useSuspenseQuery } from '@tanstack/react-query';
import { useCallback } from 'react';
import type { SummaryRow } from '../components/form/summary-list.tsx';
import { CheckAnswersStep } from '../features/forms/check-answers-step.tsx';
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
import { apiPaths } from '../config/paths.ts';

export function JoinCheckAnswersPage() {
  const { data: config } = useSuspenseQuery(membershipQueries.config());
  const check = useCallback(
    (values: Record<string, unknown>) => membershipApplicationSchema.safeParse(values).data ?? null,
    [],
  );
  return (
    <CheckAnswersStep
      title="Check your answers before sending your application"
      description="Check your membership application for the Peru Support Group, then send it."
      paths={JOIN_PATHS}
      draftName={MEMBERSHIP_DRAFT}
      apiUrl={apiPaths.memberships}
      check={check}
      rows={(application, change) => answerRows(application, config, change)}
      heading="Your details"
      send={{
        heading: 'Now send your application',
        declaration:
          'By sending this application you confirm that, to the best of your knowledge, the details you have given are correct.',
        label: 'Submit application',
        sendingText: 'Sending your application…',
      }}
    />
  );
}

function answerRows(
  application: MembershipApplication,
  config: MembershipConfig,
  change: (field: string) => string,
): SummaryRow[] {
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
