import { screen, waitFor, within } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { beforeEach, describe, expect, it } from 'vitest';
import {
  GIFT_AID_DECLARATION,
  NEWSLETTER_CONSENT,
} from '../../src/features/membership/membership-application-schema.ts';
import { server } from '../support/msw-server.ts';
import { findPageHeading, renderRoute } from '../support/render-route.tsx';
import { testI18n } from '../support/test-i18n.ts';
import { created, mockPost, pasteInto, typeInto } from './form-test-support.ts';

const english = testI18n('en');
const NEWSLETTER_CONSENT_TEXT = english._(NEWSLETTER_CONSENT);
const GIFT_AID_DECLARATION_TEXT = english._(GIFT_AID_DECLARATION);

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

beforeEach(() => {
  sessionStorage.clear();
});

async function openForm() {
  const view = renderRoute('/join');
  await findPageHeading('Join the Peru Support Group');
  // The form's code arrives as its own chunk.
  await screen.findByLabelText('Full name');
  return view;
}

async function fillValidApplication(user: UserEvent) {
  await typeInto(user, {
    'Full name': 'Ana Torres',
    'Email address': 'ana@example.com',
    'Address line 1': '29 Tavistock Square',
    'Town or city': 'London',
    Postcode: 'wc1h9qu',
  });
  await user.click(screen.getByRole('radio', { name: 'Individual' }));
  await user.click(screen.getByRole('radio', { name: 'By standing order' }));
}

async function continueToCheckAnswers(user: UserEvent) {
  await user.click(screen.getByRole('button', { name: 'Continue' }));
  await findPageHeading('Check your answers before sending your application');
}

function withFees() {
  server.use(
    http.get('*/content/membership.json', () =>
      HttpResponse.json({
        standingOrderDiscountPercent: 10,
        types: [
          { id: 'individual', label: 'Individual' },
          { id: 'concession', label: 'Concession' },
        ],
        fees: { individual: 2500, concession: 1250 },
      }),
    ),
  );
}

describe('membership application: the questions', () => {
  it('asks each question with the right autocomplete and marks optional ones', async () => {
    await openForm();
    const expected: [string | RegExp, string][] = [
      ['Full name', 'name'],
      [/^Email address/, 'email'],
      ['Address line 1', 'address-line1'],
      ['Address line 2 (optional)', 'address-line2'],
      ['Town or city', 'address-level2'],
      [/^Postcode/, 'postal-code'],
      ['Country', 'country-name'],
    ];
    for (const [label, autocomplete] of expected) {
      expect(screen.getByRole('textbox', { name: label })).toHaveAttribute(
        'autocomplete',
        autocomplete,
      );
    }
    expect(screen.getByRole('textbox', { name: 'Country' })).toHaveValue('United Kingdom');
    expect(screen.queryByText('*')).not.toBeInTheDocument();
  });

  it('offers the membership types from the content and the standing-order discount', async () => {
    await openForm();
    const types = screen.getByRole('group', { name: 'Type of membership' });
    expect(
      within(types)
        .getAllByRole('radio')
        .map((radio) => radio.getAttribute('value')),
    ).toEqual(['individual', 'concession']);
    expect(screen.getByRole('radio', { name: 'By standing order' })).toHaveAccessibleDescription(
      '10% off the annual fee',
    );
    expect(screen.getByRole('radio', { name: 'Another way' })).not.toBeChecked();
  });

  it('has unticked opt-ins worded exactly as the server records them', async () => {
    await openForm();
    const newsletter = screen.getByRole('checkbox', { name: NEWSLETTER_CONSENT_TEXT });
    const giftAid = screen.getByRole('checkbox', { name: GIFT_AID_DECLARATION_TEXT });
    expect(newsletter).not.toBeChecked();
    expect(giftAid).not.toBeChecked();
    expect(screen.getByRole('group', { name: 'Newsletter (optional)' })).toContainElement(
      newsletter,
    );
    expect(screen.getByRole('group', { name: 'Gift Aid (optional)' })).toContainElement(giftAid);
  });

  it('hides the honeypot from people and from assistive technology', async () => {
    await openForm();
    expect(
      screen.queryByRole('textbox', { name: 'Leave this field empty' }),
    ).not.toBeInTheDocument();
    const trap = screen.getByRole('textbox', { name: 'Leave this field empty', hidden: true });
    expect(trap).toHaveAttribute('name', 'website');
    expect(trap).toHaveAttribute('tabindex', '-1');
    expect(trap).toHaveAttribute('autocomplete', 'off');
  });
});

