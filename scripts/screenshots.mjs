// `npm run screenshots`: regenerates the README's screenshots (docs/screenshots/*.png) by running the browser
// test of the three steps (tests/e2e/readmeTour.test.ts) against a fresh intranet build in Debian's Chromium.
// Commit the pictures it writes; nothing in them is drawn by hand.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const result = spawnSync('node', ['scripts/e2e.mjs', 'tests/e2e/readmeTour.test.ts'], {
  cwd: root,
  stdio: 'inherit',
  env: { ...process.env, JINDU_SCREENSHOTS_DIR: path.join(root, 'docs', 'screenshots') },
});
process.exit(result.status ?? 1);
