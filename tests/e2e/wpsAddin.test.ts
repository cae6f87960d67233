/**
 * The built WPS 表格 加载项 (dist-wps) in Chromium, with the simulated ET object model as `window.Application`
 * and the sample workbook open, served on 127.0.0.1 with the internet cut off: the ribbon's callbacks exist
 * in the built index page and work; the pane checks, marks, repairs and undoes on the sample.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Locator } from 'playwright-core';
import { zhCN as paneText } from '../../src/core/messages/pane';
import { launchChromium, openGuardedPage, screenshot, type GuardedPage } from './support/browser';
import { bundleWpsSimulation } from './support/bundleWpsSimulation';
import { startStaticServer, type StaticServer } from './support/staticServer';
import { ribbonCallbackNames } from '../support/ribbonXml';

const text = (key: string): string => {
  const found = paneText[key];
  if (found === undefined) throw new Error(`no text for ${key}`);
  return found;
};

function builtAddin(): string {
  const dist = process.env.JINDU_E2E_WPS_DIST;
  if (!dist || !existsSync(path.join(dist, 'index.html'))) throw new Error('JINDU_E2E_WPS_DIST must name a built 加载项; run the browser tests with `npm run test:e2e`.');
  return dist;
}

/** Waits until a button can be pressed (Fluent disables buttons while work runs). */
function waitUntilEnabled(locator: Locator): Promise<void> {
  return locator.and(locator.page().locator(':not([disabled])')).waitFor();
}

let server: StaticServer;
let browser: Browser;
let simulationScript: string;
const opened: GuardedPage[] = [];

beforeAll(async () => {
  server = await startStaticServer(builtAddin());
  browser = await launchChromium();
  simulationScript = await bundleWpsSimulation();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

afterEach(async () => {
  for (const guarded of opened.splice(0)) {
    expect(guarded.blocked).toEqual([]);
    expect(await guarded.cspViolations()).toEqual([]);
    expect(guarded.pageErrors).toEqual([]);
    await guarded.context.close();
  }
});

async function openInWps(page: string): Promise<GuardedPage> {
  const guarded = await openGuardedPage(browser, server.origin);
  opened.push(guarded);
  await guarded.context.addInitScript({ content: simulationScript });
  await guarded.page.goto(`${server.origin}/${page}`);
  return guarded;
}

type Wps = {
  cell(sheet: string, address: string): { value: unknown; fill: number | null; comment: string | null };
  sheetNames(): string[];
  values(sheet: string): string[] | null;
  markedCells(): string[];
  calls(member: string): number;
  taskPanes(): { url: string; title: string; visible: boolean }[];
};

describe('the WPS 加载项 built into dist-wps', () => {
  it('has every callback ribbon.xml names on its index page, and they open the pane, check the sheet and give icons', async () => {
    const ribbon = readFileSync(path.join(builtAddin(), 'ribbon.xml'), 'utf8');
    const names = ribbonCallbackNames(ribbon);
    expect(names).toEqual(expect.arrayContaining(['OnAddinLoad', 'OnOpenPane', 'OnCheckSheet', 'OnGetImage']));
    const { page } = await openInWps('index.html');
    await page.waitForFunction(() => typeof (window as unknown as Record<string, unknown>).OnOpenPane === 'function');
    for (const name of names) expect([name, await page.evaluate((callback) => typeof (window as unknown as Record<string, unknown>)[callback], name)]).toEqual([name, 'function']);

    await page.evaluate(() => {
      const callbacks = window as unknown as Record<string, (control: { Id: string }) => unknown>;
      callbacks.OnOpenPane?.({ Id: 'jinduOpenPane' });
      callbacks.OnOpenPane?.({ Id: 'jinduOpenPane' });
    });
    const panes = await page.evaluate(() => (window as unknown as { __wps: Wps }).__wps.taskPanes());
    expect(panes).toEqual([{ url: `${server.origin}/taskpane.html`, title: '进度助手', visible: true }]);

    const message = new Promise<string>((resolve) =>
      page.once('dialog', (dialog) => {
        resolve(dialog.message());
        void dialog.accept();
      }),
    );
    await page.evaluate(() => (window as unknown as Record<string, (control: { Id: string }) => Promise<void>>).OnCheckSheet?.({ Id: 'jinduCheckSheet' }));
    expect(await message).toMatch(/三季度.*共 \d+ 个问题/);

    for (const id of ['jinduOpenPane', 'jinduCheckSheet']) {
      const image = await page.evaluate((control) => (window as unknown as Record<string, (control: { Id: string }) => string>).OnGetImage?.({ Id: control }), id);
      const response = await page.request.get(image ?? '');
      expect([id, response.status(), response.headers()['content-type']]).toEqual([id, 200, 'image/svg+xml']);
    }
  });

  it('checks the sample, marks it, repairs it, undoes the repair and clears the marks in the pane', async () => {
    const { page } = await openInWps('taskpane.html');
    /** Reads the simulated workbook: `expression` is evaluated against `window.__wps` (tests/e2e/support/wpsInBrowser.ts). */
    const inWps = <T,>(expression: string): Promise<T> => page.evaluate(`window.__wps.${expression}`) as Promise<T>;
    const original = await inWps<string[]>("values('三季度')");
    await page.getByRole('button', { name: text('pane.check.run'), exact: true }).waitFor({ timeout: 20000 });

    const readsBefore = await inWps<number>("calls('Range.Value2.get')");
    await page.getByRole('button', { name: text('pane.check.run'), exact: true }).click();
    await page.getByText(/共 \d+ 个问题/).first().waitFor();
    expect((await inWps<number>("calls('Range.Value2.get')")) - readsBefore).toBe(1);
    await screenshot(page, 'wps-checked');

    await page.getByRole('button', { name: text('pane.check.mark'), exact: true }).click();
    const marked = page.getByText(/已标记 \d+ 个单元格/);
    await marked.waitFor();
    const markedCells = await inWps<string[]>('markedCells()');
    expect(markedCells.length).toBeGreaterThan(0);
    expect(await marked.textContent()).toContain(`已标记 ${markedCells.length} 个单元格`);
    await screenshot(page, 'wps-marked');

    await page.getByRole('tab', { name: text('pane.tab.fill'), exact: true }).click();
    await page.getByRole('button', { name: text('pane.fill.preview'), exact: true }).click();
    const apply = page.getByRole('button', { name: text('pane.fill.apply'), exact: true });
    await waitUntilEnabled(apply);
    await apply.click();
    const undo = page.getByRole('button', { name: text('pane.undo'), exact: true });
    await waitUntilEnabled(undo);
    expect(await inWps<string[]>("values('三季度')")).not.toEqual(original);
    expect((await inWps<string[]>('sheetNames()')).filter((name) => name.startsWith('_jindu_undo_'))).toHaveLength(1);
    await screenshot(page, 'wps-repaired');

    await undo.click();
    await page.getByText(text('pane.undo.done')).waitFor();
    expect(await inWps<string[]>("values('三季度')")).toEqual(original);
    expect((await inWps<string[]>('sheetNames()')).some((name) => name.startsWith('_jindu_undo_'))).toBe(false);
    // The repair's undo put the marked sheet back as it was, marks included; clearing takes them all away.
    expect(await inWps<string[]>('markedCells()')).toEqual(markedCells);

    await page.getByRole('tab', { name: text('pane.tab.check'), exact: true }).click();
    await page.getByRole('button', { name: text('pane.check.clearMarks'), exact: true }).click();
    await page.getByText(/已清除 \d+ 个单元格的标记/).waitFor();
    expect(await inWps<string[]>('markedCells()')).toEqual([]);
  });
});
