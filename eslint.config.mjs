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
    { group: ['**/adapters/*', '**/adapters/**', '**/taskpane/**', '**/cli/**', '**/commands/**'], message: 'src/core may not import host code.' },
  ],
};

export const coreRestrictedGlobals = [
  'Office', 'Excel', 'OfficeExtension', 'window', 'document', 'navigator', 'localStorage', 'sessionStorage',
  'fetch', 'XMLHttpRequest', 'HTMLElement', 'Blob', 'File', 'FileReader', 'process', 'Buffer', 'require',
].map((name) => ({ name, message: `src/core is pure: it may not use the ${name} global.` }));

export default tseslint.config(
  { ignores: ['dist/**', 'dist-wps/**', 'node_modules/**', 'coverage/**', 'test-output/**', 'tests/fixtures/lint/**'] },
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
      'no-restricted-imports': ['error', coreRestrictedImports],
      'no-restricted-globals': ['error', ...coreRestrictedGlobals],
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-non-null-assertion': 'error',
    },
  },
  {
    files: ['**/*.{js,cjs,mjs}'],
    languageOptions: { globals: { ...globals.node } },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
);
