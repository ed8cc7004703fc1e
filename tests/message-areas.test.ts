import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { Messages } from '@lingui/core';
import { QueryClient } from '@tanstack/react-query';
import type { RouteObject } from 'react-router';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { areaFile, splitByArea, duplicatePatterns } from '../scripts/i18n-areas.ts';
import { createRoutes } from '../src/app/routes.tsx';
import { LOCALES } from '../src/config/locales.ts';
import {
  AREA_MESSAGES,
  areaOfMessage,
  MESSAGE_AREAS,
  PAGE_AREAS,
  type MessageArea,
} from '../src/config/message-areas.ts';
import { PAGE_NAMES, type PageName } from '../src/config/paths.ts';
import { messages as en } from '../src/locales/en/messages.ts';
import { messages as es } from '../src/locales/es/messages.ts';
import { sourceFiles, usedIds } from './support/catalog-check.ts';

const root = resolve(import.meta.dirname, '..');
const CATALOGS = { en, es } as const;
const ALL_IDS = [...new Set([...Object.keys(en), ...Object.keys(es)])].sort();
const ID_AREAS = new Set(ALL_IDS.map((id) => id.split('.')[0] ?? ''));

function parse(file: string): ts.SourceFile {
  return ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, false);
}

/** The module specifiers a file imports for their values (type-only imports left out). */
function importsOf(source: ts.SourceFile, { dynamic }: { dynamic: boolean }): string[] {
  const found: string[] = [];
  const visit = (node: ts.Node) => {
    if (
      ts.isImportDeclaration(node) &&
      !node.importClause?.isTypeOnly &&
      ts.isStringLiteral(node.moduleSpecifier)
    ) {
      found.push(node.moduleSpecifier.text);
    } else if (
      ts.isExportDeclaration(node) &&
      !node.isTypeOnly &&
      node.moduleSpecifier &&
      ts.isStringLiteral(node.moduleSpecifier)
    ) {
      found.push(node.moduleSpecifier.text);
    } else if (
      dynamic &&
      ts.isCallExpression(node) &&
      node.expression.kind === ts.SyntaxKind.ImportKeyword &&
      node.arguments[0] &&
      ts.isStringLiteral(node.arguments[0])
    ) {
      found.push(node.arguments[0].text);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

/** Every source file of the app reached from `entry` by relative imports, itself included. */
function moduleGraph(entry: string, { dynamic }: { dynamic: boolean }): string[] {
  const seen = new Set<string>();
  const walk = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    for (const specifier of importsOf(parse(file), { dynamic })) {
      if (!specifier.startsWith('.')) continue;
      const target = resolve(dirname(file), specifier);
      if (/\.tsx?$/.test(target) && existsSync(target)) walk(target);
    }
  };
  walk(resolve(root, entry));
  return [...seen];
}

/** The table names whole IDs as patterns: they are not uses. */
const AREA_TABLE = resolve(root, 'src/config/message-areas.ts');

function idsUsedBy(files: readonly string[]): Map<string, string> {
  const used = new Map<string, string>();
  for (const file of files) {
    if (file === AREA_TABLE) continue;
    for (const id of usedIds(readFileSync(file, 'utf8'), ID_AREAS)) used.set(id, file);
  }
  return used;
}

/** Each page's route module, read from the route table's PAGE_MODULES in src/app/routes.tsx. */
function routeModuleFiles(): Record<string, string> {
  const file = resolve(root, 'src/app/routes.tsx');
  const source = parse(file);
  const importedFrom = new Map<string, string>();
  const modules: Record<string, string> = {};
  const visit = (node: ts.Node) => {
    if (ts.isImportDeclaration(node) && ts.isStringLiteral(node.moduleSpecifier)) {
      const bindings = node.importClause?.namedBindings;
      if (bindings && ts.isNamedImports(bindings)) {
        for (const element of bindings.elements) {
          importedFrom.set(element.name.text, node.moduleSpecifier.text);
        }
      }
    }
    if (
      ts.isVariableDeclaration(node) &&
      ts.isIdentifier(node.name) &&
      node.name.text === 'PAGE_MODULES' &&
      node.initializer &&
      ts.isObjectLiteralExpression(node.initializer)
    ) {
      for (const property of node.initializer.properties) {
        if (!ts.isPropertyAssignment(property) || !ts.isIdentifier(property.name)) continue;
        const [specifier] = [
          ...importsOf(ts.createSourceFile('x.ts', property.initializer.getText(source), 99), {
            dynamic: true,
          }),
          ...property.initializer
            .getText(source)
            .match(/\w+/g)!
            .map((word) => importedFrom.get(word))
            .filter((found) => found !== undefined),
        ];
        if (specifier) modules[property.name.text] = resolve(dirname(file), specifier);
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return modules;
}

describe('the message areas', () => {
  it('put every message of both catalogs in exactly one area, and name each pattern once', () => {
    expect(duplicatePatterns()).toEqual([]);
    expect(ALL_IDS.filter((id) => areaOfMessage(id) === undefined)).toEqual([]);
    // A pattern that matches nothing is a stale line of the table.
    const unused = MESSAGE_AREAS.flatMap((area) =>
      AREA_MESSAGES[area].filter(
        (pattern) =>
          !ALL_IDS.some((id) => (pattern.endsWith('.') ? id.startsWith(pattern) : id === pattern)),
      ),
    );
    expect(unused).toEqual([]);
    // ...and one naming a whole ID names one the site uses (the catalog test counts the table's
    // mention as a use).
    const used = idsUsedBy(
      Object.keys(sourceFiles(root, ['src', 'server'])).map((file) => resolve(root, file)),
    );
    const wholeIds = MESSAGE_AREAS.flatMap((area) => AREA_MESSAGES[area]).filter(
      (pattern) => !pattern.endsWith('.'),
    );
    expect(wholeIds.filter((id) => !used.has(id))).toEqual([]);
  });

  it('fail the build step on a message that matches no area, naming it', () => {
    expect(() => splitByArea({ 'nav.home': 'Home', 'nowhere.heading': 'Lost' })).toThrow(
      /nowhere\.heading belongs to no area/,
    );
  });

  it('are written by npm run i18n:compile: together, each language’s whole catalog', async () => {
    for (const locale of LOCALES) {
      const merged: Messages = {};
      for (const area of MESSAGE_AREAS) {
        const { messages } = (await import(areaFile(locale, area))) as { messages: Messages };
        for (const id of Object.keys(messages)) expect(areaOfMessage(id)).toBe(area);
        Object.assign(merged, messages);
      }
      expect(merged).toEqual(CATALOGS[locale]);
    }
  });

  it('give the shell every message the entry bundle uses (header, footer, errors, home)', () => {
    const used = idsUsedBy(moduleGraph('src/app/main.tsx', { dynamic: false }));
    expect(used.size).toBeGreaterThan(30);
    const outside = [...used].filter(([id]) => areaOfMessage(id) !== 'shell');
    expect(outside.map(([id, file]) => `${id} (${file.slice(root.length + 1)})`)).toEqual([]);
  });

  it('declared for each page cover every message its modules use', () => {
    const files = routeModuleFiles();
    expect(Object.keys(files).sort()).toEqual([...PAGE_NAMES].sort());
    const problems: string[] = [];
    for (const page of PAGE_NAMES) {
      const loaded = new Set<MessageArea>(['shell', ...PAGE_AREAS[page]]);
      const used = idsUsedBy(moduleGraph(files[page]!, { dynamic: true }));
      for (const [id, file] of used) {
        const area = areaOfMessage(id);
        if (!area || !loaded.has(area)) {
          problems.push(`${page}: ${id} (${file.slice(root.length + 1)}) is in ${area}`);
        }
      }
    }
    expect(problems).toEqual([]);
    // The join form's messages really are checked: they are not in the shell.
    expect(areaOfMessage('join.field.email.label')).toBe('join');
  });

  it('of a page whose code is in the entry bundle are all in the shell', () => {
    const routes = createRoutes(new QueryClient());
    const pages = (routes[0]!.children![0]!.children ?? []) as RouteObject[];
    const eager = pages.filter((route) => route.id && !route.lazy).map((route) => route.id);
    expect(eager).toContain('home');
    for (const page of eager) expect(PAGE_AREAS[page as PageName]).toEqual([]);
  });
});
