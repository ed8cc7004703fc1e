import { screen, waitFor, within } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { server } from '../support/msw-server.ts';
import { findPageHeading, renderRoute } from '../support/render-route.tsx';
import { created, mockPost, pasteInto, typeInto } from './form-test-support.ts';

const SLUG = 'annual-conference-2016';
const FORM = `/events/${SLUG}/register`;
const API = `/api/events/${SLUG}/registrations`;
const TITLE = 'Register for Peru Support Group Annual Conference';

/** Sets the clock (Date only: timers stay real). The conference starts 2016-11-05 11:00 London. */
function at(instant: string) {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date(instant));
}

beforeEach(() => {
  sessionStorage.clear();
  at('2016-10-20T12:00:00Z');
});

async function openForm() {
  const view = renderRoute(FORM);
  await findPageHeading(TITLE);
  return view;
}

async function fillValidRegistration(user: UserEvent) {
  await typeInto(user, { 'Full name': 'Rosa Quispe', 'Email address': 'rosa@example.com' });
  await user.click(screen.getByRole('radio', { name: 'Non-members' }));
}

async function continueToCheckAnswers(user: UserEvent) {
  await user.click(screen.getByRole('button', { name: 'Continue' }));
  await findPageHeading('Check your answers before registering');
}

function priceStatus() {
  const status = screen
    .getAllByRole('status')
    .find((region) => region.classList.contains('form__price'));
  if (!status) throw new Error('No price status region');
  return status;
}

/** The .ics file behind the "Add to calendar" link, with folded lines joined again. */
function calendarFile(link: HTMLElement): string {
  const href = link.getAttribute('href') ?? '';
  const prefix = 'data:text/calendar;charset=utf-8,';
  expect(href.startsWith(prefix)).toBe(true);
  return decodeURIComponent(href.slice(prefix.length)).replace(/\r\n[ \t]/g, '');
}

describe('conference registration: opening and closing', () => {
  it('is linked from the event page only while registration is open', async () => {
    const view = renderRoute(`/events/${SLUG}`);
    await findPageHeading();
    await view.user.click(screen.getByRole('link', { name: 'Register' }));
    expect(await findPageHeading(TITLE)).toBeInTheDocument();
    view.unmount();

    at('2016-11-05T11:00:00Z');
    renderRoute(`/events/${SLUG}`);
    await findPageHeading('Peru Support Group Annual Conference');
    expect(screen.queryByRole('link', { name: 'Register' })).not.toBeInTheDocument();
  });

  it('says registration is closed, with no form, once the event has started', async () => {
    at('2016-11-05T11:00:00Z');
    renderRoute(FORM);
    expect(await findPageHeading('Registration is closed')).toBeInTheDocument();
    expect(
      screen.getByText('Registration closed when Peru Support Group Annual Conference started.'),
    ).toBeInTheDocument();
    expect(screen.queryByRole('textbox')).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Continue' })).not.toBeInTheDocument();
  });

  it('is still open a minute before the start', async () => {
    at('2016-11-05T10:59:00Z');
    renderRoute(FORM);
    expect(await findPageHeading(TITLE)).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'Full name' })).toBeInTheDocument();
  });

  it('shows "Page not found" for an unknown event', async () => {
    renderRoute('/events/annual-conference-1999/register');
    expect(await findPageHeading('Page not found')).toBeInTheDocument();
  });
});

describe('conference registration: the questions', () => {
  it('asks for name, email, attendance and optional needs, with autocomplete', async () => {
    await openForm();
    expect(screen.getByRole('textbox', { name: 'Full name' })).toHaveAttribute(
      'autocomplete',
      'name',
    );
    expect(screen.getByRole('textbox', { name: /^Email address/ })).toHaveAttribute(
      'autocomplete',
      'email',
    );
    const attendance = screen.getByRole('group', { name: 'Attending as' });
    expect(
      within(attendance)
        .getAllByRole('radio')
        .map((radio) => radio.getAttribute('value')),
    ).toEqual(['member', 'concession', 'non-member']);
    expect(
      screen.getByRole('textbox', { name: 'Access or dietary needs (optional)' }),
    ).toBeInTheDocument();
    expect(
      screen.queryByRole('textbox', { name: 'Leave this field empty' }),
    ).not.toBeInTheDocument();
  });

  it('shows the price for the chosen attendance, and changes it politely', async () => {
    const { user } = await openForm();
    const status = priceStatus();
    expect(status).toHaveTextContent('');
    await user.click(screen.getByRole('radio', { name: 'Members' }));
    expect(status).toHaveTextContent('Your price: £8 (Members)');
    await user.click(screen.getByRole('radio', { name: 'Non-members' }));
    expect(status).toHaveTextContent('Your price: £13 (Non-members)');
    await user.click(screen.getByRole('radio', { name: 'Concessions' }));
    expect(status).toHaveTextContent('Your price: £8 (Concessions)');
  });
});

