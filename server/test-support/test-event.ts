/** An events.json entry for tests: a conference on 7 November 2030 with three prices. */
export const TEST_EVENT_START = '2030-11-07T11:00:00+00:00';

export function testEvent(changes: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    slug: 'annual-conference-2030',
    name: 'Peru Support Group Annual Conference',
    start: TEST_EVENT_START,
    end: '2030-11-07T17:00:00+00:00',
    timeZone: 'Europe/London',
    venue: {
      name: 'UCL Global Governance Institute',
      streetAddress: '29 – 31 Tavistock Square',
      locality: 'London',
      postalCode: 'WC1H 9QU',
      country: 'GB',
    },
    prices: [
      { id: 'member', label: 'Members', pence: 800 },
      { id: 'concession', label: 'Concessions', pence: 800 },
      { id: 'non-member', label: 'Non-members', pence: 1300 },
    ],
    ...changes,
  };
}
