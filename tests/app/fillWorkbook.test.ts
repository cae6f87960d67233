import { MemoryWorkbook } from '../support/memoryWorkbook';
import { addNextQuarterSheets, addSheetFromPlan, addTemplateSheet, findPlan, planWorkbookRepairs } from '../../src/app/useCases/fillWorkbook';
import { uniqueSheetName } from '../../src/core';
import { SEED_001_PLAN_ROWS, SEED_001_PLAN_SHEET } from '../../src/core/sample/seed001Plan';
import { seed000Rows } from '../../src/core/sample/seed000';

const mutable = (rows: typeof seed000Rows) => rows.map((row) => [...row]);

describe('uniqueSheetName', () => {
  it.each([
    { description: 'keeps a free name', existing: ['三季度'], wanted: '四季度', expected: '四季度' },
    { description: 'numbers a taken name', existing: ['三季度', '四季度'], wanted: '四季度', expected: '四季度(2)' },
    { description: 'compares names without case, as Excel does', existing: ['Q4', 'q4(2)'], wanted: 'q4', expected: 'q4(3)' },
    { description: 'keeps within 31 characters', existing: ['x'.repeat(31)], wanted: 'x'.repeat(40), expected: `${'x'.repeat(28)}(2)` },
  ])('$description', ({ existing, wanted, expected }) => {
    expect(uniqueSheetName(existing, wanted)).toBe(expected);
  });
});

describe('the fill use cases on a workbook', () => {
  it('finds the plan sheet after a sheet that is not one, without complaining about that sheet', async () => {
    const workbook = MemoryWorkbook.fromSheets({ 说明: [['填表说明']], [SEED_001_PLAN_SHEET]: mutable(SEED_001_PLAN_ROWS) });
    const found = await findPlan(workbook);
    expect(found.plan?.sheet).toBe(SEED_001_PLAN_SHEET);
    expect(found.issues).toEqual([]);
  });

  it('says why each sheet is not a plan when none is', async () => {
    const found = await findPlan(MemoryWorkbook.fromSheets({ 说明: [['填表说明']], 空表: [['序号', '任务', '时间', '节点任务']] }));
    expect(found.plan).toBeNull();
    expect(found.issues.map((issue) => [issue.rule, issue.sheet])).toEqual([
      ['plan.headerMissing', '说明'],
      ['plan.noTasks', '空表'],
    ]);
  });

  it('adds the template and the plan’s sheet under free names', async () => {
    const workbook = MemoryWorkbook.fromSheets({ 三季度: mutable(seed000Rows) });
    const template = await addTemplateSheet(workbook, { year: 2021, period: '三季度' });
    expect(template.sheet).toBe('三季度(2)');
    await workbook.apply(template.operations);
    const plan = (await findPlan(MemoryWorkbook.fromSheets({ 计划: mutable(SEED_001_PLAN_ROWS) }))).plan;
    if (!plan) throw new Error('seed 001 must read as a plan');
    const generated = await addSheetFromPlan(workbook, plan, { period: '三季度', year: 2022 });
    expect(generated.sheet).toBe('三季度(3)');
    await workbook.apply(generated.operations);
    expect((await workbook.listSheets()).map((sheet) => sheet.name)).toEqual(['三季度', '三季度(2)', '三季度(3)']);
  });

  it('adds next quarter’s sheet of every report sheet and skips the others with an info', async () => {
    const workbook = MemoryWorkbook.fromSheets({ 说明: [['填表说明']], 三季度: mutable(seed000Rows), 四季度: [['旧表']] });
    const next = await addNextQuarterSheets(workbook);
    expect(next.sheets).toEqual([{ from: '三季度', sheet: '四季度(2)', rows: 38 }]);
    expect(next.issues.map((issue) => [issue.rule, issue.severity, issue.sheet])).toEqual([
      ['sheet.notReport', 'info', '说明'],
      ['sheet.notReport', 'info', '四季度'],
    ]);
    await workbook.apply(next.operations);
    expect((await workbook.readSheet('四季度(2)')).text[0]?.[0]).toContain('四季度进展情况');
  });

  it('plans the repairs of each report sheet for the fixes of the chosen rules', async () => {
    const workbook = MemoryWorkbook.fromSheets({ 三季度: mutable(seed000Rows), 说明: [['填表说明']] });
    const repairs = await planWorkbookRepairs(workbook, { selection: ['row.repeatedHeader'] });
    expect(repairs.sheets.map((sheet) => [sheet.sheet, sheet.plan.edits.length])).toEqual([['三季度', 10]]);
    expect(repairs.issues.map((issue) => [issue.rule, issue.sheet])).toEqual([['sheet.notReport', '说明']]);
    expect(repairs.operations.every((operation) => operation.op === 'deleteRows')).toBe(true);
    await workbook.apply(repairs.operations);
    expect((await workbook.readSheet('三季度')).values).toHaveLength(seed000Rows.length - 10);
  });
});
