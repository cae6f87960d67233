/**
 * ribbon.xml against Microsoft's CustomUI 2006/01 schema (schemas/customUI-2006-01.xsd, with xmllint from
 * Debian's libxml2-utils, which CI installs), and its callbacks against the functions the index page gets.
 * The browser test (tests/e2e/wpsAddin.test.ts) checks the same names on the built index page.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createRibbonCallbacks } from '../../src/wps/ribbonCallbacks';
import { SimulatedEt } from '../support/simulatedEt';
import { ribbonCallbackNames } from '../support/ribbonXml';

const root = path.resolve(__dirname, '../..');
const ribbonPath = path.join(root, 'src/wps/ribbon.xml');
const schemaPath = path.join(root, 'schemas/customUI-2006-01.xsd');

/** xmllint's verdict on a ribbon: null when valid, else its complaint. */
function schemaProblem(ribbonXml: string): string | null {
  const file = path.join(mkdtempSync(path.join(os.tmpdir(), 'jindu-ribbon-')), 'ribbon.xml');
  writeFileSync(file, ribbonXml);
  try {
    execFileSync('xmllint', ['--noout', '--schema', schemaPath, file], { stdio: 'pipe' });
    return null;
  } catch (error) {
    return String((error as { stderr?: Buffer }).stderr ?? error);
  }
}

const ribbonXml = readFileSync(ribbonPath, 'utf8');

describe('ribbon.xml of the WPS 加载项', () => {
  it('is valid CustomUI 2006/01', () => {
    expect(schemaProblem(ribbonXml)).toBeNull();
  });

  it('is refused by the schema check when it breaks the schema', () => {
    expect(schemaProblem(ribbonXml.replace('id="jinduCheckSheet"', 'id="jinduCheckSheet" colour="red"'))).toMatch(/colour/);
    expect(schemaProblem(ribbonXml.replace('<group id="jinduGroup"', '<grop id="jinduGroup"').replace('</group>', '</grop>'))).toMatch(/grop/);
  });

  it('has the 进度助手 tab with 打开进度助手 and 校验本表, each with an image', () => {
    expect(ribbonXml).toMatch(/<tab id="jinduTab" label="进度助手">/);
    for (const label of ['打开进度助手', '校验本表']) expect(ribbonXml).toMatch(new RegExp(`<button [^>]*label="${label}"[^>]*getImage="OnGetImage"`));
  });

  it('names only callbacks the index page defines', () => {
    const simulation = new SimulatedEt();
    simulation.openWorkbook('进度.xlsx', { 三季度: [['序号']] });
    const callbacks = createRibbonCallbacks({ application: simulation.application(), language: 'zh-CN', paneUrl: 'http://intranet/jindu/taskpane.html', imagesUrl: 'http://intranet/jindu/images/', showMessage: () => undefined });
    const names = ribbonCallbackNames(ribbonXml);
    expect(names.length).toBeGreaterThanOrEqual(4);
    for (const name of names) expect([name, typeof (callbacks as unknown as Record<string, unknown>)[name]]).toEqual([name, 'function']);
  });

  it('has an image file for every button', () => {
    const simulation = new SimulatedEt();
    const callbacks = createRibbonCallbacks({ application: simulation.application(), language: 'zh-CN', paneUrl: '', imagesUrl: 'images/', showMessage: () => undefined });
    for (const id of [...ribbonXml.matchAll(/<button id="(\w+)"/g)].map((match) => match[1] ?? '')) {
      const image = callbacks.OnGetImage({ Id: id });
      expect(readFileSync(path.join(root, 'assets/wps', path.basename(image)), 'utf8')).toContain('<svg');
    }
  });
});

describe('the ribbon callbacks', () => {
  function ribbon() {
    const simulation = new SimulatedEt();
    simulation.openWorkbook('进度.xlsx', { 三季度: [['序号', '任务', '时间', '节点任务', '进展情况', '自我评价'], [1, '建设人才公寓', '三季度', '开工', '', '完成']] });
    const messages: string[] = [];
    const callbacks = createRibbonCallbacks({ application: simulation.application(), language: 'zh-CN', paneUrl: 'http://intranet/jindu/taskpane.html', imagesUrl: 'http://intranet/jindu/images/', showMessage: (text) => messages.push(text) });
    return { simulation, callbacks, messages };
  }

  it('opens one pane however often 打开进度助手 is pressed, and shows it again', () => {
    const { simulation, callbacks } = ribbon();
    callbacks.OnOpenPane({ Id: 'jinduOpenPane' });
    const pane = simulation.taskPanes[0]?.pane;
    if (!pane) throw new Error('no pane');
    pane.Visible = false;
    callbacks.OnOpenPane({ Id: 'jinduOpenPane' });
    expect(simulation.taskPanes.map((opened) => [opened.url, opened.title, opened.pane.Visible])).toEqual([['http://intranet/jindu/taskpane.html', '进度助手', true]]);
  });

  it('校验本表 checks the active sheet with one read and tells the count', async () => {
    const { simulation, callbacks, messages } = ribbon();
    simulation.resetCalls();
    await callbacks.OnCheckSheet({ Id: 'jinduCheckSheet' });
    expect(simulation.callsOf('Range.Value2.get')).toBe(1);
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatch(/三季度.*共 \d+ 个问题/);
  });
});
