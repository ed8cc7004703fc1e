import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { findPageHeading, renderRoute } from './support/render-route.tsx';

describe('background', () => {
  it('lists the four background topics', async () => {
    renderRoute('/background');
    await findPageHeading('Background');
    expect(screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent)).toEqual([
      'Historical Overview',
      'Society and Conflict',
      'Climate Change',
      'Why join the PSG?',
    ]);
  });

  it('opens a topic and goes back to the list', async () => {
    const { user } = renderRoute('/background');
    await findPageHeading();
    await user.click(screen.getByRole('link', { name: 'Society and Conflict' }));
    await findPageHeading('Society and Conflict');
    expect(screen.getByText(/indigenous and peasant communities/)).toBeInTheDocument();
    await user.click(screen.getByRole('link', { name: 'All background topics' }));
    expect(await findPageHeading('Background')).toBeInTheDocument();
  });

  it('shows why to join, with a way to become a member', async () => {
    renderRoute('/background/why-join-the-psg');
    await findPageHeading('Why join the PSG?');
    expect(screen.getAllByRole('listitem').map((item) => item.textContent)).toEqual(
      expect.arrayContaining(['Support the work of the Peru Support Group']),
    );
    expect(screen.getByRole('link', { name: 'Become a member' })).toHaveAttribute('href', '/join');
  });

  it('shows "Page not found" for an unknown topic', async () => {
    renderRoute('/background/atlantis');
    expect(await findPageHeading('Page not found')).toBeInTheDocument();
  });
});