describe('conference registration: errors', () => {
  it('on an empty submit, focuses the summary, titles the page "Error:" and marks each field', async () => {
    const { user } = await openForm();
    await user.click(screen.getByRole('button', { name: 'Continue' }));

    const summary = await screen.findByRole('alert', { name: 'There is a problem' });
    await waitFor(() => expect(summary).toHaveFocus());
    expect(document.title).toBe(`Error: ${TITLE} – Peru Support Group`);
    expect(
      within(summary)
        .getAllByRole('link')
        .map((link) => link.textContent),
    ).toEqual([
      'Enter your full name',
      'Enter your email address',
      'Select whether you are a member, a concession or a non-member',
    ]);
    expect(screen.getByRole('textbox', { name: 'Full name' })).toHaveAccessibleDescription(
      'Error: Enter your full name',
    );
    expect(screen.getByRole('textbox', { name: /^Email address/ })).toHaveAttribute(
      'aria-invalid',
      'true',
    );
    expect(screen.getByRole('group', { name: 'Attending as' })).toHaveAccessibleDescription(
      'Error: Select whether you are a member, a concession or a non-member',
    );

    await user.click(within(summary).getByRole('link', { name: /^Select whether/ }));
    expect(screen.getByRole('radio', { name: 'Members' })).toHaveFocus();
    await user.click(within(summary).getByRole('link', { name: 'Enter your email address' }));
    expect(screen.getByRole('textbox', { name: /^Email address/ })).toHaveFocus();
  });

  it.each([
    [
      'Email address',
      'rosa.example.com',
      'Enter an email address in the correct format, like name@example.com',
    ],
    ['Full name', 'a'.repeat(201), 'Full name must be 200 characters or fewer'],
    [
      'Access or dietary needs (optional)',
      'a'.repeat(1001),
      'Access or dietary needs must be 1000 characters or fewer',
    ],
  ])('says what to fix in %s, keeping the answers', async (label, value, message) => {
    const { user } = await openForm();
    await fillValidRegistration(user);
    await pasteInto(user, label, value);
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    expect(await screen.findByRole('link', { name: message })).toBeInTheDocument();
    expect(screen.getByLabelText(label)).toHaveAccessibleDescription(
      expect.stringContaining(`Error: ${message}`),
    );
    expect(screen.getByLabelText(label)).toHaveValue(value);
    expect(screen.getByRole('radio', { name: 'Non-members' })).toBeChecked();
  });
});

