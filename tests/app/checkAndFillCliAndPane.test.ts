/**
 * One file checked, repaired and carried to the next quarter twice: by `jindu check` / `jindu fill` and by file
 * mode's pane (the application layer's use cases on the file-mode host over the same file). Both run the core's
 * one check, one repair planner and one generator, so both find the same issues and write the same sheets.
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { XlsxWorkbook } from '../../src/adapters/xlsx';
import { openPickedFile } from '../../src/adapters/formats/openPickedFile';
import { xlsxFilesOnDemand } from '../../src/adapters/xlsx/xlsxFilesOnDemand';
import { createCoreEngine } from '../../src/app/coreEngine';
import { createFileHost, createPageSettingsStore } from '../../src/app/fileMode/fileHost';
import { createFileSession } from '../../src/app/fileMode/fileSession';
import { DEFAULT_SETTINGS } from '../../src/app/host';
import { createPaneUseCases, type PaneUseCases } from '../../src/app/paneUseCases';
import { runCli } from '../../src/cli/main';
import { REPAIR_KINDS, seed000Rows } from '../../src/core';
import { xlsxBytesOf } from '../fixtures/consolidate/writeBureauFiles';

const REPORT = { file: '市卫生健康委.xlsx', sheets: { 说明: [['填表说明：每季度末报送']], 三季度: seed000Rows } };

let folder: string;
let input: string;

async function cli(args: readonly string[]): Promise<{ code: number; out: string }> {
  const out: string[] = [];
  const code = await runCli([...args], { out: (text) => out.push(text), err: () => undefined });
  return { code, out: out.join('\n') };
}

/** File mode's pane on the same file, as the page opens it. */
async function paneOnFile(): Promise<{ useCases: PaneUseCases; workbook: XlsxWorkbook }> {
  const opened = await xlsxFilesOnDemand.open(REPORT.file, new Uint8Array(await readFile(input)));
  if (!opened.ok) throw new Error(`the fixture did not open: ${opened.problem.key}`);
  const session = createFileSession();
  const file = session.add(REPORT.file, opened.workbook, '三季度');
  const host = createFileHost({ session, fileId: file.id, displayLanguage: 'zh-CN', settings: createPageSettingsStore({ ...DEFAULT_SETTINGS, period: '三季度' }) });
  return { useCases: createPaneUseCases(host, createCoreEngine(), openPickedFile, 'zh-CN'), workbook: opened.workbook as XlsxWorkbook };
}

const progress = () => ({ signal: new AbortController().signal, report: () => undefined });

beforeAll(async () => {
  folder = await mkdtemp(path.join(tmpdir(), 'jindu-check-cli-and-pane-'));
  input = path.join(folder, REPORT.file);
  await writeFile(input, await xlsxBytesOf(REPORT));
});

afterAll(async () => {
  await rm(folder, { recursive: true, force: true });
});

describe('jindu and file mode\u2019s pane on the same file', () => {
  it('find the same issues, with the same messages, and skip the same sheets for the same reason', async () => {
    const checked = await cli(['check', input, '--period', '三季度', '--json']);
    const json = JSON.parse(checked.out) as {
      sheets: { sheet: string; rows: number; issues: { rule: string; severity: string; cell: string; message: string }[] }[];
      summary: { error: number; warning: number; info: number };
    };
    const { useCases } = await paneOnFile();
    const outcome = await useCases.check('all', progress());
    // Both list 说明 as skipped, with the same info saying why; the CLI lists it as a sheet of no rows.
    const skipped = outcome.issues.filter((issue) => issue.rule === 'sheet.notReport');
    expect(skipped.map((issue) => [issue.sheet, issue.message])).toEqual([['说明', '工作表“说明”不是进展情况表，已跳过']]);
    expect(outcome.sheets).toEqual(json.sheets.filter((sheet) => sheet.rows > 0).map((sheet) => sheet.sheet));
    const inPane = outcome.issues.map((issue) => ({ sheet: issue.sheet, rule: issue.rule, severity: issue.severity, cell: issue.cell, message: issue.message }));
    const byCli = json.sheets.flatMap((sheet) => sheet.issues.map((issue) => ({ sheet: sheet.sheet, rule: issue.rule, severity: issue.severity, cell: issue.cell, message: issue.message })));
    expect(byCli.length).toBeGreaterThan(10);
    expect(inPane).toEqual(byCli);
    expect({ error: outcome.summary.error, warning: outcome.summary.warning, info: outcome.summary.info }).toEqual(json.summary);
  });

  it('repair the sheet into the same cells', async () => {
    const output = path.join(folder, 'repaired.xlsx');
    expect((await cli(['fill', input, '-o', output, '--fix', 'all', '--period', '三季度'])).code).toBe(0);
    const { useCases, workbook } = await paneOnFile();
    const preview = await useCases.previewRepairs(REPAIR_KINDS);
    expect(preview?.edits.length).toBeGreaterThan(0);
    if (preview) await useCases.applyRepairs(preview);
    const byCli = await (await XlsxWorkbook.load(await readFile(output))).readSheet('三季度');
    expect((await workbook.readSheet('三季度')).text).toEqual(byCli.text);
  });

  it('write the same next quarter\u2019s sheet', async () => {
    const output = path.join(folder, 'next.xlsx');
    expect((await cli(['fill', input, '-o', output, '--next-quarter'])).code).toBe(0);
    const { useCases, workbook } = await paneOnFile();
    const generated = await useCases.generate({ kind: 'nextQuarter', fromSheet: '三季度' });
    expect(generated.sheet).toBe('四季度');
    const byCli = await (await XlsxWorkbook.load(await readFile(output))).readSheet('四季度');
    expect((await workbook.readSheet('四季度')).text).toEqual(byCli.text);
  });
});
