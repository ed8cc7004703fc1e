import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { findPageHeading, renderRoute } from './support/render-route.tsx';

describe('layout and navigation', () => {
  it('marks the current page in the main navigation', async () => {
    renderRoute('/notices');
    await findPageHeading();
    const nav = screen.getByRole('navigation', { name: 'Main' });
    expect(within(nav).getByRole('link', { name: 'Notices' })).toHaveAttribute(
      'aria-current',
      'page',
    );
    expect(within(nav).getByRole('link', { name: 'Home' })).not.toHaveAttribute('aria-current');
  });

  it('marks the section, not the page, on a page inside it', async () => {
    renderRoute('/news/opposition-to-tpp');
    await findPageHeading();
    const nav = screen.getByRole('navigation', { name: 'Main' });
    expect(within(nav).getByRole('link', { name: 'News' })).toHaveAttribute('aria-current', 'true');
  });

  it('reaches every section from the main navigation', async () => {
    const { user } = renderRoute('/');
    await findPageHeading('Peru Support Group');
    const nav = screen.getByRole('navigation', { name: 'Main' });
    for (const [link, heading] of [
      ['News', 'News'],
      ['Notices', 'Featured notices'],
      ['Background', 'Background'],
      ['Join', 'Join the Peru Support Group'],
      ['Home', 'Peru Support Group'],
    ] as const) {
      await user.click(within(nav).getByRole('link', { name: link }));
      expect(await findPageHeading(heading)).toBeInTheDocument();
    }
  });

  it('changes the title and description, focuses the heading and announces the page', async () => {
    const { user } = renderRoute('/');
    await findPageHeading();
    expect(document.title).toBe('Peru Support Group');
    // The first page load leaves focus where the browser put it.
    expect(document.body).toHaveFocus();

    await user.click(screen.getByRole('link', { name: 'Forest restoration reported' }));
    const heading = await findPageHeading('Forest restoration reported');
    await waitFor(() => expect(heading).toHaveFocus());
    expect(document.title).toBe('Forest restoration reported – Peru Support Group');
    // <meta> lives in <head>, outside what Testing Library queries.
    // eslint-disable-next-line testing-library/no-node-access
    expect(document.querySelector('meta[name="description"]')).toHaveAttribute(
      'content',
      expect.stringMatching(/^Monitoring of the Andean Amazon Project/),
    );
    expect(screen.getByText('Forest restoration reported – Peru Support Group')).toHaveAttribute(
      'role',
      'status',
    );
  });

  it('has a skip link that moves focus to the main content', async () => {
    const { user } = renderRoute('/news');
    await findPageHeading();
    await user.tab();
    const skip = screen.getByRole('link', { name: 'Skip to main content' });
    expect(skip).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(screen.getByRole('main')).toHaveFocus();
  });

  it('shows a 404 page with a way home for an unknown address', async () => {
    const { user } = renderRoute('/no/such/page');
    await findPageHeading('Page not found');
    expect(document.title).toBe('Page not found – Peru Support Group');
    await user.click(screen.getByRole('link', { name: 'home page' }));
    expect(await findPageHeading('Peru Support Group')).toBeInTheDocument();
  });
});
