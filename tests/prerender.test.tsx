import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { screen } from '@testing-library/react';
import { act } from 'react';
import type { Root } from 'react-dom/client';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { mountApp } from '../src/app/browser-app.tsx';
import { serialiseHandoff, type Handoff } from '../src/app/handoff.ts';
import type { RenderedPage } from '../src/app/render-page.tsx';
import { formatLondonDay } from '../src/lib/dates.ts';
import { currentMinute } from '../src/lib/use-now.ts';
import { server } from './support/msw-server.ts';
import { findPageHeading } from './support/render-route.tsx';

const run = promisify(execFile);

/** The page as the build makes it, rendered in a separate Node process (see the helper). */
async function prerenderUrl(url: string, renderedAt: number): Promise<RenderedPage> {
  const { stdout } = await run(process.execPath, [
    '--import',
    'tsx',
    'tests/support/prerender-in-node.ts',
    url,
    String(renderedAt),
  ]);
  return JSON.parse(stdout) as RenderedPage;
}

let root: Root | undefined;
// The app is mounted here the way main.tsx does it, outside Testing Library's render().
beforeAll(() => {
  (globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;
});
afterEach(() => {
  act(() => root?.unmount());
  root = undefined;
  document.body.replaceChildren();
  window.history.replaceState(null, '', '/');
});

/** Puts a prerendered page in the document, as the browser receives it, and starts the app. */
async function loadPrerendered(url: string, renderedAt = Date.now()) {
  const prerendered = await prerenderUrl(url, renderedAt);
  window.history.replaceState(null, '', url);
  document.body.innerHTML = `<div id="root">${prerendered.body}</div>`;
  // The page's own HTML is the starting point here, as in the browser.
  // eslint-disable-next-line testing-library/no-node-access
  const container = document.getElementById('root')!;
  const contentRequests: string[] = [];
  server.events.on('request:start', ({ request }) => contentRequests.push(request.url));
  await act(async () => {
    root = await mountApp(container, JSON.parse(serialiseHandoff(prerendered.handoff)) as Handoff);
  });
  server.events.removeAllListeners();
  return { prerendered, contentRequests };
}

/** Intl's `format` is a getter returning a bound function: spying on it sees every use. */
function spyOnFormat(prototype: Intl.DateTimeFormat | Intl.NumberFormat) {
  return vi.spyOn(prototype as { readonly format: unknown }, 'format', 'get');
}

// Each test renders its page in a separate Node process first, which is slow on a busy machine.
describe('prerendered pages', { timeout: 30_000 }, () => {
  it('render the page with its title and description for <head>', async () => {
    const prerendered = await prerenderUrl('/news/opposition-to-tpp', Date.now());
    expect(prerendered.head).toMatch(/^<title>Opposition to TPP – Peru Support Group<\/title>/);
    expect(prerendered.head).toContain(
      '<meta name="description" content="Rallies took place in Lima',
    );
    expect(prerendered.body).toContain('<h1>Opposition to TPP</h1>');
    expect(prerendered.body).not.toContain('<title>');
  });

  it('hydrate without warnings and without fetching the content again', async () => {
    const { contentRequests } = await loadPrerendered('/news/violence-at-las-bambas-again');
    // Any hydration mismatch would have been logged, and tests fail on console.error.
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(
      'Violence at Las Bambas, again',
    );
    expect(contentRequests).toEqual([]);
  });

  it('hydrate a page rendered before the conference and then show the visitor’s clock', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2016-11-06T12:00:00Z'));
    await loadPrerendered('/events/annual-conference-2016', Date.parse('2016-10-01T12:00:00Z'));
    expect(
      await screen.findByText('Registration closed: this event has finished.'),
    ).toBeInTheDocument();
  });

  it('hydrate with the dates the prerender formatted, formatting none again', async () => {
    // A page's first Intl formatter is a long task at hydration; every format goes through one
    // of these.
    const formats = [
      spyOnFormat(Intl.DateTimeFormat.prototype),
      vi.spyOn(Intl.DateTimeFormat.prototype, 'formatToParts'),
      spyOnFormat(Intl.NumberFormat.prototype),
    ];
    const { prerendered } = await loadPrerendered('/');
    expect(Object.keys(prerendered.handoff.formatted)).toContain('en date 2016-10-24');
    expect(screen.getAllByText('24 October 2016')[0]).toBeInTheDocument();
    for (const format of formats) expect(format).not.toHaveBeenCalled();
  });

  it('format afresh what the prerender did not hand over', async () => {
    const formats = spyOnFormat(Intl.DateTimeFormat.prototype);
    const prerendered = await prerenderUrl('/', Date.now());
    window.history.replaceState(null, '', '/');
    document.body.innerHTML = `<div id="root">${prerendered.body}</div>`;
    await act(async () => {
      // eslint-disable-next-line testing-library/no-node-access
      root = await mountApp(document.getElementById('root')!, {
        ...prerendered.handoff,
        formatted: {},
      });
    });
    expect(screen.getAllByText('24 October 2016')[0]).toBeInTheDocument();
    expect(formats).toHaveBeenCalled();
  });

  it('print the date the page is printed on, not the date it was made', async () => {
    await loadPrerendered('/notices', Date.parse('2016-10-01T12:00:00Z'));
    expect(screen.getByText(/, printed on Saturday 1 October 2016$/)).toBeInTheDocument();
    act(() => {
      window.dispatchEvent(new Event('beforeprint'));
    });
    const today = formatLondonDay(new Date(currentMinute()).toISOString());
    expect(screen.getByText(new RegExp(`, printed on ${today}$`))).toBeInTheDocument();
  });

  it('navigate as a single-page app after hydrating', async () => {
    const { default: userEvent } = await import('@testing-library/user-event');
    const user = userEvent.setup();
    await loadPrerendered('/');
    await user.click(screen.getByRole('link', { name: 'Snipping the SNIP' }));
    expect(await findPageHeading('Snipping the SNIP')).toBeInTheDocument();
  });

  it('render afresh when the page was made for another URL', async () => {
    const prerendered = await prerenderUrl('/news', Date.now());
    window.history.replaceState(null, '', '/notices');
    document.body.innerHTML = `<div id="root">${prerendered.body}</div>`;
    await act(async () => {
      // eslint-disable-next-line testing-library/no-node-access
      root = await mountApp(document.getElementById('root')!, prerendered.handoff);
    });
    expect(await findPageHeading('Featured notices')).toBeInTheDocument();
  });
});

describe('the data handed to the browser', () => {
  it('cannot break out of its script element', () => {
    const handoff = {
      url: '/',
      renderedAt: 0,
      queries: { mutations: [], queries: [] },
      formatted: {},
      router: { loaderData: { evil: '</script><script>alert(1)</script><!--' } },
    } satisfies Handoff;
    const json = serialiseHandoff(handoff);
    expect(json).not.toMatch(/<\/script|<!--/i);
    expect(JSON.parse(json)).toEqual(handoff);
  });
});
