/**
 * `npm run build:cli`: the `jindu` command compiled ahead of time into one file, `dist-cli/jindu.js`, so it
 * starts without a TypeScript compiler. The packages in `dependencies` stay outside the bundle and are
 * loaded from node_modules when a command needs them (ExcelJS only for what the own reader cannot read).
 */
import { chmod } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { build, type Plugin } from 'esbuild';
import { CLI_NODE_FLAGS } from '../src/cli/nodeFlags';

const root = path.resolve(__dirname, '..');
const loadPackage = createRequire(__filename);
const outfile = path.join(root, 'dist-cli', 'jindu.js');

/**
 * Packages loaded on first use instead of at start-up: ExcelJS alone takes longer to load than Node takes
 * to start, and `check` of an ordinary .xlsx never needs it (the own reader reads it). The bundle reaches
 * them only through property reads at call time (`exceljs.Workbook`), which the proxy forwards.
 */
const LOADED_ON_FIRST_USE = ['exceljs'];

const loadOnFirstUse: Plugin = {
  name: 'load-on-first-use',
  setup(builder) {
    const filter = new RegExp(`^(${LOADED_ON_FIRST_USE.join('|')})$`);
    builder.onResolve({ filter }, (args) =>
      args.namespace === 'on-first-use' ? { path: args.path, external: true } : { path: args.path, namespace: 'on-first-use' },
    );
    builder.onLoad({ filter: /.*/, namespace: 'on-first-use' }, (args) => {
      // The names are the package's own, read here at build time; each is a getter that loads the package.
      const names = Object.keys(loadPackage(args.path) as object);
      return {
        contents: [
          `let loaded; const load = () => (loaded ??= require(${JSON.stringify(args.path)}));`,
          `Object.defineProperty(exports, '__esModule', { value: true });`,
          `for (const name of ${JSON.stringify(names)}) Object.defineProperty(exports, name, { enumerable: true, get: () => load()[name] });`,
        ].join('\n'),
        loader: 'js',
      };
    });
  },
};

async function main(): Promise<void> {
  await build({
    entryPoints: [path.join(root, 'src', 'cli', 'bin.ts')],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    packages: 'external',
    minify: true,
    legalComments: 'none',
    // `env -S` passes the flags on (Linux, macOS); npm's Windows shims read them from this line too.
    banner: { js: `#!/usr/bin/env -S node ${CLI_NODE_FLAGS.join(' ')}` },
    plugins: [loadOnFirstUse],
    logLevel: 'warning',
  });
  await chmod(outfile, 0o755);
  process.stdout.write(`built ${path.relative(root, outfile)}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`build:cli: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
