import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../..');

/**
 * Modules reached from `entry` by static imports only; `import()` starts a separate chunk, and
 * `import type` leaves nothing in the bundle.
 */
function staticGraph(entry: string): { files: Set<string>; packages: Set<string> } {
  const files = new Set<string>();
  const packages = new Set<string>();
  const pending = [resolve(root, entry)];
  while (pending.length > 0) {
    const file = pending.pop();
    if (!file || files.has(file)) continue;
    files.add(file);
    const source = readFileSync(file, 'utf8');
    for (const [, specifier] of source.matchAll(
      /^\s*(?:import|export)\s(?!type\s)[^;]*?from\s+'([^']+)'/gms,
    )) {
      if (!specifier) continue;
      if (specifier.startsWith('.')) pending.push(resolve(dirname(file), specifier));
      else packages.add(specifier);
    }
  }
  return { files, packages };
}

describe('code splitting', () => {
  it('keeps form code out of the bundle every page loads', () => {
    const { files, packages } = staticGraph('src/app/main.tsx');
    // Sanity: the walk does reach the route table and the home page, and no other page:
    // every other page loads its own code when visited.
    expect(files).toContain(resolve(root, 'src/routes/home.tsx'));
    expect(files).not.toContain(resolve(root, 'src/routes/join.tsx'));
    // Validation (zod) loads with the first content fetch, never with a prerendered page.
    expect(packages).not.toContain('zod');

    expect([...packages].filter((name) => /react-hook-form|@hookform|^ics$/.test(name))).toEqual(
      [],
    );
    expect(
      [...files]
        .filter((file) => file.includes('/src/features/forms/'))
        .map((file) => file.slice(root.length)),
    ).toEqual([]);
  });

  it('loads the forms themselves only through dynamic imports', () => {
    const routes = readFileSync(resolve(root, 'src/app/routes.tsx'), 'utf8');
    for (const module of [
      'event-register.tsx',
      'event-register-check-answers.tsx',
      'event-register-confirmation.tsx',
      'join.tsx',
      'join-check-answers.tsx',
      'join-confirmation.tsx',
    ]) {
      expect(routes).toContain(`import('../routes/${module}')`);
    }
  });
});
