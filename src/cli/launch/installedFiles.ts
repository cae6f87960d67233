/**
 * The files of the installed command in `dist-cli/`, as `npm run build:cli` writes them: the command users run (a
 * small loader), the compiled CLI it runs, and V8's code caches of that CLI, one per set of V8 flags it runs with
 * (V8 refuses a cache made under other flags).
 */
export const INSTALLED_FILES = {
  command: 'jindu.js',
  bundle: 'cli.js',
  codeCache: 'cli.codecache',
  codeCacheWithNodeFlags: 'cli.node-flags.codecache',
} as const;
