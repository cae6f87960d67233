/**
 * A bench worker bundled with esbuild into one CommonJS file, as the CLI (`npm run build:cli`) and the pane (webpack)
 * ship the core, and run by plain Node. Under `tsx` every call across a module boundary goes through an export
 * getter: about a tenth of the core check's time in a CPU profile (1,000 rows: 92 ms under tsx, 74 ms bundled), a cost
 * no user's check pays. The bundle is written beside the system's temporary files and rebuilt on every run, so what is
 * timed is always the sources as they are.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { build } from 'esbuild';

let bundleDirectory: string | null = null;

/** One folder for the run's bundles, removed as the bench exits. */
function directoryOfBundles(): string {
  if (bundleDirectory === null) {
    const made = mkdtempSync(path.join(os.tmpdir(), 'jindu-bench-'));
    process.on('exit', () => rmSync(made, { recursive: true, force: true }));
    bundleDirectory = made;
  }
  return bundleDirectory;
}

/** Bundles `workerSource` (a .ts file) and returns the path of the .cjs file to fork. */
export async function bundledWorker(workerSource: string): Promise<string> {
  const outfile = path.join(directoryOfBundles(), `${path.basename(workerSource, '.ts')}.cjs`);
  await build({
    entryPoints: [workerSource],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    logLevel: 'silent',
  });
  return outfile;
}
