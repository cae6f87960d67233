/**
 * File mode in a real browser, against the intranet build served on 127.0.0.1 with the internet cut off:
 * the sample, consolidation of two bureaus' files through download and read-back, keyboard-only use,
 * and a damaged file. Screenshots of each view go to test-output/e2e/.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { XlsxWorkbook } from '../../src/adapters/xlsx';
import JSZip from 'jszip';
import { formatMessage, parseReport, SEED_001_PLAN_SHEET, type SheetGrid } from '../../src/core';
import { zhCN as fileModeText } from '../../src/core/messages/fileMode';
import { zhCN as paneText } from '../../src/core/messages/pane';
import { builtPage, launchChromium, openGuardedPage, screenshot, type GuardedPage } from './support/browser';
import { HEALTH_UNIT, healthNumberSerials, healthReportBytes, INDUSTRY_UNIT, industryReportBytes, industrySerials } from './support/bureauFiles';
import { startStaticServer, type StaticServer } from './support/staticServer';
import { lyingBombBytes } from '../fixtures/hostile/hostileFiles';

const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const text = (map: Readonly<Record<string, string>>, key: string): string => {
  const found = map[key];
  if (found === undefined) throw new Error(`no text for ${key}`);
  return found;
};

let server: StaticServer;
let browser: Browser;
const opened: GuardedPage[] = [];

beforeAll(async () => {
  server = await startStaticServer(builtPage());
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

afterEach(async () => {
  for (const guarded of opened.splice(0)) await guarded.context.close();
});

async function openFileMode(): Promise<GuardedPage> {
  const guarded = await openGuardedPage(browser, server.origin);
  opened.push(guarded);
  await guarded.page.goto(`${server.origin}/taskpane.html`);
  await guarded.page.getByRole('button', { name: text(fileModeText, 'fileMode.sample') }).waitFor({ timeout: 20000 });
  return guarded;
}

function preview(page: Page, sheet: string) {
  return page.getByRole('table', { name: formatMessage('zh-CN', 'fileMode.preview', { sheet }) });
}

async function loadSample(page: Page): Promise<void> {
  await page.getByRole('button', { name: text(fileModeText, 'fileMode.sample') }).click();
  await preview(page, '三季度').waitFor();
}

async function runCheck(page: Page): Promise<void> {
  await page.getByRole('button', { name: text(paneText, 'pane.check.run') }).click();
  await page.getByRole('region', { name: text(paneText, 'pane.check.issueList') }).waitFor();
}

function issueButton(page: Page, sheet: string, cell: string) {
  return page.getByTitle(formatMessage('zh-CN', 'pane.check.goTo', { sheet, cell }), { exact: true });
}

describe('file mode in Chromium', () => {
  it('loads the intranet build with no internet, asking no host but its own', async () => {
    const guarded = await openFileMode();
    await screenshot(guarded.page, '01-start');
    // A browser tab is the standalone page: it never asks for office.js.
    expect(server.requested.filter((requested) => requested.includes('office.js'))).toEqual([]);
    expect(guarded.blocked).toEqual([]);
    expect(await guarded.cspViolations()).toEqual([]);
    expect(guarded.pageErrors).toEqual([]);
  });

  it('shows its first button within 2 s where every request to another host, and office.js, hangs', async () => {
    // A government intranet that silently drops the CDN: requests neither answer nor fail. office.js is
    // held too, standing in for the CDN build's copy, so the page cannot be waiting on it either.
    const context = await browser.newContext({ locale: 'zh-CN' });
    try {
      await context.route('**/*', async (route) => {
        const url = route.request().url();
        if (url.startsWith(`${server.origin}/`) && !url.includes('office.js')) await route.continue();
        // Otherwise never answered: the request hangs as a dropped packet would.
      });
      const page = await context.newPage();
      await page.goto(`${server.origin}/taskpane.html`, { waitUntil: 'commit' });
      await page.getByRole('button', { name: text(fileModeText, 'fileMode.sample') }).waitFor({ timeout: 2000 });
    } finally {
      await context.close();
    }
  });

  it("shows the sample's known defects, and a click on one marks its row", async () => {
    const { page, blocked, cspViolations, pageErrors } = await openFileMode();
    await loadSample(page);
    await screenshot(page, '02-sample');
    await runCheck(page);
    // Seed 000's defects (DOMAIN §1): 完成 while the work is under way (serial 40), repeated headers and
    // rows split by page breaks.
    for (const cell of ['F5', 'A9', 'B10', 'A14', 'B15']) await expect(issueButton(page, '三季度', cell).count()).resolves.toBe(1);
    await screenshot(page, '03-check');

    await issueButton(page, '三季度', 'F5').click();
    const selectedRows = preview(page, '三季度').locator('tr[aria-selected="true"]');
    await expect(selectedRows.count()).resolves.toBe(1);
    await expect(selectedRows.getAttribute('data-row')).resolves.toBe('5');

    await page.getByRole('button', { name: text(paneText, 'pane.check.mark'), exact: true }).click();
    await preview(page, '三季度').locator('td[data-cell="F5"][data-mark="warning"]').waitFor();
    await screenshot(page, '04-marked');
    // ExcelJS ran in the page under the policy: no request left the machine and nothing was refused.
    expect(blocked).toEqual([]);
    expect(await cspViolations()).toEqual([]);
    expect(pageErrors).toEqual([]);
  });

  it("shows the sample's target verdicts and previews its repairs", async () => {
    const { page, pageErrors } = await openFileMode();
    await loadSample(page);
    await page.getByRole('tab', { name: text(paneText, 'pane.tab.targets') }).click();
    await page.getByRole('button', { name: text(paneText, 'pane.targets.run') }).click();
    const targets = page.getByRole('list', { name: text(paneText, 'pane.targets.list') });
    await targets.waitFor();
    // Seed 000: 增加精神科医师5名 against 增加精神科医师 7 人 is met (DOMAIN §4).
    await expect(targets.getByText(text(paneText, 'pane.targets.verdict.met')).count()).resolves.toBeGreaterThan(0);
    await screenshot(page, '09-targets');

    await page.getByRole('tab', { name: text(paneText, 'pane.tab.fill') }).click();
    await page.getByRole('button', { name: text(paneText, 'pane.fill.preview'), exact: true }).click();
    const edits = page.getByRole('list', { name: text(paneText, 'pane.fill.preview') }).getByRole('listitem');
    await edits.first().waitFor();
    await expect(edits.count()).resolves.toBeGreaterThan(10);
    await screenshot(page, '10-repair');

    // Applying them removes the header that a page break repeated in row 9.
    const repeatedHeader = preview(page, '三季度').locator('td[data-cell="A9"]');
    await expect(repeatedHeader.textContent()).resolves.toBe('序号');
    await page.getByRole('button', { name: text(paneText, 'pane.fill.apply') }).click();
    await page.waitForFunction(() => document.querySelector('td[data-cell="A9"]')?.textContent !== '序号');
    await screenshot(page, '11-repaired');
    expect(pageErrors).toEqual([]);
  });

  it('consolidates two bureau files into a download that holds every source row once and lists the conflict', async () => {
    const { page, blocked } = await openFileMode();
    const health = await healthReportBytes();
    await page.getByTestId('file-input').setInputFiles({ name: '卫生健康委-三季度.xlsx', mimeType: XLSX_MIME, buffer: Buffer.from(health) });
    await preview(page, '三季度').waitFor();

    await page.getByRole('tab', { name: text(paneText, 'pane.tab.consolidate') }).click();
    await page
      .getByLabel(text(paneText, 'pane.consolidate.addFiles'), { exact: true })
      .setInputFiles({ name: '工业和信息化局-三季度.xlsx', mimeType: XLSX_MIME, buffer: Buffer.from(await industryReportBytes()) });
    await page.getByRole('button', { name: text(paneText, 'pane.consolidate.run') }).click();
    const conflicts = page.getByRole('region', { name: formatMessage('zh-CN', 'pane.consolidate.conflicts', { count: 1 }) });
    await conflicts.waitFor();
    await expect(conflicts.textContent()).resolves.toContain('53');
    await screenshot(page, '05-consolidated');

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: text(fileModeText, 'fileMode.download') }).click()]);
    const downloadedPath = await download.path();
    const workbook = await XlsxWorkbook.load(await readFile(downloadedPath));
    expect((await workbook.listSheets()).map((sheet) => sheet.name)).toEqual(expect.arrayContaining(['三季度', '汇总', '统计']));

    // Every task row of each source once: as many rows per unit as the source has tasks, no pair twice,
    // and every integer serial present.
    const reported = compiledUnitSerials(await workbook.readSheet('汇总'));
    const source = await (await XlsxWorkbook.load(health)).readSheet('三季度');
    const healthTasks = (parseReport(source).report?.rows ?? []).filter((row) => row.kind === 'task').length;
    expect(new Set(reported).size).toBe(reported.length);
    expect(reported.filter((pair) => pair.startsWith(`${HEALTH_UNIT}#`))).toHaveLength(healthTasks);
    expect(reported.filter((pair) => pair.startsWith(`${INDUSTRY_UNIT}#`)).sort()).toEqual(industrySerials.map((serial) => `${INDUSTRY_UNIT}#${serial}`).sort());
    expect(reported).toEqual(expect.arrayContaining(healthNumberSerials.map((serial) => `${HEALTH_UNIT}#${serial}`)));
    expect(reported).toHaveLength(healthTasks + industrySerials.length);

    // The source sheet went into the download as it came in.
    expect((await workbook.readSheet('三季度')).text).toEqual(source.text);
    expect(blocked).toEqual([]);
  });

  it("splits the sample's plan into one workbook per unit, downloaded together as a .zip", async () => {
    const { page } = await openFileMode();
    await loadSample(page);
    await page.getByRole('tab', { name: SEED_001_PLAN_SHEET, exact: true }).click();
    await preview(page, SEED_001_PLAN_SHEET).waitFor();
    await page.getByRole('button', { name: formatMessage('zh-CN', 'fileMode.split.run', { sheet: SEED_001_PLAN_SHEET }) }).click();
    const parts = page.getByRole('list', { name: text(fileModeText, 'fileMode.split.parts') }).getByRole('listitem');
    await parts.first().waitFor();
    const partCount = await parts.count();
    expect(partCount).toBeGreaterThan(1);
    await screenshot(page, '06-split');

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: text(fileModeText, 'fileMode.split.downloadAll') }).click()]);
    expect(download.suggestedFilename()).toBe(formatMessage('zh-CN', 'fileMode.split.zipName', { sheet: SEED_001_PLAN_SHEET }));
    const archive = await JSZip.loadAsync(await readFile(await download.path()), { checkCRC32: true });
    const names = Object.keys(archive.files);
    expect(names).toHaveLength(partCount);
    expect(names).toContain('市卫生健康委.xlsx');
    for (const name of names) {
      const bytes = await archive.file(name)?.async('uint8array');
      if (!bytes) throw new Error(`${name} is missing from the archive`);
      const workbook = await XlsxWorkbook.load(bytes);
      const [sheet] = await workbook.listSheets();
      const grid = await workbook.readSheet(sheet?.name ?? '');
      const unit = name.replace(/(-\d+)?\.xlsx$/, '');
      expect(grid.text.flat()).toContain(formatMessage('zh-CN', 'split.unitLine', { unit }));
    }
  });

  it('reaches and runs 校验 with the keyboard alone', async () => {
    const { page } = await openFileMode();
    await tabTo(page, text(fileModeText, 'fileMode.sample'));
    await page.keyboard.press('Enter');
    await preview(page, '三季度').waitFor();
    await tabTo(page, text(paneText, 'pane.check.run'));
    await page.keyboard.press('Enter');
    await page.getByRole('region', { name: text(paneText, 'pane.check.issueList') }).waitFor();
    await screenshot(page, '07-keyboard');
  });

  it('shows why a damaged or encrypted file cannot be read, and keeps working', async () => {
    const { page, pageErrors } = await openFileMode();
    const fixtures = path.join(__dirname, '..', 'fixtures', 'files');
    await page.getByTestId('file-input').setInputFiles([path.join(fixtures, 'truncated.xlsx'), path.join(fixtures, 'encrypted.xlsx')]);
    const alert = page.getByRole('alert');
    await alert.waitFor();
    await expect(alert.textContent()).resolves.toContain(formatMessage('zh-CN', 'file.corrupt', { file: 'truncated.xlsx' }));
    await expect(alert.textContent()).resolves.toContain(formatMessage('zh-CN', 'file.encrypted', { file: 'encrypted.xlsx' }));
    await screenshot(page, '08-damaged-file');

    await loadSample(page);
    await runCheck(page);
    expect(pageErrors).toEqual([]);
  });
});


