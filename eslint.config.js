import js from '@eslint/js';
import { createNodeResolver, importX } from 'eslint-plugin-import-x';
import pluginQuery from '@tanstack/eslint-plugin-query';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import reactHooks from 'eslint-plugin-react-hooks';
import testingLibrary from 'eslint-plugin-testing-library';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import { LAYER_ZONES, TEST_FILE_ZONES } from './eslint.layers.js';

export default tseslint.config(
  {
    ignores: [
      ...['dist', 'dist-meta', 'build', 'coverage', 'test-results', 'data', 'public'],
      // Compiled from the PO catalogs (npm run i18n:compile).
      'src/locales/*/*.ts',
      'src/locales/*/areas/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx,js}'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    // Imports flow one way (see eslint.layers.js), and no module reaches itself again.
    files: ['**/*.{ts,tsx,js}'],
    plugins: { 'import-x': importX },
    settings: {
      // TypeScript's parser for .ts/.tsx, so no-cycle reads the modules it follows.
      ...importX.flatConfigs.typescript.settings,
      'import-x/resolver': undefined,
      'import-x/resolver-next': [createNodeResolver()],
    },
    rules: {
      'import-x/no-restricted-paths': ['error', { zones: LAYER_ZONES }],
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
    },
  },
  {
    // No top-level await in the browser's code: one in any module turns off Rolldown's chunk
    // optimizations for the whole build, and the home page then loads ten more small chunks
    // (about 3 KB gzip more; npm run check:size).
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/**/*.test.{ts,tsx}'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector:
            'AwaitExpression:not(:function AwaitExpression), ForOfStatement[await=true]:not(:function ForOfStatement)',
          message:
            'No top-level await in src/: it turns off the bundler’s chunk merging for every page. Start an async function or chain a promise.',
        },
      ],
    },
  },
  {
    files: ['**/*.test.{ts,tsx}', 'server/test-support/**'],
    rules: { 'import-x/no-restricted-paths': ['error', { zones: TEST_FILE_ZONES }] },
  },
  {
    files: ['src/**/*.tsx', 'tests/**/*.tsx'],
    ...jsxA11y.flatConfigs.strict,
  },
  reactHooks.configs.flat['recommended-latest'],
  ...pluginQuery.configs['flat/recommended'],
  {
    files: ['tests/**/*.{ts,tsx}'],
    ignores: ['tests/e2e/**'],
    ...testingLibrary.configs['flat/react'],
    // Only these render React trees; renderPage (the prerenderer) returns HTML.
    settings: { 'testing-library/custom-renders': ['renderRoute'] },
  },
  {
    // Test plumbing, not tests: it owns cleanup (vitest runs without globals) and <head>.
    files: ['tests/setup.ts', 'tests/support/**'],
    rules: {
      'testing-library/no-manual-cleanup': 'off',
      'testing-library/no-node-access': 'off',
    },
  },
);