describe('membership application: fees', () => {
  it('says the membership secretary will confirm the fee while none is published', async () => {
    const { user } = await openForm();
    const types = screen.getByRole('group', { name: 'Type of membership' });
    expect(types).toHaveAccessibleDescription('The membership secretary will confirm the fee.');
    await user.click(screen.getByRole('radio', { name: 'Individual' }));
    expect(screen.queryByText(/£/)).not.toBeInTheDocument();
  });

  it('shows the fee and the standing-order price for the chosen type', async () => {
    withFees();
    const { user } = await openForm();
    const types = screen.getByRole('group', { name: 'Type of membership' });
    expect(types).not.toHaveAccessibleDescription();

    await user.click(screen.getByRole('radio', { name: 'Individual' }));
    const status = screen
      .getAllByRole('status')
      .find((region) => region.textContent?.includes('membership:'));
    expect(status).toHaveTextContent(
      'Individual membership: £25 a year, or £22.50 a year by standing order.',
    );
    await user.click(screen.getByRole('radio', { name: 'Concession' }));
    expect(status).toHaveTextContent(
      'Concession membership: £12.50 a year, or £11.25 a year by standing order.',
    );
  });
});

describe('membership application: errors', () => {
  it('on an empty submit, focuses "There is a problem", titles the page "Error:" and marks each field', async () => {
    const { user } = await openForm();
    expect(document.title).toBe('Join the Peru Support Group – Peru Support Group');
    await user.click(screen.getByRole('button', { name: 'Continue' }));

    const summary = await screen.findByRole('alert', { name: 'There is a problem' });
    await waitFor(() => expect(summary).toHaveFocus());
    expect(document.title).toBe('Error: Join the Peru Support Group – Peru Support Group');

    expect(
      within(summary)
        .getAllByRole('link')
        .map((link) => link.textContent),
    ).toEqual([
      'Enter your full name',
      'Enter your email address',
      'Enter the first line of your address',
      'Enter your town or city',
      'Enter your postcode',
      'Select a type of membership',
      'Select how you will pay',
    ]);

    const textFields: [string | RegExp, string][] = [
      ['Full name', 'Enter your full name'],
      [/^Email address/, 'Enter your email address'],
      ['Address line 1', 'Enter the first line of your address'],
      ['Town or city', 'Enter your town or city'],
      [/^Postcode/, 'Enter your postcode'],
    ];
    for (const [label, message] of textFields) {
      const box = screen.getByRole('textbox', { name: label });
      expect(box).toHaveAttribute('aria-invalid', 'true');
      expect(box).toHaveAccessibleDescription(expect.stringContaining(`Error: ${message}`));
    }
    expect(screen.getByRole('textbox', { name: 'Country' })).not.toHaveAttribute('aria-invalid');
    expect(screen.getByRole('group', { name: 'Type of membership' })).toHaveAccessibleDescription(
      expect.stringContaining('Error: Select a type of membership'),
    );
    expect(screen.getByRole('group', { name: 'How will you pay?' })).toHaveAccessibleDescription(
      'Error: Select how you will pay',
    );
  });

  it.each([
    [
      'Email address',
      'ana@',
      'Enter an email address in the correct format, like name@example.com',
    ],
    ['Postcode', 'WC1H 9Q', 'Enter a real postcode, like WC1H 9QU'],
    ['Country', '', 'Enter your country'],
  ])('says what to fix in %s', async (label, value, message) => {
    const { user } = await openForm();
    await fillValidApplication(user);
    await typeInto(user, { [label]: value });
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    expect(await screen.findByRole('link', { name: message })).toBeInTheDocument();
    expect(
      screen.getByRole('textbox', { name: new RegExp(`^${label}`) }),
    ).toHaveAccessibleDescription(expect.stringContaining(`Error: ${message}`));
  });

  it.each([
    ['Full name', 201, 'Full name must be 200 characters or fewer'],
    ['Email address', 255, 'Email address must be 254 characters or fewer'],
    ['Address line 1', 201, 'Address line 1 must be 200 characters or fewer'],
    ['Address line 2 (optional)', 201, 'Address line 2 must be 200 characters or fewer'],
    ['Town or city', 101, 'Town or city must be 100 characters or fewer'],
    ['Postcode', 21, 'Postcode must be 20 characters or fewer'],
    ['Country', 101, 'Country must be 100 characters or fewer'],
  ])('limits the length of %s', async (label, length, message) => {
    const { user } = await openForm();
    await fillValidApplication(user);
    await pasteInto(user, label, 'a'.repeat(length));
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    expect(await screen.findByRole('link', { name: message })).toBeInTheDocument();
  });

  it('accepts a postcode outside the UK being left empty', async () => {
    const { user } = await openForm();
    await fillValidApplication(user);
    await typeInto(user, { Postcode: '', Country: 'Peru', 'Town or city': 'Lima' });
    await continueToCheckAnswers(user);
    expect(screen.getByText('Peru')).toBeInTheDocument();
  });

  it('moves focus to each field from its link in the summary', async () => {
    const { user } = await openForm();
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    const summary = await screen.findByRole('alert', { name: 'There is a problem' });

    const targets: [string, () => HTMLElement][] = [
      ['Enter your full name', () => screen.getByRole('textbox', { name: 'Full name' })],
      ['Enter your email address', () => screen.getByRole('textbox', { name: /^Email address/ })],
      ['Enter your postcode', () => screen.getByRole('textbox', { name: /^Postcode/ })],
      ['Select a type of membership', () => screen.getByRole('radio', { name: 'Individual' })],
      ['Select how you will pay', () => screen.getByRole('radio', { name: 'By standing order' })],
    ];
    for (const [message, field] of targets) {
      await user.click(within(summary).getByRole('link', { name: message }));
      expect(field()).toHaveFocus();
    }
  });

  it('keeps every answer after a failed submit and clears messages once fixed', async () => {
    const { user } = await openForm();
    await typeInto(user, { 'Full name': 'Ana Torres', 'Address line 1': '29 Tavistock Square' });
    await user.click(screen.getByRole('radio', { name: 'Concession' }));
    await user.click(screen.getByRole('checkbox', { name: NEWSLETTER_CONSENT_TEXT }));
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    await screen.findByRole('alert', { name: 'There is a problem' });

    expect(screen.getByRole('textbox', { name: 'Full name' })).toHaveValue('Ana Torres');
    expect(screen.getByRole('textbox', { name: 'Address line 1' })).toHaveValue(
      '29 Tavistock Square',
    );
    expect(screen.getByRole('radio', { name: 'Concession' })).toBeChecked();
    expect(screen.getByRole('checkbox', { name: NEWSLETTER_CONSENT_TEXT })).toBeChecked();

    await fillValidApplication(user);
    await continueToCheckAnswers(user);
    expect(document.title).toBe(
      'Check your answers before sending your application – Peru Support Group',
    );
  });
});

