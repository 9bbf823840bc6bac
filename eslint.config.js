// ESLint: type-checked TypeScript rules plus the folder boundaries of docs/architecture.md.
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';

const boundary = (files, patterns, message) => ({
  files,
  rules: {
    'no-restricted-imports': ['error', { patterns: [{ group: patterns, message }] }],
  },
});

export default tseslint.config(
  {
    ignores: [
      'node_modules/',
      'dist/',
      'var/',
      'coverage/',
      'scratch/',
      'data/',
      'src/web/api/openapi.gen.ts',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
      globals: { ...globals.node },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/switch-exhaustiveness-check': 'error',
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
  { files: ['**/*.js'], ...tseslint.configs.disableTypeChecked },
  { files: ['src/web/**'], languageOptions: { globals: { ...globals.browser } } },
  {
    files: ['src/web/**/*.tsx'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
    },
  },
  boundary(
    ['src/core/**'],
    [
      '**/db/**',
      '**/http/**',
      '**/cli/**',
      '**/web/**',
      '**/importers/**',
      '**/services/**',
      'node:*',
      'kysely',
      'fastify',
      'pg',
      'better-sqlite3',
    ],
    'core is pure: it imports only core and pure libraries.',
  ),
  boundary(
    ['src/db/**'],
    ['**/http/**', '**/cli/**', '**/web/**', '**/importers/**', '**/services/**'],
    'db imports only core.',
  ),
  boundary(
    ['src/importers/**'],
    ['**/http/**', '**/cli/**', '**/web/**', '**/services/**'],
    'importers import core and db only.',
  ),
  boundary(
    ['src/services/**'],
    ['**/http/**', '**/cli/**', '**/web/**'],
    'services never import an edge (http, cli, web).',
  ),
  boundary(
    ['src/http/**'],
    ['**/db/**', '**/cli/**', '**/web/**', '**/importers/**'],
    'http talks to services and core, never to db directly.',
  ),
  boundary(
    ['src/cli/**'],
    ['**/db/**', '**/http/**', '**/web/**', '**/importers/**'],
    'cli talks to services and core, never to db directly.',
  ),
  boundary(
    ['src/web/**'],
    ['**/db/**', '**/http/**', '**/cli/**', '**/importers/**', '**/services/**', 'node:*'],
    'web talks to the server over HTTP only.',
  ),
);
