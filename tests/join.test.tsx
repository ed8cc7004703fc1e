import { screen, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { server } from './support/msw-server.ts';
import { findPageHeading, renderRoute } from './support/render-route.tsx';

describe('join page', () => {
  it('gives the reasons to join and the standing-order discount', async () => {
    renderRoute('/join');
    await findPageHeading('Join the Peru Support Group');
    const why = screen.getByRole('region', { name: 'Why join the PSG?' });
    expect(within(why).getAllByRole('listitem')).toHaveLength(3);
    expect(
      screen.getByText(
        'Pay by standing order and get a 10% discount on your annual membership fee.',
      ),
    ).toBeInTheDocument();
  });

  it('says the membership secretary will confirm the fee when none is published', async () => {
    renderRoute('/join');
    await findPageHeading();
    expect(screen.getByText(/the membership secretary will confirm your fee/)).toBeInTheDocument();
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
  });

  it('shows each fee and its standing-order price once fees are configured', async () => {
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
    renderRoute('/join');
    await findPageHeading();
    const table = screen.getByRole('table', { name: 'Annual membership fees' });
    const rows = within(table)
      .getAllByRole('row')
      .slice(1)
      .map((row) => row.textContent);
    expect(rows).toEqual(['Individual£25£22.50', 'Concession£12.50£11.25']);
  });
});
