import { screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { findPageHeading, renderRoute } from './support/render-route.tsx';

function at(instant: string) {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date(instant));
}

describe('conference page', () => {
  it('gives the date, times in London, venue and prices', async () => {
    renderRoute('/events/annual-conference-2016');
    await findPageHeading('Peru Support Group Annual Conference');
    expect(screen.getByText('Human Rights and Development under PPK')).toBeInTheDocument();
    expect(screen.getByText('Saturday 5 November 2016')).toHaveAttribute(
      'datetime',
      '2016-11-05T11:00:00+00:00',
    );
    const definitions = screen.getAllByRole('definition').map((dd) => dd.textContent);
    expect(definitions).toEqual([
      'Saturday 5 November 2016',
      'from 10:30am',
      '11:00am to 5:00pm (UK time)',
      expect.stringMatching(
        /^UCL Global Governance Institute29 – 31 Tavistock SquareLondon WC1H 9QU/,
      ),
    ]);
    expect(screen.getByRole('link', { name: /Find it on OpenStreetMap/ })).toHaveAttribute(
      'href',
      'https://www.openstreetmap.org/search?query=29%20%E2%80%93%2031%20Tavistock%20Square%2C%20London%2C%20WC1H%209QU',
    );

    const prices = screen.getByRole('table', { name: 'Conference prices' });
    const rows = within(prices)
      .getAllByRole('row')
      .slice(1)
      .map((row) => row.textContent);
    expect(rows).toEqual(['Members£8', 'Concessions£8', 'Non-members£13']);
  });

  it('is open for registration before the start', async () => {
    at('2016-11-05T10:59:00Z');
    renderRoute('/events/annual-conference-2016');
    await findPageHeading();
    expect(screen.getByText('Registration is open.')).toBeInTheDocument();
    expect(
      screen.getByText('Please register your attendance in advance if possible.'),
    ).toBeInTheDocument();
  });

  it('says registration is closed once the event has started', async () => {
    at('2016-11-05T11:00:00Z');
    renderRoute('/events/annual-conference-2016');
    await findPageHeading();
    expect(screen.getByText('Registration closed: this event has started.')).toBeInTheDocument();
    expect(screen.queryByText(/register your attendance/)).not.toBeInTheDocument();
  });

  it('says registration is closed after the event', async () => {
    at('2026-11-29T12:00:00Z');
    renderRoute('/events/annual-conference-2016');
    await findPageHeading();
    expect(screen.getByText('Registration closed: this event has finished.')).toBeInTheDocument();
  });

  it('offers the conference as a calendar file', async () => {
    renderRoute('/events/annual-conference-2016');
    await findPageHeading();
    const link = screen.getByRole('link', { name: 'Add to calendar' });
    expect(link).toHaveAttribute('href', '/content/calendar/annual-conference-2016.ics');
    expect(link).toHaveAttribute('download');
  });

  it('says the agenda is not available', async () => {
    renderRoute('/events/annual-conference-2016');
    await findPageHeading();
    expect(
      screen.getByText('The detailed agenda is not available on this site.'),
    ).toBeInTheDocument();
  });

  it('shows "Page not found" for an unknown event', async () => {
    renderRoute('/events/annual-conference-1999');
    expect(await findPageHeading('Page not found')).toBeInTheDocument();
  });
});