describe('membership application: check your answers', () => {
  it('lists the answers, with the postcode tidied, and "Change" returns to the field', async () => {
    const { user } = await openForm();
    await fillValidApplication(user);
    await user.click(screen.getByRole('checkbox', { name: GIFT_AID_DECLARATION_TEXT }));
    await continueToCheckAnswers(user);

    const answers = Object.fromEntries(
      screen
        .getAllByRole('term')
        .map((term) => [term.textContent, term.nextElementSibling?.textContent]),
    );
    expect(answers).toEqual({
      'Full name': 'Ana Torres',
      'Email address': 'ana@example.com',
      'Postal address': '29 Tavistock SquareLondonWC1H 9QUUnited Kingdom',
      'Type of membership': 'Individual',
      'How you will pay': 'By standing order',
      Fee: 'The membership secretary will confirm the fee.',
      Newsletter: 'No',
      'Gift Aid': 'Yes, Gift Aid my membership',
    });

    await user.click(screen.getByRole('link', { name: 'Change email address' }));
    await findPageHeading('Join the Peru Support Group');
    const email = await screen.findByRole('textbox', { name: /^Email address/ });
    await waitFor(() => expect(email).toHaveFocus());
    expect(email).toHaveValue('ana@example.com');
    expect(screen.getByRole('textbox', { name: 'Full name' })).toHaveValue('Ana Torres');
    expect(screen.getByRole('radio', { name: 'By standing order' })).toBeChecked();

    await typeInto(user, { 'Email address': 'ana.torres@example.com' });
    await continueToCheckAnswers(user);
    expect(screen.getByText('ana.torres@example.com')).toBeInTheDocument();
  });

  it('shows the fee for the chosen type and way of paying once fees are published', async () => {
    withFees();
    const { user } = await openForm();
    await fillValidApplication(user);
    await continueToCheckAnswers(user);
    expect(screen.getByText('£22.50 a year by standing order (£25 less 10%)')).toBeInTheDocument();
  });

  it('keeps the answers when the browser goes Back from check answers', async () => {
    const { user, router } = await openForm();
    await fillValidApplication(user);
    await continueToCheckAnswers(user);
    await router.navigate(-1);
    expect(await screen.findByRole('textbox', { name: 'Full name' })).toHaveValue('Ana Torres');
    expect(screen.getByRole('radio', { name: 'Individual' })).toBeChecked();
  });
});

