import type { I18n } from '@lingui/core';
import { useLingui } from '@lingui/react';
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
import { apiPaths } from '../config/paths.ts';
import { useFormat } from '../lib/use-format.ts';

export function JoinCheckAnswersPage() {
  const { data: config } = useSuspenseQuery(membershipQueries.config());
  const { _ } = useLingui();
  const format = useFormat();
  const check = useCallback(
    (values: Record<string, unknown>) => membershipApplicationSchema.safeParse(values).data ?? null,
    [],
  );
  return (
    <CheckAnswersStep
      title={_('join.check.title')}
      description={_('join.check.description')}
      paths={JOIN_PATHS}
      draftName={MEMBERSHIP_DRAFT}
      apiUrl={apiPaths.memberships}
      check={check}
      rows={(application, change) => answerRows(_, format.pence, application, config, change)}
      heading={_('join.check.heading')}
      send={{
        heading: _('join.check.sendHeading'),
        declaration: _('join.check.declaration'),
        label: _('join.check.send'),
        sendingText: _('join.check.sending'),
      }}
    />
  );
}

function answerRows(
  _: I18n['_'],
  pence: (amount: number) => string,
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
    {
      key: _('form.field.fullName.label'),
      value: application.fullName,
      change: change('fullName'),
    },
    { key: _('form.field.email.label'), value: application.email, change: change('email') },
    {
      key: _('join.field.address.legend'),
      value: address.map((line, index) => (
        // Lines of one address, in order; two lines may read the same.
        <span key={index} className="summary-list__line">
          {line}
        </span>
      )),
      change: change('addressLine1'),
    },
    {
      key: _('join.field.membershipType.legend'),
      value: membershipTypeLabel(config, application.membershipType),
      change: change('membershipType'),
    },
    {
      key: _('join.check.paymentMethod'),
      value:
        application.paymentMethod === 'standing-order'
          ? _('join.field.paymentMethod.standingOrder')
          : _('join.field.paymentMethod.other'),
      change: change('paymentMethod'),
    },
    {
      key: _('join.check.fee'),
      value: !fee
        ? _('join.fee.toBeConfirmed')
        : application.paymentMethod === 'standing-order'
          ? _('join.check.fee.standingOrder', {
              fee: pence(fee.byStandingOrder),
              annual: pence(fee.annual),
              discount: config.standingOrderDiscountPercent,
            })
          : _('join.check.fee.annual', { fee: pence(fee.annual) }),
    },
    {
      key: _('join.field.newsletter.legend'),
      value: application.newsletter ? _('join.check.newsletter.yes') : _('join.check.no'),
      change: change('newsletter'),
    },
    {
      key: _('join.field.giftAid.legend'),
      value: application.giftAid ? _('join.check.giftAid.yes') : _('join.check.no'),
      change: change('giftAid'),
    },
  ];
}

// The names the route table looks for (src/app/routes.tsx).
export { joinStepLoader as loader } from './join.tsx';
export { JoinCheckAnswersPage as Component };
