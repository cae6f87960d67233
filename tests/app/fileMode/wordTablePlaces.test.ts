/**
 * File mode works on an .xlsx copy of a Word document, yet tells every issue and target where it is in
 * the document (表1 第3行 第5列), exactly as `jindu check` does on the same file.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { openPickedFile } from '../../../src/adapters/formats/openPickedFile';
import { xlsxFilesOnDemand } from '../../../src/adapters/xlsx/xlsxFilesOnDemand';
import { createCoreEngine } from '../../../src/app/coreEngine';
import { createFileHost, createPageSettingsStore } from '../../../src/app/fileMode/fileHost';
import { createFileSession } from '../../../src/app/fileMode/fileSession';
import { DEFAULT_SETTINGS } from '../../../src/app/host';
import { createPaneUseCases } from '../../../src/app/paneUseCases';
import { runCli } from '../../../src/cli/main';
import { wordReportBytes } from '../../fixtures/docx/writeWordReport';

const HEADER = ['序号', '《政府工作报告》重点工作任务', '时间', '节点任务', '进展情况', '自我评价'].map((text) => ({ text }));

async function wordReport(): Promise<Uint8Array> {
  return wordReportBytes({
    above: ['2024年《政府工作报告》重点工作任务三季度进展情况', '填报单位：市教育局    填报时间：2024年10月9日'],
    rows: [
      HEADER,
      ['1', '年底前建成学校5所', '三季度', '建成学校', '已建成学校4所', '完成'].map((text) => ({ text })),
      ['2', '新增学位5000个', '三季度', '新增学位', '', '完成'].map((text) => ({ text })),
    ],
  });
}

async function openInFileMode(bytes: Uint8Array) {
  const opened = await xlsxFilesOnDemand.open('市教育局.docx', bytes);
  if (!opened.ok) throw new Error(`not opened: ${opened.problem.key}`);
  const session = createFileSession();
  const file = session.add('市教育局.docx', opened.workbook, '表1');
  const host = createFileHost({ session, fileId: file.id, displayLanguage: 'zh-CN', settings: createPageSettingsStore(DEFAULT_SETTINGS) });
  return { useCases: createPaneUseCases(host, createCoreEngine(), openPickedFile, 'zh-CN'), workbook: opened.workbook };
}

async function cliPlaces(bytes: Uint8Array): Promise<{ rule: string; cell: string; place?: string }[]> {
  const folder = await mkdtemp(path.join(tmpdir(), 'jindu-word-places-'));
  try {
    const file = path.join(folder, '市教育局.docx');
    await writeFile(file, bytes);
    const out: string[] = [];
    await runCli(['check', file, '--json'], { out: (text) => out.push(text), err: () => undefined });
    const report = JSON.parse(out.join('')) as { sheets: { issues: { rule: string; cell: string; place?: string }[] }[] };
    return report.sheets[0]?.issues ?? [];
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}

const progress = () => ({ signal: new AbortController().signal, report: () => undefined });

describe('a Word table checked in file mode', () => {
  it('tells each issue at its place in the document, the same places the CLI tells', async () => {
    const bytes = await wordReport();
    const { useCases } = await openInFileMode(bytes);
    const outcome = await useCases.check('active', progress());
    const empty = outcome.issues.find((issue) => issue.rule === 'progress.empty');
    expect(empty).toMatchObject({ cell: 'E5', place: '表1 第3行 第5列' });

    const fromCli = await cliPlaces(bytes);
    const placed = (issues: readonly { rule: string; place?: string }[]) => issues.filter((issue) => issue.place !== undefined).map((issue) => `${issue.rule}@${issue.place}`).sort();
    expect(placed(fromCli).length).toBeGreaterThan(0);
    expect(placed(outcome.issues)).toEqual(placed(fromCli));
  });

  it('tells the targets at their place in the table too', async () => {
    const { useCases } = await openInFileMode(await wordReport());
    const outcome = await useCases.checkTargets();
    expect(outcome.targets.length).toBeGreaterThan(0);
    for (const target of outcome.targets) expect(target.place).toMatch(/^表1 第\d+行 第\d+列$/);
    expect(outcome.targets.find((target) => target.text.includes('学校5所'))?.place).toBe('表1 第2行 第2列');
  });

  it('forgets the origin when the sheet is replaced by one of its own', async () => {
    const { workbook } = await openInFileMode(await wordReport());
    expect((await workbook.readSheet('表1')).documentTable).toEqual({ table: 1, firstRow: 2 });
    await workbook.apply([{ op: 'addSheet', sheet: '表1', replace: true }]);
    expect((await workbook.readSheet('表1')).documentTable).toBeUndefined();
  });
});
