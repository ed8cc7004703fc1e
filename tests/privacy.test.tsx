import { screen, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { server } from './support/msw-server.ts';
import { findPageHeading, renderRoute } from './support/render-route.tsx';

function definition(term: string): string | null | undefined {
  return screen.getByText(term, { selector: 'dt' }).nextElementSibling?.textContent;
}

describe('privacy notice', () => {
  it('lists what each form stores, why, who sees it and how long, from the settings', async () => {
    renderRoute('/privacy');
    await findPageHeading('Privacy notice');

    expect(screen.getByText('30 November 2026')).toHaveAttribute('datetime', '2026-11-30');
    const registrations = screen.getByRole('region', { name: /Conference registration/ });
    expect(
      within(registrations).getByText(/Deleted automatically 12 months after the event ends/),
    ).toBeInTheDocument();
    expect(
      within(registrations).getByRole('cell', { name: /Access or dietary needs/ }),
    ).toBeInTheDocument();
    const memberships = screen.getByRole('region', { name: /Membership application/ });
    expect(within(memberships).getByText(/never deleted automatically/)).toBeInTheDocument();
    expect(
      within(memberships).getByRole('cell', {
        name: 'The declaration you made, if you ticked the Gift Aid box',
      }),
    ).toBeInTheDocument();
    expect(screen.getByText(/Deleted automatically after 30 days/)).toBeInTheDocument();
  });

  it('says the contact details are not available until the charity sets them', async () => {
    renderRoute('/privacy');
    await findPageHeading('Privacy notice');

    expect(definition('Postal address')).toBe('Not available on this site.');
    expect(definition('Data protection contact')).toBe('Not available on this site.');
  });

  it('shows the contacts and retention the charity set', async () => {
    server.use(
      http.get('*/content/privacy.json', () =>
        HttpResponse.json({
          version: '2027-01-15',
          postalAddress: 'PSG, 1 Example Street, London',
          dataProtectionContact: 'privacy@psg.example',
          registrationRetentionMonths: 6,
        }),
      ),
    );
    renderRoute('/privacy');
    await findPageHeading('Privacy notice');

    expect(definition('Postal address')).toBe('PSG, 1 Example Street, London');
    expect(definition('Data protection contact')).toBe('privacy@psg.example');
    expect(
      screen.getByText(/Deleted automatically 6 months after the event ends/),
    ).toBeInTheDocument();
    expect(screen.getByText('15 January 2027')).toBeInTheDocument();
  });

  it('is linked from the footer and from the membership form', async () => {
    renderRoute('/join');
    await findPageHeading('Join the Peru Support Group');

    const footer = screen.getByRole('navigation', { name: 'Footer' });
    expect(within(footer).getByRole('link', { name: 'Privacy notice' })).toHaveAttribute(
      'href',
      '/privacy',
    );
    expect(await screen.findByRole('link', { name: 'privacy notice' })).toHaveAttribute(
      'href',
      '/privacy',
    );
  });
});
