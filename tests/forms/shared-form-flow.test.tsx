import { screen, waitFor, within } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';
import { HttpResponse } from 'msw';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { findPageHeading, renderRoute } from '../support/render-route.tsx';
import {
  created,
  createdSlowly,
  invalid,
  mockPost,
  networkError,
  serverError,
  typeInto,
} from './form-test-support.ts';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
const CONFERENCE = '/events/annual-conference-2016/register';

/**
 * The behaviour both signup forms share through src/features/forms (draft, sending, idempotency,
 * the check-answers step), tested once for each. What differs (questions, fees, prices, closed
 * and full) stays in membership-application.test.tsx and event-registration.test.tsx.
 */
const FORMS = [
  {
    name: 'membership application',
    path: '/join',
    heading: 'Join the Peru Support Group',
    checkHeading: 'Check your answers before sending your application',
    send: 'Submit application',
    doneHeading: 'Application sent',
    api: '/api/memberships',
    reference: 'PSG-M-7K3Q9XJ2',
    async fill(user: UserEvent) {
      await typeInto(user, {
        'Full name': 'Ana Torres',
        'Email address': 'ana@example.com',
        'Address line 1': '29 Tavistock Square',
        'Town or city': 'London',
        Postcode: 'wc1h9qu',
      });
      await user.click(screen.getByRole('radio', { name: 'Individual' }));
      await user.click(screen.getByRole('radio', { name: 'By standing order' }));
    },
    choice: 'Individual',
    refused: { field: 'membershipType', group: 'Type of membership' },
    message: 'Select a type of membership',
  },
  {
    name: 'conference registration',
    path: CONFERENCE,
    heading: 'Register for Peru Support Group Annual Conference',
    checkHeading: 'Check your answers before registering',
    send: 'Register',
    doneHeading: 'Registration complete',
    api: '/api/events/annual-conference-2016/registrations',
    reference: 'PSG-E-4H8N2WQC',
    async fill(user: UserEvent) {
      await typeInto(user, { 'Full name': 'Ana Torres', 'Email address': 'ana@example.com' });
      await user.click(screen.getByRole('radio', { name: 'Non-members' }));
    },
    choice: 'Non-members',
    refused: { field: 'attendance', group: 'Attending as' },
    message: 'Select whether you are a member, a concession or a non-member',
  },
] as const;

beforeEach(() => {
  sessionStorage.clear();
  // Before the 2016 conference, so its registration is open (Date only: timers stay real).
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date('2016-10-20T12:00:00Z'));
});

