#!/usr/bin/env node
/**
 * Refreshes the office.js that `npm run build:intranet` packs, from Microsoft's CDN (run on a machine with
 * internet; the intranet build machine then needs only the folder this writes). The npm package
 * @microsoft/office-js is frozen at 1.1.110 (16.0.15407, 2022): its Excel files lack ExcelApi 1.18 notes and
 * ignore 1.20's mergeUndoGroup, so on a current Excel Jindu would mark without notes. The CDN copy is what
 * Office itself serves and follows Excel.
 *
 *   node scripts/refresh-office-js.mjs [--out office-js] [--base https://appsforoffice.microsoft.com/lib/1/hosted/]
 *
 * Fetches every file the npm package lists (office.js, each host's files, each language's strings) from
 * the same path under --base; files the CDN no longer has are named and skipped. Writes into --out
 * (default `office-js/` beside package.json, which webpack prefers to the npm copy when it holds office.js).
 */
import { mkdir, readdir, stat, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join, relative, resolve } from 'node:path';

const require = createRequire(import.meta.url);
const args = process.argv.slice(2);
const option = (name, fallback) => {
  const at = args.indexOf(name);
  return at >= 0 && args[at + 1] ? args[at + 1] : fallback;
};
const base = option('--base', 'https://appsforoffice.microsoft.com/lib/1/hosted/').replace(/\/*$/, '/');
const out = resolve(option('--out', join(dirname(require.resolve('../package.json')), 'office-js')));
const npmDist = dirname(require.resolve('@microsoft/office-js/dist/office.js'));

async function listFiles(folder) {
  const entries = await readdir(folder);
  const files = await Promise.all(
    entries.map(async (entry) => {
      const path = join(folder, entry);
      return (await stat(path)).isDirectory() ? listFiles(path) : [path];
    }),
  );
  return files.flat();
}

const files = (await listFiles(npmDist)).map((path) => relative(npmDist, path).split('\\').join('/')).filter((file) => file.endsWith('.js'));
const missing = [];
let fetched = 0;
// A few at a time: the CDN is polite to many small requests, and the machine stays usable.
for (let start = 0; start < files.length; start += 8) {
  await Promise.all(
    files.slice(start, start + 8).map(async (file) => {
      const response = await fetch(base + file);
      if (!response.ok) {
        missing.push(`${file} (${response.status})`);
        return;
      }
      const target = join(out, file);
      await mkdir(dirname(target), { recursive: true });
      await writeFile(target, Buffer.from(await response.arrayBuffer()));
      fetched += 1;
    }),
  );
}
if (!files.includes('office.js') || missing.some((line) => line.startsWith('office.js '))) {
  console.error(`office.js could not be fetched from ${base}; nothing usable was written.`);
  process.exit(1);
}
console.log(`${fetched} files from ${base} into ${out}`);
if (missing.length > 0) console.log(`not on the CDN (skipped): ${missing.join(', ')}`);