describe('membership application: sending', () => {
  it('sends the answers once and confirms with the reference number', async () => {
    const sent = mockPost('/api/memberships', created('PSG-M-7K3Q9XJ2'));
    const { user } = await openForm();
    await fillValidApplication(user);
    await continueToCheckAnswers(user);
    await user.click(screen.getByRole('button', { name: 'Submit application' }));

    await findPageHeading('Application sent');
    expect(screen.getByText('PSG-M-7K3Q9XJ2')).toBeInTheDocument();
    expect(
      screen.getByText(/The membership secretary will contact you to confirm your membership fee/),
    ).toBeInTheDocument();

    expect(sent).toHaveLength(1);
    expect(sent[0]?.key).toMatch(UUID);
    expect(sent[0]?.contentType).toBe('application/json');
    expect(sent[0]?.body).toEqual({
      fullName: 'Ana Torres',
      email: 'ana@example.com',
      addressLine1: '29 Tavistock Square',
      town: 'London',
      postcode: 'WC1H 9QU',
      country: 'United Kingdom',
      membershipType: 'individual',
      paymentMethod: 'standing-order',
      newsletter: false,
      giftAid: false,
    });
  });
});

describe('membership application: the draft', () => {
  it('brings back every answer after a reload', async () => {
    const first = await openForm();
    await fillValidApplication(first.user);
    await first.user.click(screen.getByRole('checkbox', { name: NEWSLETTER_CONSENT_TEXT }));
    await typeInto(first.user, { 'Address line 2 (optional)': 'Bloomsbury' });
    first.unmount();

    await openForm();
    expect(screen.getByRole('textbox', { name: 'Full name' })).toHaveValue('Ana Torres');
    expect(screen.getByRole('textbox', { name: /^Email address/ })).toHaveValue('ana@example.com');
    expect(screen.getByRole('textbox', { name: 'Address line 2 (optional)' })).toHaveValue(
      'Bloomsbury',
    );
    expect(screen.getByRole('textbox', { name: /^Postcode/ })).toHaveValue('wc1h9qu');
    expect(screen.getByRole('radio', { name: 'Individual' })).toBeChecked();
    expect(screen.getByRole('radio', { name: 'By standing order' })).toBeChecked();
    expect(screen.getByRole('checkbox', { name: NEWSLETTER_CONSENT_TEXT })).toBeChecked();
    expect(screen.getByRole('checkbox', { name: GIFT_AID_DECLARATION_TEXT })).not.toBeChecked();
  });

  it('starts empty when the saved draft is unreadable', async () => {
    sessionStorage.setItem('psg:draft:membership', '{not json');
    await openForm();
    expect(screen.getByRole('textbox', { name: 'Full name' })).toHaveValue('');
    expect(screen.getByRole('textbox', { name: 'Country' })).toHaveValue('United Kingdom');
  });
});
