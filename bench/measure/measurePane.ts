/**
 * The built pane: its first chunk gzipped (bar ≤ 350 KB) and, when Debian's Chromium is installed, the
 * standalone page's time to first render — from navigation to the file-mode view's first button — served
 * from 127.0.0.1 with office.js answered from the installed package (as an intranet deployment serves it).
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { zhCN as fileModeText } from '../../src/core/messages/fileMode';
import { CHROMIUM, launchChromium } from '../../tests/e2e/support/browser';
import { startStaticServer } from '../../tests/e2e/support/staticServer';
import { atMostRow, infoRow, skippedRow, type BenchRow } from '../_lib/benchRow';
import { firstChunkOf, freshBuild, ROOT } from '../_lib/builtPane';
import { median } from '../_lib/timing';

const FIRST_CHUNK_BAR_KILOBYTES = 350;
const KILOBYTE = 1024;
const OFFICE_JS_CDN = 'https://appsforoffice.microsoft.com/lib/1/hosted/';
const OFFICE_JS_PACKAGE = path.join(ROOT, 'node_modules', '@microsoft', 'office-js', 'dist');
const RENDER_RUNS = 3;

export interface PaneOptions {
  /** Build with webpack when no fresh build is found (the full run); the quick run only uses one. */
  readonly buildWhenStale: boolean;
}

/** A fresh build: dist/, else the browser tests' intranet build, else (when allowed) a new production build. */
function locateBuild(options: PaneOptions): { dist: string; how: string } | { dist: null; why: string } {
  const candidates = [path.join(ROOT, 'dist'), path.join(ROOT, 'test-output', 'e2e-dist')];
  for (const candidate of candidates) {
    const fresh = freshBuild(candidate);
    if (fresh) return { dist: fresh, how: `${path.relative(ROOT, fresh)} (up to date)` };
  }
  if (!options.buildWhenStale) return { dist: null, why: 'no up-to-date build in dist/ or test-output/e2e-dist (run `npm run build`)' };
  process.stderr.write('bench: dist/ is missing or older than its sources; building it with webpack…\n');
  // webpack's output goes to stderr: stdout carries the table or the JSON only.
  const build = spawnSync('npx', ['webpack', '--mode', 'production', '--stats', 'errors-warnings'], { cwd: ROOT, stdio: ['ignore', 2, 2] });
  if (build.status !== 0) return { dist: null, why: `webpack failed (exit ${String(build.status)})` };
  return { dist: path.join(ROOT, 'dist'), how: 'dist/ (built now)' };
}

/** Milliseconds from navigation start until the file-mode view's sample button is in the page. */
async function timeToFirstRender(dist: string): Promise<{ median: number; firstContentfulPaint: number }> {
  const server = await startStaticServer(dist);
  const browser = await launchChromium();
  const sampleLabel = fileModeText['fileMode.sample'] ?? '';
  try {
    const renders: number[] = [];
    const paints: number[] = [];
    for (let run = 0; run < RENDER_RUNS; run += 1) {
      const context = await browser.newContext({ locale: 'zh-CN', viewport: { width: 1400, height: 900 } });
      await context.route('**/*', async (route) => {
        const url = route.request().url();
        if (url.startsWith(`${server.origin}/`)) return route.continue();
        const file = url.startsWith(OFFICE_JS_CDN) ? path.join(OFFICE_JS_PACKAGE, url.slice(OFFICE_JS_CDN.length).split('?')[0] ?? '') : '';
        if (file.startsWith(OFFICE_JS_PACKAGE + path.sep) && existsSync(file)) {
          return route.fulfill({ status: 200, contentType: 'text/javascript; charset=utf-8', body: await readFile(file) });
        }
        return route.abort('internetdisconnected');
      });
      await context.addInitScript((label: string) => {
        const marks = window as unknown as { __firstRender?: number; __firstContentfulPaint?: number };
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries()) if (entry.name === 'first-contentful-paint') marks.__firstContentfulPaint = entry.startTime;
        }).observe({ type: 'paint', buffered: true });
        const observer = new MutationObserver(() => {
          const found = [...document.querySelectorAll('button')].some((button) => button.textContent?.includes(label));
          if (found && marks.__firstRender === undefined) {
            marks.__firstRender = performance.now();
            observer.disconnect();
          }
        });
        observer.observe(document, { childList: true, subtree: true, characterData: true });
      }, sampleLabel);
      const page = await context.newPage();
      await page.goto(`${server.origin}/taskpane.html`);
      await page.getByRole('button', { name: sampleLabel }).waitFor({ timeout: 30_000 });
      // The paint entry arrives a frame after the content: wait for it rather than read too early.
      await page.waitForFunction(() => (window as unknown as { __firstContentfulPaint?: number }).__firstContentfulPaint !== undefined, undefined, { timeout: 10_000 });
      const timing = await page.evaluate(() => {
        const marks = window as unknown as { __firstRender?: number; __firstContentfulPaint?: number };
        return { render: marks.__firstRender ?? performance.now(), paint: marks.__firstContentfulPaint ?? performance.now() };
      });
      renders.push(timing.render);
      paints.push(timing.paint);
      await context.close();
    }
    return { median: median(renders), firstContentfulPaint: median(paints) };
  } finally {
    await browser.close();
    await server.close();
  }
}

export async function measurePane(options: PaneOptions): Promise<BenchRow[]> {
  const build = locateBuild(options);
  if (build.dist === null) {
    return [skippedRow('pane.firstChunk.gzippedKB', 'pane first chunk, gzipped', build.why), skippedRow('pane.firstRender.ms', 'standalone page first render', build.why)];
  }
  const chunk = firstChunkOf(build.dist);
  const rows: BenchRow[] = [
    atMostRow(
      'pane.firstChunk.gzippedKB',
      'pane first chunk, gzipped',
      chunk.gzippedBytes / KILOBYTE,
      'KB',
      FIRST_CHUNK_BAR_KILOBYTES,
      `${chunk.scripts.map((script) => `${script.source} ${(script.bytes / KILOBYTE).toFixed(0)} KB raw`).join(', ')}; ${build.how}`,
    ),
  ];
  if (!existsSync(CHROMIUM)) {
    rows.push(skippedRow('pane.firstRender.ms', 'standalone page first render', `${CHROMIUM} is not installed`));
    return rows;
  }
  const render = await timeToFirstRender(build.dist);
  rows.push(
    infoRow('pane.firstRender.ms', 'standalone page first render', render.median, 'ms', `headless Chromium, median of ${RENDER_RUNS}, to the first button`),
    infoRow('pane.firstContentfulPaint.ms', '  first contentful paint', render.firstContentfulPaint, 'ms'),
  );
  return rows;
}