describe('file mode against a zip that lies about its sizes', () => {
  it('refuses it by the bytes it really inflates to, with the bomb message, and keeps working', async () => {
    const { page, pageErrors } = await openFileMode();
    // 0.5 MB declaring 100 bytes for its worksheet, inflating to 520 MB: the browser's own inflater counts it.
    await page.getByTestId('file-input').setInputFiles({ name: '炸弹.xlsx', mimeType: XLSX_MIME, buffer: Buffer.from(await lyingBombBytes(520)) });
    const alert = page.getByRole('alert');
    await alert.waitFor();
    await expect(alert.textContent()).resolves.toContain(formatMessage('zh-CN', 'file.unpackedTooLarge', { file: '炸弹.xlsx', limit: 500 }));
    await loadSample(page);
    await runCheck(page);
    expect(pageErrors).toEqual([]);
  });
});

/** Presses Tab until the focused element is the control with this name (at most 60 presses). */
async function tabTo(page: Page, name: string): Promise<void> {
  for (let presses = 0; presses < 60; presses += 1) {
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => {
      const element = document.activeElement;
      return element ? (element.getAttribute('aria-label') ?? element.textContent ?? '').trim() : '';
    });
    if (focused === name) return;
  }
  throw new Error(`Tab never reached "${name}"`);
}

/** `unit#serial` for every task row of 汇总 (row 1 title, row 2 headers, tasks below). */
function compiledUnitSerials(grid: SheetGrid): string[] {
  const header = grid.text[1] ?? [];
  const unitColumn = header.indexOf(formatMessage('zh-CN', 'consolidate.header.unit'));
  const serialColumn = header.indexOf('序号');
  if (unitColumn < 0 || serialColumn < 0) throw new Error(`汇总 has no 填报单位/序号 header: ${header.join(' | ')}`);
  return grid.text.slice(2).flatMap((row) => {
    const serial = (row[serialColumn] ?? '').trim();
    return serial === '' ? [] : [`${(row[unitColumn] ?? '').trim()}#${serial}`];
  });
}
