import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { findPageHeading, renderRoute } from './support/render-route.tsx';

describe('notices', () => {
  it('lists every notice newest first with its date', async () => {
    renderRoute('/notices');
    await findPageHeading('Featured notices');
    expect(screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent)).toEqual([
      'Peru Support Group Annual Conference',
      'Annual Report: 2014/2015',
      'Membership discount',
      'Shop online and raise money for the PSG',
    ]);
    expect(screen.getByText('8 May 2013')).toHaveAttribute('datetime', '2013-05-08');
  });

  it('opens a notice from the list and goes back to all notices', async () => {
    const { user } = renderRoute('/notices');
    await findPageHeading();
    await user.click(screen.getByRole('link', { name: 'Membership discount' }));
    await findPageHeading('Membership discount');
    expect(screen.getByText(/A 10% discount is now available/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Membership and how to join' })).toHaveAttribute(
      'href',
      '/join',
    );
    await user.click(screen.getByRole('link', { name: 'All notices' }));
    expect(await findPageHeading('Featured notices')).toBeInTheDocument();
  });

  it('says the annual report is not available instead of linking nowhere', async () => {
    renderRoute('/notices/annual-report-2014-2015');
    await findPageHeading('Annual Report: 2014/2015');
    expect(
      screen.getByText('The annual report 2014/2015 is not available on this site.'),
    ).toBeInTheDocument();
  });

  it('shows the conference notice with a link to the event', async () => {
    renderRoute('/notices/peru-support-group-annual-conference');
    await findPageHeading('Peru Support Group Annual Conference');
    expect(screen.getByText('11am – 5pm')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Conference details' })).toHaveAttribute(
      'href',
      '/events/annual-conference-2016',
    );
  });

  it('shows "Page not found" for an unknown notice', async () => {
    renderRoute('/notices/no-such-notice');
    expect(await findPageHeading('Page not found')).toBeInTheDocument();
  });
});
