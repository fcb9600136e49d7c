// ESLint: TypeScript rules, React hooks (dependency lists checked) and the architecture's import
// boundaries (docs/architecture.md): the core imports nothing of the app, the main process and the
// renderer import the core and never each other.
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const NODE_BUILTINS = [
  'node:*',
  'fs',
  'path',
  'os',
  'child_process',
  'crypto',
  'url',
  'stream',
  'zlib',
  'worker_threads',
  'util',
  'buffer',
  'events',
  'http',
  'https',
  'net',
  'tls',
  'process',
  'module',
  'vm',
];

/** `no-restricted-imports` patterns: what a folder may not import. */
const forbid = (groups) => ({
  'no-restricted-imports': ['error', { patterns: groups.map(({ group, message }) => ({ group, message })) }],
});

/** What every core file may not import (the app, UI, storage, Node). */
const CORE_BOUNDARY = [
  {
    group: ['**/src-main/**', '**/src-renderer/**'],
    message: 'The core imports nothing of the app (docs/architecture.md).',
  },
  {
    group: ['react', 'react-dom', 'react/*', 'dexie', 'electron'],
    message: 'The core is pure: no UI, storage or Electron.',
  },
  {
    group: NODE_BUILTINS,
    message: 'The core is pure: no Node modules (the CLI in src-main reads and writes files).',
  },
];

/** A layer of the core: the core's boundary, and the sibling folders of src-core it may not import. */
const coreLayer = (files, banned) => [
  {
    files: [files],
    rules: forbid([
      ...CORE_BOUNDARY,
      {
        group: banned.map((folder) => `**/${folder}/**`),
        message: `This layer of the core may not import src-core/{${banned.join(',')}} (docs/architecture.md, layers).`,
      },
    ]),
  },
];

export default tseslint.config(
  { ignores: ['node_modules/', 'out/', 'dist-web/', 'dist-web-*/', 'release/', '.tmp/', 'test-results/', 'coverage/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none', ignoreRestSiblings: true },
      ],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      'no-empty': ['error', { allowEmptyCatch: false }],
      'no-console': ['error', { allow: ['warn', 'error'] }],
    },
  },
  {
    files: ['src-renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
    },
  },
  // The core's own layers: the domain (drafts, engine, tables, rules, report model) imports none of
  // what is built on it; editor, import and export use the domain and not each other; the printed
  // report's HTML may use the export's paper geometry.
  ...coreLayer('src-core/domain/**/*.ts', ['editor', 'export', 'import', 'report-html', 'ipc', 'backup', 'security']),
  ...coreLayer('src-core/editor/**/*.ts', ['export', 'import', 'report-html', 'ipc', 'backup', 'security']),
  ...coreLayer('src-core/import/**/*.ts', ['editor', 'export', 'report-html', 'ipc', 'backup', 'security']),
  ...coreLayer('src-core/export/**/*.ts', ['editor', 'import', 'report-html', 'ipc', 'backup', 'security']),
  ...coreLayer('src-core/report-html/**/*.ts', ['editor', 'import', 'ipc', 'backup', 'security']),
  ...coreLayer('src-core/{ipc,backup,security}/**/*.ts', ['domain', 'editor', 'export', 'import', 'report-html']),
  {
    files: ['src-main/**/*.ts'],
    rules: forbid([
      {
        group: ['**/src-renderer/**'],
        message: 'The main process and the CLI import the core (src-core), never the renderer.',
      },
      { group: ['react', 'react-dom', 'react/*', 'dexie'], message: 'No UI or browser storage in the main process.' },
    ]),
  },
  {
    files: ['src-renderer/**/*.{ts,tsx}'],
    rules: forbid([
      {
        group: ['**/src-main/**'],
        message:
          'The renderer imports the core (src-core), never the main process; the IPC contract lives in src-core/ipc.',
      },
      {
        group: ['electron'],
        message: 'The renderer reaches the desktop only through src-renderer/platform and the preload bridge.',
      },
      { group: NODE_BUILTINS, message: 'The renderer runs in a browser: no Node modules.' },
    ]),
  },
  {
    files: ['test/**/*.ts', 'scripts/**/*.{js,mjs,ts}', '*.config.{js,ts}', 'vite.shared.ts'],
    // Tests and scripts print (bench numbers, soak results) and mutate arbitrary JSON documents.
    rules: { 'no-console': 'off', '@typescript-eslint/no-explicit-any': 'off' },
  },
);
