/**
 * `npm run build:cli`: the `jindu` command compiled ahead of time into `dist-cli/`, so it starts without a
 * TypeScript compiler:
 * - `cli.js`, the whole CLI in one file. The packages in `dependencies` stay outside it and are loaded from
 *   node_modules when a command needs them (ExcelJS only for what the own reader cannot read), but for commander,
 *   which every command reads and which is compiled in, so V8's code cache covers it too.
 * - `jindu.js`, the command itself: a small loader that compiles `cli.js` through V8's code cache, and runs the
 *   commands that hold many reports in a process started with their Node flags (`src/cli/launch`).
 * - `cli.codecache`, that cache, written by checking the sample sheet once with the built command: the bytecode of
 *   what a check runs, so a fresh process does not parse and compile it again.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chmod, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { build, type BuildOptions, type Plugin } from 'esbuild';
import { XlsxWorkbook } from '../src/adapters/xlsx';
import { INSTALLED_FILES } from '../src/cli/launch/installedFiles';
import { isCellError, seed000Rows } from '../src/core';

const root = path.resolve(__dirname, '..');
const loadPackage = createRequire(__filename);
const outputFolder = path.join(root, 'dist-cli');
const commandFile = path.join(outputFolder, INSTALLED_FILES.command);
const bundleFile = path.join(outputFolder, INSTALLED_FILES.bundle);
const codeCacheFile = path.join(outputFolder, INSTALLED_FILES.codeCache);

/**
 * Modules loaded on first use instead of at start-up: ExcelJS alone takes longer to load than Node takes to
 * start, and `check` of an ordinary .xlsx never needs it (the own reader reads it); node:crypto serves only the
 * temporary names of files written, node:child_process only commander's external subcommands, which Jindu has
 * none of (together about 5 ms of a fresh process). The bundle reaches them only through property reads at call
 * time (`exceljs.Workbook`, `childProcess.spawn`), which the proxy forwards.
 */
const LOADED_ON_FIRST_USE = ['exceljs', 'node:crypto', 'node:child_process'];

/** Packages compiled into the bundle; every other package stays in node_modules. */
const COMPILED_IN = ['commander'];

const loadOnFirstUse: Plugin = {
  name: 'load-on-first-use',
  setup(builder) {
    const filter = new RegExp(`^(${LOADED_ON_FIRST_USE.join('|')})$`);
    builder.onResolve({ filter }, (args) =>
      args.namespace === 'on-first-use' ? { path: args.path, external: true } : { path: args.path, namespace: 'on-first-use' },
    );
    builder.onLoad({ filter: /.*/, namespace: 'on-first-use' }, (args) => {
      // The names are the module's own, read here at build time; each is a getter that loads the module.
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

/** A bare import (`exceljs`, `commander/lib/x`) names a package; its first segment (two when scoped) is the package's name. */
function packageNameOf(specifier: string): string {
  const segments = specifier.split('/');
  return (specifier.startsWith('@') ? segments.slice(0, 2) : segments.slice(0, 1)).join('/');
}

const packagesOutside: Plugin = {
  name: 'packages-outside',
  setup(builder) {
    builder.onResolve({ filter: /^[^./]/ }, (args) => {
      if (args.path.startsWith('node:') || COMPILED_IN.includes(packageNameOf(args.path))) return undefined;
      return { path: args.path, external: true };
    });
  },
};

const COMMON_OPTIONS: BuildOptions = {
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  minify: true,
  legalComments: 'none',
  logLevel: 'warning',
};

/** The sample sheet (seed 000, the standalone page's built-in sample) as an .xlsx in a scratch folder. */
async function writeSampleSheet(folder: string): Promise<string> {
  const workbook = XlsxWorkbook.create();
  const values = seed000Rows.map((row) => row.map((value) => (isCellError(value) ? value.error : value)));
  await workbook.apply([
    { op: 'addSheet', sheet: '三季度', replace: false },
    { op: 'writeBlock', sheet: '三季度', row: 0, column: 0, values },
  ]);
  const file = path.join(folder, 'sample.xlsx');
  await writeFile(file, await workbook.toBuffer());
  return file;
}

/**
 * Runs the built command once, as its first line runs it (V8 refuses a cache made under other flags), on the
 * sample sheet; the loader writes the cache as the command exits. True when the cache was written. The cache of
 * the commands run with Node flags (consolidate, split) is written by the first of them.
 */
async function writeCodeCache(): Promise<boolean> {
  await Promise.all([codeCacheFile, path.join(outputFolder, INSTALLED_FILES.codeCacheWithNodeFlags)].map((file) => rm(file, { force: true })));
  const folder = await mkdtemp(path.join(tmpdir(), 'jindu-build-'));
  try {
    const sample = await writeSampleSheet(folder);
    const run = spawnSync(process.execPath, [commandFile, 'check', sample], { stdio: ['ignore', 'ignore', 'pipe'] });
    if (run.status !== 0 && run.status !== 1) throw new Error(`the built command failed on the sample sheet (exit ${String(run.status)}): ${run.stderr.toString().trim()}`);
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
  return existsSync(codeCacheFile);
}

async function main(): Promise<void> {
  await build({ ...COMMON_OPTIONS, entryPoints: [path.join(root, 'src', 'cli', 'bin.ts')], outfile: bundleFile, plugins: [loadOnFirstUse, packagesOutside] });
  await build({
    ...COMMON_OPTIONS,
    entryPoints: [path.join(root, 'src', 'cli', 'launch', 'launchInstalledCli.ts')],
    outfile: commandFile,
    // node:child_process only for the commands started again with Node flags.
    plugins: [loadOnFirstUse],
    // No Node flags here: the commands that need them (src/cli/nodeFlags.ts) start a process of their own with them.
    banner: { js: '#!/usr/bin/env node' },
  });
  await chmod(commandFile, 0o755);
  const cached = await writeCodeCache();
  const built = [commandFile, bundleFile, ...(cached ? [codeCacheFile] : [])].map((file) => path.relative(root, file));
  process.stdout.write(`built ${built.join(', ')}${cached ? '' : ' (no code cache: this Node cannot fingerprint the bundle, so the command compiles it on every run)'}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`build:cli: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