describe('conference registration: check answers and sending', () => {
  it('lists the answers and "Change" returns to the field with the answers kept', async () => {
    const { user } = await openForm();
    await fillValidRegistration(user);
    await typeInto(user, { 'Access or dietary needs (optional)': 'Vegetarian' });
    await continueToCheckAnswers(user);

    const answers = Object.fromEntries(
      screen
        .getAllByRole('term')
        .map((term) => [term.textContent, term.nextElementSibling?.textContent]),
    );
    expect(answers).toEqual({
      'Full name': 'Rosa Quispe',
      'Email address': 'rosa@example.com',
      'Attending as': 'Non-members (£13)',
      'Access or dietary needs': 'Vegetarian',
    });

    await user.click(screen.getByRole('link', { name: 'Change attending as' }));
    await findPageHeading(TITLE);
    const chosen = screen.getByRole('radio', { name: 'Non-members' });
    expect(chosen).toBeChecked();
    await waitFor(() => expect(chosen).toHaveFocus());
    await user.click(screen.getByRole('radio', { name: 'Members' }));
    await continueToCheckAnswers(user);
    expect(screen.getByText('Members (£8)')).toBeInTheDocument();
  });

  it('registers once and confirms with the reference, the day and a calendar file', async () => {
    const sent = mockPost(API, created('PSG-E-4H8N2WQC'));
    const { user } = await openForm();
    await fillValidRegistration(user);
    await continueToCheckAnswers(user);
    await user.click(screen.getByRole('button', { name: 'Register' }));

    await findPageHeading('Registration complete');
    expect(screen.getByText('PSG-E-4H8N2WQC')).toBeInTheDocument();
    expect(screen.getByText(/We look forward to seeing you on the day/)).toHaveTextContent(
      'Saturday 5 November 2016',
    );
    expect(screen.getByText('29 – 31 Tavistock Square', { exact: false })).toBeInTheDocument();

    const link = screen.getByRole('link', { name: 'Add to calendar' });
    expect(link).toHaveAttribute('download', `${SLUG}.ics`);
    const ics = calendarFile(link);
    expect(ics).toContain('BEGIN:VEVENT');
    expect(ics).toContain('SUMMARY:Peru Support Group Annual Conference');
    expect(ics).toContain('DTSTART:20161105T110000Z');
    expect(ics).toContain('DTEND:20161105T170000Z');
    expect(ics).toContain(
      'LOCATION:UCL Global Governance Institute\\, 29 – 31 Tavistock Square\\, London WC1H 9QU',
    );
    expect(ics).toContain('PSG-E-4H8N2WQC');

    expect(sent).toHaveLength(1);
    expect(sent[0]?.body).toEqual({
      fullName: 'Rosa Quispe',
      email: 'rosa@example.com',
      attendance: 'non-member',
    });
  });

  it('writes British Summer Time events as the right UTC instants', async () => {
    server.use(
      http.get('*/content/events.json', () =>
        HttpResponse.json({
          events: [
            {
              slug: 'summer-meeting-2017',
              name: 'Summer meeting',
              start: '2017-06-10T10:00:00+01:00',
              end: '2017-06-10T16:30:00+01:00',
              timeZone: 'Europe/London',
              venue: {
                name: 'Hall',
                streetAddress: '1 Street',
                locality: 'London',
                postalCode: 'WC1H 9QU',
                country: 'GB',
              },
              prices: [{ id: 'member', label: 'Members', pence: 800 }],
            },
          ],
        }),
      ),
    );
    mockPost('/api/events/summer-meeting-2017/registrations', created('PSG-E-SUMMER17'));
    at('2017-05-01T12:00:00Z');
    const { user } = renderRoute('/events/summer-meeting-2017/register');
    await findPageHeading('Register for Summer meeting');
    await fillValidRegistrationWith(user, 'Members');
    await continueToCheckAnswers(user);
    await user.click(screen.getByRole('button', { name: 'Register' }));
    await findPageHeading('Registration complete');
    const ics = calendarFile(screen.getByRole('link', { name: 'Add to calendar' }));
    expect(ics).toContain('DTSTART:20170610T090000Z');
    expect(ics).toContain('DTEND:20170610T153000Z');
  });

  it('says "This event is full" when the server has no places left', async () => {
    mockPost(API, () =>
      HttpResponse.json({ error: 'full', message: 'This event is full.' }, { status: 409 }),
    );
    const { user } = await openForm();
    await fillValidRegistration(user);
    await continueToCheckAnswers(user);
    await user.click(screen.getByRole('button', { name: 'Register' }));
    expect(await findPageHeading('This event is full')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Register' })).not.toBeInTheDocument();
  });

  it('says registration is closed when the server has closed it', async () => {
    mockPost(API, () =>
      HttpResponse.json(
        { error: 'closed', message: 'Registration has closed: this event has started.' },
        { status: 409 },
      ),
    );
    const { user } = await openForm();
    await fillValidRegistration(user);
    await continueToCheckAnswers(user);
    await user.click(screen.getByRole('button', { name: 'Register' }));
    expect(await findPageHeading('Registration is closed')).toBeInTheDocument();
  });
});

async function fillValidRegistrationWith(user: UserEvent, attendance: string) {
  await typeInto(user, { 'Full name': 'Rosa Quispe', 'Email address': 'rosa@example.com' });
  await user.click(screen.getByRole('radio', { name: attendance }));
}
