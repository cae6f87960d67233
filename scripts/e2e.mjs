// `npm run test:e2e`: builds the intranet page (office.js served from the build itself, so it must load
// with no internet) into test-output/e2e-dist, then runs the browser tests in tests/e2e against it with
// Debian's Chromium. Skips, saying so, when /usr/bin/chromium is absent (apt-get install -y chromium).
//
// JINDU_E2E_DIST=<dir> reuses an existing intranet build instead of building; JINDU_E2E_WPS_DIST=<dir> an
// existing build of the WPS 加载项 (dist-wps/jindu).
import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const CHROMIUM = '/usr/bin/chromium';

if (!existsSync(CHROMIUM)) {
  console.log(`Browser tests skipped: ${CHROMIUM} is missing. Install it with: apt-get install -y chromium`);
  process.exit(0);
}

function run(command, args, env = {}) {
  const started = Date.now();
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } });
  if (result.status !== 0) process.exit(result.status ?? 1);
  return Math.round((Date.now() - started) / 1000);
}

let dist = process.env.JINDU_E2E_DIST;
if (!dist) {
  dist = path.join(root, 'test-output', 'e2e-dist');
  // No source maps: they are not needed for the tests and take a third of the build time.
  const seconds = run('npx', ['webpack', '--mode', 'production', '--env', 'officeJs=local', '--no-devtool', '--output-path', dist, '--stats', 'errors-warnings']);
  console.log(`Built the intranet page into ${path.relative(root, dist)} in ${seconds} s.`);
}

// The WPS 表格 加载项, built the way `npm run build:wps` builds its dist-wps/jindu/.
let wpsDist = process.env.JINDU_E2E_WPS_DIST;
if (!wpsDist) {
  wpsDist = path.join(root, 'test-output', 'e2e-dist-wps');
  const seconds = run('npx', ['webpack', '--config', 'webpack.wps.config.js', '--mode', 'production', '--env', `outputPath=${wpsDist}`, '--stats', 'errors-warnings']);
  console.log(`Built the WPS 加载项 into ${path.relative(root, wpsDist)} in ${seconds} s.`);
}

run('npx', ['jest', '--config', 'tests/e2e/jest.config.js', ...process.argv.slice(2)], { JINDU_E2E_DIST: path.resolve(dist), JINDU_E2E_WPS_DIST: path.resolve(wpsDist) });
