/**
 * The files of the installed command in `dist-cli/`, as `npm run build:cli` writes them: the command users run (a
 * small loader, with the Node flags on its first line), the compiled CLI it runs, and V8's code cache of that CLI.
 */
export const INSTALLED_FILES = {
  command: 'jindu.js',
  bundle: 'cli.js',
  codeCache: 'cli.codecache',
} as const;
