// ESLint flat config: typescript-eslint, the Office add-in rules, and the layer boundary of the core.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import officeAddins from 'eslint-plugin-office-addins';
import globals from 'globals';

/** What the pure core may never touch: hosts, UI, files, the xlsx library. */
export const coreRestrictedImports = {
  patterns: [
    { group: ['react', 'react/*', 'react-dom', 'react-dom/*'], message: 'src/core is pure: no React.' },
    { group: ['@fluentui/*'], message: 'src/core is pure: no Fluent UI.' },
    { group: ['exceljs', 'exceljs/*', 'xlsx'], message: 'src/core is pure: the xlsx library lives in src/adapters/xlsx.' },
    { group: ['node:*', 'fs', 'fs/*', 'path', 'os', 'child_process', 'zlib', 'crypto', 'stream', 'util', 'buffer'], message: 'src/core is pure: no Node modules.' },
    { group: ['**/adapters/*', '**/adapters/**', '**/app/*', '**/app/**', '**/taskpane/**', '**/cli/**', '**/ribbon/**', '**/entries/**', '**/wps/**'], message: 'src/core may not import host code.' },
  ],
};

/**
 * The walls between the layers above the core (see ARCHITECTURE.md): adapters implement the application
 * layer's ports and never reach into the UI; the UI renders use cases and never reaches into an adapter;
 * the application layer sees the core only. Composition roots (src/entries, src/ribbon, src/cli) wire
 * them together and are the only modules that import both sides.
 */
const uiFolders = ['**/taskpane/*', '**/taskpane/**'];
const adapterFolders = ['**/adapters/*', '**/adapters/**'];
export const layerRestrictedImports = {
  adapters: { patterns: [{ group: uiFolders, message: 'src/adapters implements ports of src/app; it may not import the UI (src/taskpane).' }] },
  taskpane: { patterns: [{ group: adapterFolders, message: 'src/taskpane renders use cases; adapters reach it through props wired in src/entries.' }] },
  app: {
    patterns: [
      { group: adapterFolders, message: 'src/app sees ports only; adapters implement them and are wired in src/entries.' },
      { group: [...uiFolders, '**/entries/**', '**/ribbon/**', '**/cli/**'], message: 'src/app is below the UI and the composition roots.' },
    ],
  },
};

/** A folder's `_lib/` is private to it (and its subfolders); another folder goes through the folder's modules. */
export const privateLibraryImports = {
  regex: '^(\\./|(\\.\\./)+)[^./][^/]*/(.*/)?_lib(/|$)',
  message: "Another folder's _lib/ is private to it: import what the folder offers outside _lib/.",
};

/** Outside src/core, the core is reached through src/core/index.ts only. */
export const coreDoorImports = {
  regex: '(^|/)core/(?!index$).+',
  message: 'Outside src/core, import the core through its door, src/core/index.ts.',
};

export const coreRestrictedGlobals = [
  'Office', 'Excel', 'OfficeExtension', 'window', 'document', 'navigator', 'localStorage', 'sessionStorage',
  'fetch', 'XMLHttpRequest', 'HTMLElement', 'Blob', 'File', 'FileReader', 'process', 'Buffer', 'require',
].map((name) => ({ name, message: `src/core is pure: it may not use the ${name} global.` }));

export default tseslint.config(
  { ignores: ['dist/**', 'dist-cli/**', 'dist-wps/**', 'node_modules/**', 'coverage/**', 'test-output/**', 'tests/fixtures/lint/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx,mts,cts}'],
    plugins: { 'office-addins': officeAddins },
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'office-addins/call-sync-after-load': 'error',
      'office-addins/call-sync-before-read': 'error',
      'office-addins/load-object-before-read': 'error',
      'office-addins/no-context-sync-in-loop': 'error',
      'office-addins/no-empty-load': 'error',
      'office-addins/no-office-initialize': 'error',
      'office-addins/test-for-null-using-isNullObject': 'error',
    },
  },
  {
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [...coreRestrictedImports.patterns, privateLibraryImports] }],
      'no-restricted-globals': ['error', ...coreRestrictedGlobals],
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-non-null-assertion': 'error',
    },
  },
  // One no-restricted-imports setting per file (a later block replaces an earlier one), so each folder lists all its walls.
  ...[
    { files: ['src/adapters/**/*.{ts,tsx}'], walls: layerRestrictedImports.adapters.patterns },
    { files: ['src/taskpane/**/*.{ts,tsx}'], walls: layerRestrictedImports.taskpane.patterns },
    { files: ['src/app/**/*.{ts,tsx}'], walls: layerRestrictedImports.app.patterns },
    { files: ['src/{cli,ribbon,entries,wps}/**/*.{ts,tsx}'], walls: [] },
  ].map(({ files, walls }) => ({
    files,
    rules: { 'no-restricted-imports': ['error', { patterns: [...walls, privateLibraryImports, coreDoorImports] }] },
  })),
  {
    files: ['**/*.{js,cjs,mjs}'],
    languageOptions: { globals: { ...globals.node } },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
);
