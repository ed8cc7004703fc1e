import { screen, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it, vi } from 'vitest';
import { server } from './support/msw-server.ts';
import { findPageHeading, renderRoute } from './support/render-route.tsx';

function newsTitles() {
  const news = screen.getByRole('region', { name: 'Latest news' });
  return within(news)
    .getAllByRole('heading', { level: 3 })
    .map((heading) => heading.textContent);
}

describe('home page', () => {
  it('lists the news newest first, each dated, with same-day items in a stable order', async () => {
    renderRoute('/');
    await findPageHeading('Peru Support Group');
    expect(newsTitles()).toEqual([
      'Kuczynski vows to fight corruption',
      'Las Bambas: Vizcarra contributes to the reduction of tension',
      "Peru Support Group's Annual Conference on 5 November",
      'Corruption scandal continues to impact government',
      'Forest restoration reported',
      'Opposition to TPP',
      'Snipping the SNIP',
      'Violence at Las Bambas, again',
    ]);
    const news = screen.getByRole('region', { name: 'Latest news' });
    const firstItem = within(news).getAllByRole('article')[0]!;
    expect(within(firstItem).getByText('24 October 2016')).toHaveAttribute(
      'datetime',
      '2016-10-24',
    );
  });

  it('features the notices, the background topics and joining', async () => {
    renderRoute('/');
    await findPageHeading();
    const notices = screen.getByRole('region', { name: 'Featured notices' });
    expect(
      within(notices)
        .getAllByRole('link')
        .map((link) => link.textContent),
    ).toEqual([
      'Peru Support Group Annual Conference',
      'Annual Report: 2014/2015',
      'Membership discount',
      'Shop online and raise money for the PSG',
    ]);
    const background = screen.getByRole('region', { name: 'Background' });
    expect(within(background).getByRole('link', { name: 'Climate Change' })).toHaveAttribute(
      'href',
      '/background/climate-change',
    );
    const join = screen.getByRole('region', { name: 'Why join the PSG?' });
    expect(within(join).getByRole('link', { name: 'Become a member' })).toHaveAttribute(
      'href',
      '/join',
    );
  });

  it('calls out the conference while it is upcoming, by the clock', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2016-10-25T09:00:00Z'));
    renderRoute('/');
    await findPageHeading();
    const callout = screen.getByRole('region', { name: 'Peru Support Group Annual Conference' });
    expect(callout).toHaveTextContent('Saturday 5 November 2016, 11:00am to 5:00pm');
    expect(within(callout).getByRole('link')).toHaveAttribute(
      'href',
      '/events/annual-conference-2016',
    );
  });

  it('does not call out the conference once it has started', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2016-11-05T11:00:00Z'));
    renderRoute('/');
    await findPageHeading();
    expect(screen.queryByText('Upcoming event')).not.toBeInTheDocument();
  });

  it('opens an article from a teaser and comes back with the browser history', async () => {
    const { user, router } = renderRoute('/');
    await findPageHeading();
    await user.click(screen.getByRole('link', { name: 'Opposition to TPP' }));
    expect(await findPageHeading('Opposition to TPP')).toBeInTheDocument();
    expect(screen.getByText(/Rallies took place in Lima on 12 October/)).toBeInTheDocument();
    await router.navigate(-1);
    expect(await findPageHeading('Peru Support Group')).toBeInTheDocument();
  });

  it('says so when there is no news', async () => {
    server.use(
      http.get('*/content/news/pages/1.json', () =>
        HttpResponse.json({ page: 1, pageCount: 1, pageSize: 10, total: 0, items: [] }),
      ),
    );
    renderRoute('/');
    await findPageHeading();
    expect(screen.getByText('There is no news yet.')).toBeInTheDocument();
  });
});