// Each test walks a whole journey, several pages; on a loaded machine that can pass 15 s.
describe.each(FORMS)('$name', { timeout: 30_000 }, (form) => {
  async function openForm() {
    const view = renderRoute(form.path);
    await findPageHeading(form.heading);
    await screen.findByLabelText('Full name');
    return view;
  }

  async function toCheckAnswers(user: UserEvent) {
    await form.fill(user);
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    await findPageHeading(form.checkHeading);
  }

  it('sends only once when the send button is clicked twice', async () => {
    const sent = mockPost(form.api, createdSlowly(form.reference));
    const { user } = await openForm();
    await toCheckAnswers(user);
    await user.dblClick(screen.getByRole('button', { name: form.send }));

    await findPageHeading(form.doneHeading);
    expect(screen.getByText(form.reference)).toBeInTheDocument();
    expect(sent).toHaveLength(1);
    expect(sent[0]?.key).toMatch(UUID);
  });

  it('keeps the answers through a server error and a dropped connection; "Try again" sends once with the same key', async () => {
    let accepted = 0;
    const sent = mockPost(form.api, serverError(), networkError(), () => {
      accepted += 1;
      return HttpResponse.json({ reference: form.reference }, { status: 201 });
    });
    const { user } = await openForm();
    await toCheckAnswers(user);
    await user.click(screen.getByRole('button', { name: form.send }));

    let problem = await screen.findByRole('alert', { name: 'Your answers have not been sent' });
    await waitFor(() => expect(problem).toHaveFocus());
    expect(problem).toHaveTextContent('Something went wrong on our side. Try again in a moment.');
    expect(screen.getByText('Ana Torres')).toBeInTheDocument();
    await user.click(within(problem).getByRole('button', { name: 'Try again' }));
    await waitFor(() => expect(sent).toHaveLength(2));
    problem = await screen.findByRole('alert', { name: 'Your answers have not been sent' });
    await waitFor(() => expect(problem).toHaveTextContent('Check your internet connection'));
    await user.click(within(problem).getByRole('button', { name: 'Try again' }));

    await findPageHeading(form.doneHeading);
    expect(accepted).toBe(1);
    expect(new Set(sent.map((request) => request.key)).size).toBe(1);
  });

  it('uses a new key when the answers change after a failed send', async () => {
    const sent = mockPost(form.api, serverError(), created(form.reference));
    const { user } = await openForm();
    await toCheckAnswers(user);
    await user.click(screen.getByRole('button', { name: form.send }));
    await screen.findByRole('alert', { name: 'Your answers have not been sent' });

    await user.click(screen.getByRole('link', { name: 'Change full name' }));
    await waitFor(() => expect(screen.getByRole('textbox', { name: 'Full name' })).toHaveFocus());
    await typeInto(user, { 'Full name': 'Ana María Torres' });
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    await findPageHeading(form.checkHeading);
    await user.click(screen.getByRole('button', { name: form.send }));
    await findPageHeading(form.doneHeading);

    expect(sent).toHaveLength(2);
    expect(sent[1]?.key).toMatch(UUID);
    expect(sent[1]?.key).not.toBe(sent[0]?.key);
  });

  it('shows the server’s 422 messages on the fields, with every answer kept', async () => {
    mockPost(form.api, invalid({ [form.refused.field]: [form.message] }, ['Check your answers']));
    const { user } = await openForm();
    await toCheckAnswers(user);
    await user.click(screen.getByRole('button', { name: form.send }));

    await findPageHeading(form.heading);
    const summary = await screen.findByRole('alert', { name: 'There is a problem' });
    await waitFor(() => expect(summary).toHaveFocus());
    expect(summary).toHaveTextContent('Check your answers');
    expect(within(summary).getByRole('link', { name: form.message })).toBeVisible();
    expect(screen.getByRole('group', { name: form.refused.group })).toHaveAccessibleDescription(
      expect.stringContaining(`Error: ${form.message}`),
    );
    expect(document.title).toMatch(/^Error: /);
    expect(screen.getByRole('textbox', { name: 'Full name' })).toHaveValue('Ana Torres');
    expect(screen.getByRole('radio', { name: form.choice })).toBeChecked();
  });

  it('shows the server’s message when there have been too many attempts', async () => {
    mockPost(form.api, () =>
      HttpResponse.json({ message: 'Too many attempts. Wait a minute.' }, { status: 429 }),
    );
    const { user } = await openForm();
    await toCheckAnswers(user);
    await user.click(screen.getByRole('button', { name: form.send }));

    const problem = await screen.findByRole('alert', { name: 'Your answers have not been sent' });
    expect(problem).toHaveTextContent('Too many attempts. Wait a minute.');
    expect(within(problem).getByRole('button', { name: 'Try again' })).toBeInTheDocument();
  });

  it('brings back the answers after a reload, and forgets them once stored', async () => {
    const first = await openForm();
    await form.fill(first.user);
    first.unmount();

    mockPost(form.api, created(form.reference));
    const second = await openForm();
    expect(screen.getByRole('textbox', { name: 'Full name' })).toHaveValue('Ana Torres');
    expect(screen.getByRole('radio', { name: form.choice })).toBeChecked();
    await second.user.click(screen.getByRole('button', { name: 'Continue' }));
    await findPageHeading(form.checkHeading);
    await second.user.click(screen.getByRole('button', { name: form.send }));
    await findPageHeading(form.doneHeading);
    second.unmount();

    await openForm();
    expect(screen.getByRole('textbox', { name: 'Full name' })).toHaveValue('');
    expect(screen.getByRole('radio', { name: form.choice })).not.toBeChecked();
  });

  it.each(['check-answers', 'confirmation'])(
    'sends nobody to %s with nothing in it: back to the form',
    async (step) => {
      renderRoute(`${form.path}/${step}`);
      expect(await findPageHeading(form.heading)).toBeInTheDocument();
    },
  );
});
