/**
 * The README's 三步上手 in a real browser (file mode, the intranet build, no internet): open the sample,
 * 校验, 数值核对 with its chart (a bar click filters the list), and 汇总 of two bureaus' files with the
 * per-unit chart; the page follows the system's dark theme. Each step's screenshot goes to
 * test-output/e2e/, or, with JINDU_SCREENSHOTS_DIR set (`npm run screenshots`), to the README's folder.
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { formatMessage } from '../../src/core';
import { builtPage, launchChromium, openGuardedPage, SCREENSHOTS, type GuardedPage } from './support/browser';
import { HEALTH_UNIT, healthReportBytes, INDUSTRY_UNIT, industryReportBytes } from './support/bureauFiles';
import { startStaticServer, type StaticServer } from './support/staticServer';

const say = (key: string, params?: Readonly<Record<string, string | number>>) => formatMessage('zh-CN', key, params);
const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const screenshotsDir = process.env.JINDU_SCREENSHOTS_DIR ? path.resolve(process.env.JINDU_SCREENSHOTS_DIR) : SCREENSHOTS;

let server: StaticServer;
let browser: Browser;
const opened: GuardedPage[] = [];

beforeAll(async () => {
  server = await startStaticServer(builtPage());
  browser = await launchChromium();
});

afterAll(async () => {
  for (const guarded of opened.splice(0)) await guarded.context.close();
  await browser?.close();
  await server?.close();
});

async function open(colorScheme: 'light' | 'dark'): Promise<Page> {
  // A laptop's window: the pane beside the sheet, as a clerk sees it.
  const guarded = await openGuardedPage(browser, server.origin, { colorScheme, viewport: { width: 1280, height: 860 } });
  opened.push(guarded);
  await guarded.page.goto(`${server.origin}/taskpane.html`);
  await guarded.page.getByRole('button', { name: say('fileMode.sample') }).waitFor({ timeout: 20000 });
  return guarded.page;
}

async function shoot(page: Page, name: string): Promise<void> {
  mkdirSync(screenshotsDir, { recursive: true });
  // Nothing blinks in a committed picture: no caret, no animation half way.
  await page.screenshot({ path: path.join(screenshotsDir, `${name}.png`), animations: 'disabled', caret: 'hide' });
}

describe('三步上手 in Chromium', () => {
  let page: Page;

  beforeAll(async () => {
    page = await open('light');
  });

  it('1 · opens the sample', async () => {
    await page.getByRole('button', { name: say('fileMode.sample') }).click();
    await page.getByRole('table', { name: say('fileMode.preview', { sheet: '三季度' }) }).waitFor();
    await shoot(page, '1-open');
  });

  it('2 · 校验 lists the issues in groups that collapse', async () => {
    await page.getByRole('button', { name: say('pane.check.run') }).click();
    const list = page.getByRole('region', { name: say('pane.check.issueList') });
    await list.waitFor();
    const firstGroup = list.locator('h4 button').first();
    await expect(firstGroup.getAttribute('aria-expanded')).resolves.toBe('true');
    await shoot(page, '2-check');
  });

  it('数值核对 draws the verdicts; a click on a bar filters the list', async () => {
    await page.getByRole('tab', { name: say('pane.tab.targets') }).click();
    await page.getByRole('button', { name: say('pane.targets.run') }).click();
    const chart = page.getByRole('img', { name: /^数值目标结论图：/ });
    await chart.waitFor();
    const label = (await chart.getAttribute('aria-label')) ?? '';
    const met = Number(/已达成 (\d+)/.exec(label)?.[1]);
    const all = [...label.matchAll(/ (\d+)/g)].reduce((sum, match) => sum + Number(match[1]), 0);
    expect(met).toBeGreaterThan(0);
    const items = page.getByRole('list', { name: say('pane.targets.list') }).getByRole('listitem');
    await expect(items.count()).resolves.toBe(all);
    await chart.locator('[data-row="met"]').click();
    await expect(items.count()).resolves.toBe(met);
    await expect(page.getByRole('combobox', { name: say('pane.targets.filter') }).inputValue()).resolves.toBe('met');
    await shoot(page, '2b-targets-chart');
  });

  it('3 · 汇总 compiles two bureaus’ files and draws each unit, its message under the button', async () => {
    // The previous tab's message does not follow the user here.
    await page.getByRole('tab', { name: say('pane.tab.consolidate') }).click();
    await page.getByLabel(say('pane.consolidate.addFiles')).setInputFiles([
      { name: `${HEALTH_UNIT}.xlsx`, mimeType: XLSX_MIME, buffer: Buffer.from(await healthReportBytes()) },
      { name: `${INDUSTRY_UNIT}.xlsx`, mimeType: XLSX_MIME, buffer: Buffer.from(await industryReportBytes()) },
    ]);
    await page.getByRole('button', { name: say('pane.consolidate.removeFile', { file: `${INDUSTRY_UNIT}.xlsx` }) }).waitFor();
    const run = page.getByRole('button', { name: say('pane.consolidate.run') });
    await run.click();
    const chart = page.getByRole('img', { name: /^各单位情况图：/ });
    await chart.waitFor({ timeout: 30000 });
    const label = (await chart.getAttribute('aria-label')) ?? '';
    expect(label).toContain(`${INDUSTRY_UNIT}（任务 `);
    expect(label).toContain('未报送');
    // The outcome sits right under the 汇总 button, not a screen away.
    const message = page.getByText(/已汇总 \d+ 行/);
    const [buttonBox, messageBox] = await Promise.all([run.boundingBox(), message.boundingBox()]);
    expect(buttonBox && messageBox && messageBox.y - (buttonBox.y + buttonBox.height)).toBeLessThan(40);
    await page.getByRole('heading', { name: '各单位情况' }).scrollIntoViewIfNeeded();
    await page.mouse.wheel(0, 200);
    await shoot(page, '3-consolidate');
  });

  it('follows the system’s dark theme', async () => {
    const dark = await open('dark');
    const background = await dark.evaluate(() => getComputedStyle(document.querySelector('.fui-FluentProvider') ?? document.body).backgroundColor);
    const [red, green, blue] = (/\d+/g.exec(background) ? background.match(/\d+/g) ?? [] : []).map(Number);
    expect((red ?? 255) + (green ?? 255) + (blue ?? 255)).toBeLessThan(3 * 80);
    await dark.getByRole('button', { name: say('fileMode.sample') }).click();
    await dark.getByRole('table', { name: say('fileMode.preview', { sheet: '三季度' }) }).waitFor();
    await shoot(dark, 'dark');
  });
});
