/**
 * Debian's Chromium driven by playwright-core, with the internet cut off: every request to a host other
 * than the test server is aborted and recorded, so a test can assert the page asked for none.
 */
import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

export const CHROMIUM = '/usr/bin/chromium';
/** The flags in DEVELOPERS.md. */
const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export const SCREENSHOTS = path.resolve(__dirname, '..', '..', '..', 'test-output', 'e2e');

export function builtPage(): string {
  const dist = process.env.JINDU_E2E_DIST;
  if (!dist || !existsSync(path.join(dist, 'taskpane.html'))) {
    throw new Error('JINDU_E2E_DIST must name a built page; run the browser tests with `npm run test:e2e`.');
  }
  return dist;
}

export async function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_FLAGS, headless: true });
}

export interface GuardedPage {
  readonly context: BrowserContext;
  readonly page: Page;
  /** URLs the page tried to reach outside the test server. */
  readonly blocked: string[];
  /** Content-Security-Policy violations the page reported. */
  cspViolations(): Promise<string[]>;
  /** Uncaught errors in the page. */
  readonly pageErrors: string[];
}

export interface PageOptions {
  /** The system's light or dark choice the page sees (prefers-color-scheme); light unless asked. */
  readonly colorScheme?: 'light' | 'dark';
  readonly viewport?: { readonly width: number; readonly height: number };
}

export async function openGuardedPage(browser: Browser, origin: string, options: PageOptions = {}): Promise<GuardedPage> {
  const context = await browser.newContext({
    acceptDownloads: true,
    locale: 'zh-CN',
    viewport: options.viewport ?? { width: 1400, height: 900 },
    colorScheme: options.colorScheme ?? 'light',
  });
  const blocked: string[] = [];
  await context.route('**/*', async (route) => {
    const url = route.request().url();
    if (url.startsWith(`${origin}/`) || url === origin) await route.continue();
    else {
      blocked.push(url);
      await route.abort('internetdisconnected');
    }
  });
  await context.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __cspViolations: string[] }).__cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (event) => seen.push(`${event.violatedDirective} ${event.blockedURI}`));
  });
  const page = await context.newPage();
  const pageErrors: string[] = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));
  return {
    context,
    page,
    blocked,
    pageErrors,
    cspViolations: () => page.evaluate(() => (window as unknown as { __cspViolations: string[] }).__cspViolations),
  };
}

export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`) });
}
