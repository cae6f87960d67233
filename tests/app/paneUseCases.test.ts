import { SEED_001_PLAN_ROWS, SEED_001_PLAN_SHEET, seed000Rows } from '../../src/core';
import { createCoreEngine } from '../../src/app/coreEngine';
import { DEFAULT_SETTINGS } from '../../src/app/host';
import { createPaneUseCases, PaneMessageError, WorkCancelledError, type GenerateRequest } from '../../src/app/paneUseCases';
import { memoryHost } from '../support/memoryHost';


const noFiles = async () => ({ ok: false as const, problem: { key: 'file.corrupt', params: {} } });
const progress = () => ({ signal: new AbortController().signal, report: jest.fn() });
const seedSheets = () => ({ 三季度: seed000Rows.map((row) => [...row]), [SEED_001_PLAN_SHEET]: SEED_001_PLAN_ROWS.map((row) => [...row]) });

describe('the pane’s use cases', () => {
  const generateCases: { description: string; request: GenerateRequest; sheet: string; title: RegExp }[] = [
    { description: 'a blank template', request: { kind: 'template', sheet: '模板', period: '四季度', year: 2021 }, sheet: '模板', title: /2021年.*四季度/ },
    { description: 'this quarter’s sheet from the plan', request: { kind: 'fromPlan', planSheet: SEED_001_PLAN_SHEET, period: '三季度', sheet: '三季度（计划）', year: 2022 }, sheet: '三季度（计划）', title: /2022年.*三季度/ },
    { description: 'next quarter’s sheet from this one', request: { kind: 'nextQuarter', fromSheet: '三季度' }, sheet: '四季度', title: /2021年.*四季度/ },
  ];

  it.each(generateCases)('generates $description as a new sheet that undo removes again', async ({ request, sheet, title }) => {
    const host = memoryHost(seedSheets(), '三季度', { ...DEFAULT_SETTINGS, unit: '济南市卫生健康委' });
    const useCases = createPaneUseCases(host, createCoreEngine(), noFiles, 'zh-CN');
    const outcome = await useCases.generate(request);
    expect(outcome.sheet).toBe(sheet);
    const grid = await host.workbook.readSheet(sheet);
    expect(grid.text[0]?.[0]).toMatch(title);
    expect(grid.text.some((row) => row.includes('自我评价'))).toBe(true);
    expect(useCases.lastChange()).toEqual({ label: 'pane.change.generate', sheets: [sheet] });
    await useCases.undoLastChange();
    expect((await host.workbook.listSheets()).map((info) => info.name)).not.toContain(sheet);
  });

  it('explains, without writing, when the chosen plan sheet is not a plan', async () => {
    const host = memoryHost({ ...seedSheets(), 说明: [['填表说明']] }, '三季度');
    const useCases = createPaneUseCases(host, createCoreEngine(), noFiles, 'zh-CN');
    const outcome = await useCases.generate({ kind: 'fromPlan', planSheet: '说明', period: '三季度', sheet: '新表', year: 2021 });
    expect(outcome.sheet).toBe('');
    expect(outcome.issues.length).toBeGreaterThan(0);
    expect(outcome.issues.every((issue) => issue.message !== issue.rule)).toBe(true);
    expect(useCases.lastChange()).toBeNull();
  });

  it('previews repairs by kind with counts, and applying the preview leaves no fix of those kinds', async () => {
    const host = memoryHost(seedSheets(), '三季度');
    const useCases = createPaneUseCases(host, createCoreEngine(), noFiles, 'zh-CN');
    const preview = await useCases.previewRepairs(['mergeContinuation', 'dropRepeatedHeader']);
    if (!preview) throw new Error('the seed sheet is a report');
    expect(preview.available.mergeContinuation).toBeGreaterThan(0);
    expect(preview.edits.every((edit) => edit.kind === 'mergeContinuation' || edit.kind === 'dropRepeatedHeader')).toBe(true);
    await useCases.applyRepairs(preview);
    const after = await useCases.previewRepairs(['mergeContinuation', 'dropRepeatedHeader']);
    expect(after?.available.mergeContinuation ?? 0).toBe(0);
    expect(after?.available.dropRepeatedHeader ?? 0).toBe(0);
  });

  it('checks with the workbook’s settings: 完成 is flagged only when the workbook’s vocabulary lacks it', async () => {
    const sheets = { 三季度: seed000Rows.map((row) => [...row]) };
    const withDefault = createPaneUseCases(memoryHost(sheets, '三季度'), createCoreEngine(), noFiles, 'zh-CN');
    const withOwnWords = createPaneUseCases(memoryHost(sheets, '三季度', { ...DEFAULT_SETTINGS, vocabulary: ['序时推进', '滞后'] }), createCoreEngine(), noFiles, 'zh-CN');
    const defaultIssues = (await withDefault.check('active', progress())).issues.length;
    const ownIssues = (await withOwnWords.check('active', progress())).issues.length;
    expect(ownIssues).toBeGreaterThan(defaultIssues);
  });

  it('says there is no sheet to check when the host has none', async () => {
    const useCases = createPaneUseCases(memoryHost({}, null), createCoreEngine(), noFiles, 'zh-CN');
    await expect(useCases.check('active', progress())).rejects.toBeInstanceOf(PaneMessageError);
  });

  it('stops a consolidation the user cancelled before it writes anything', async () => {
    const host = memoryHost(seedSheets(), '三季度');
    const useCases = createPaneUseCases(host, createCoreEngine(), noFiles, 'zh-CN');
    const controller = new AbortController();
    controller.abort();
    await expect(useCases.consolidate({ sheets: ['三季度'], files: [{ name: 'a.xlsx', bytes: new Uint8Array() }] }, { signal: controller.signal, report: () => undefined })).rejects.toBeInstanceOf(WorkCancelledError);
    expect((await host.workbook.listSheets()).map((sheet) => sheet.name)).not.toContain('汇总');
  });

  it('marks one note per cell with every issue of that cell, most severe colour', async () => {
    const host = memoryHost(seedSheets(), '三季度');
    const marked = jest.spyOn(host, 'mark');
    const useCases = createPaneUseCases(host, createCoreEngine(), noFiles, 'zh-CN');
    const base = { sheet: '三季度', row: 12, column: '进展情况', value: '' };
    await useCases.markIssues([
      { ...base, rule: 'progress.placeholder', severity: 'warning', cell: 'E12' },
      { ...base, rule: 'progress.empty', severity: 'error', cell: 'E12' },
      { ...base, rule: 'sheet.notReport', severity: 'info', cell: '' },
    ]);
    const [cells] = marked.mock.calls[0] ?? [];
    expect(cells).toHaveLength(1);
    expect(cells?.[0]).toMatchObject({ sheet: '三季度', cell: 'E12', severity: 'error' });
    expect(cells?.[0]?.note.split('\n')).toHaveLength(2);
    expect(cells?.[0]?.note.startsWith('进度助手：')).toBe(true);
  });
});
