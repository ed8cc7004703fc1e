// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { withoutApp } from './offline-page.ts';

const page = (head: string, body: string) =>
  `<!doctype html><html><head><script>boot()</script>${head}</head><body><div id="root"><h1>You are offline</h1></div>${body}</body></html>`;

describe('the offline page', () => {
  it('keeps the HTML and the boot script, and drops the app and its data', () => {
    const built = page(
      '<script type="module" crossorigin src="/assets/index-abc.js"></script><link rel="modulepreload" crossorigin href="/assets/chunk-def.js"><link rel="stylesheet" crossorigin href="/assets/index-123.css">',
      '<script type="application/json" id="psg-handoff">{"url":"/offline"}</script>',
    );
    const offline = withoutApp(built);
    expect(offline).toContain('<h1>You are offline</h1>');
    expect(offline).toContain('<script>boot()</script>');
    expect(offline).toContain('href="/assets/index-123.css"');
    expect(offline).not.toMatch(/index-abc\.js|chunk-def\.js|psg-handoff/);
  });

  it('fails the build when the app would still load in a way it does not know', () => {
    expect(() => withoutApp(page('', '<script src="/assets/loader.js"></script>'))).toThrow(
      /still loads the app/,
    );
  });
});
