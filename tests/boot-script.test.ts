import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  BOOT_SCRIPT,
  MANIFEST_URL,
  PAGES_CACHE,
  SERVICE_WORKER_URL,
} from '../src/app/boot-script.ts';

const ENTRY = '/assets/index-e.js';

/**
 * The script's text with its one `import()` of the entry handed to a spy: the test runner's
 * sandbox cannot run a dynamic import from code made by `new Function`.
 */
function scriptWithImportSpy(): string {
  const call = 'import(d.entry)';
  expect(BOOT_SCRIPT.split(call)).toHaveLength(2);
  return BOOT_SCRIPT.replace(call, 'globalThis.__psgImportEntry(d.entry)');
}

type PaintCallback = (
  list: { getEntriesByName(name: string): unknown[] },
  observer: { disconnect(): void },
) => void;

/** A PerformanceObserver that reports paint entries only when the test says the page painted. */
class FakePaintObserver {
  static supportedEntryTypes = ['paint'];
  static instances: FakePaintObserver[] = [];
  observed: unknown = null;
  disconnected = false;
  constructor(private readonly callback: PaintCallback) {
    FakePaintObserver.instances.push(this);
  }
  observe(options: unknown) {
    this.observed = options;
  }
  disconnect() {
    this.disconnected = true;
  }
  report(name: string) {
    this.callback({ getEntriesByName: (wanted) => (wanted === name ? [{ name }] : []) }, this);
  }
}

function runBootScript() {
  const script = document.createElement('script');
  script.dataset.entry = ENTRY;
  script.dataset.preload = '/assets/vendor-a.js /assets/page-b.js';
  Object.defineProperty(document, 'currentScript', { value: script, configurable: true });
  try {
    new Function(scriptWithImportSpy())();
  } finally {
    delete (document as { currentScript?: unknown }).currentScript;
  }
}

const preloads = () =>
  [...document.head.querySelectorAll<HTMLLinkElement>('link[rel="modulepreload"]')].map((link) =>
    link.getAttribute('href'),
  );
const manifestLinks = () =>
  [...document.head.querySelectorAll<HTMLLinkElement>('link[rel="manifest"]')].map((link) =>
    link.getAttribute('href'),
  );
let imported: string[] = [];
const entryRan = () => imported.length > 0;

describe('the boot script of a prerendered page', () => {
  beforeEach(() => {
    FakePaintObserver.instances = [];
    imported = [];
    vi.stubGlobal('__psgImportEntry', (url: string) => imported.push(url));
    document.head.replaceChildren();
  });
  afterEach(() => document.head.replaceChildren());

  it('asks for no script until the first contentful paint is reported, then for all at once', async () => {
    vi.stubGlobal('PerformanceObserver', FakePaintObserver);
    runBootScript();
    const [observer] = FakePaintObserver.instances;
    expect(observer?.observed).toEqual({ type: 'paint', buffered: true });

    // The first paint (background only) and a frame later: still nothing requested.
    observer!.report('first-paint');
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(preloads()).toEqual([]);
    expect(manifestLinks()).toEqual([]);
    expect(entryRan()).toBe(false);

    observer!.report('first-contentful-paint');
    expect(observer!.disconnected).toBe(true);
    await vi.waitFor(() => expect(entryRan()).toBe(true));
    expect(imported).toEqual([ENTRY]);
    expect(preloads()).toEqual(['/assets/vendor-a.js', '/assets/page-b.js']);
    // The manifest (and the icon Chrome then fetches) waits for the paint too.
    expect(manifestLinks()).toEqual([MANIFEST_URL]);
  });

  it('starts after the next frame in a browser without paint timing', async () => {
    vi.stubGlobal('PerformanceObserver', undefined);
    runBootScript();
    await vi.waitFor(() => expect(entryRan()).toBe(true));
    expect(preloads()).toEqual(['/assets/vendor-a.js', '/assets/page-b.js']);
  });

  it("registers the service worker once the page has loaded, and keeps a first visit's page", async () => {
    vi.stubGlobal('PerformanceObserver', FakePaintObserver);
    const registered: string[] = [];
    const kept: string[] = [];
    const worker = {
      controller: null,
      register: (url: string) => {
        registered.push(url);
        return Promise.resolve();
      },
      ready: Promise.resolve(),
    };
    Object.defineProperty(navigator, 'serviceWorker', { value: worker, configurable: true });
    vi.stubGlobal('caches', {
      open: (name: string) =>
        Promise.resolve({
          add: (url: string) => {
            kept.push(`${name} ${url}`);
            return Promise.resolve();
          },
        }),
    });
    try {
      runBootScript();
      expect(registered).toEqual([]);
      window.dispatchEvent(new Event('load'));
      await vi.waitFor(() => expect(kept).toEqual([`${PAGES_CACHE} /`]));
      expect(registered).toEqual([SERVICE_WORKER_URL]);
    } finally {
      delete (navigator as { serviceWorker?: unknown }).serviceWorker;
    }
  });
});
