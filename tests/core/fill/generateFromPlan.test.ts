import { MemoryWorkbook } from '../../support/memoryWorkbook';
import { checkGrid } from '../../../src/core/check/checkGrid';
import { generateFromPlan, milestoneForPeriod } from '../../../src/core/fill/generateFromPlan';
import { gridFromRows } from '../../../src/core/grid/sheetGrid';
import { parsePlan } from '../../../src/core/plan/parsePlan';
import type { PlanTask, QuarterlyPlan } from '../../../src/core/plan/types';
import { parsePeriod } from '../../../src/core/report/parsePeriod';
import { SEED_001_PLAN_ROWS, SEED_001_PLAN_SHEET } from '../../../src/core/sample/seed001Plan';

function seedPlan(): QuarterlyPlan {
  const { plan } = parsePlan(gridFromRows(SEED_001_PLAN_SHEET, SEED_001_PLAN_ROWS));
  if (!plan) throw new Error('seed 001 must parse as a plan');
  return plan;
}

function taskWith(periods: string[]): PlanTask {
  return {
    row: 1,
    serial: 1,
    serialText: '1',
    task: '任务',
    subTask: false,
    milestones: periods.map((period, index) => ({ row: index + 1, period, milestone: `节点:${period}` })),
  };
}

describe('milestoneForPeriod', () => {
  it.each([
    { description: 'takes the row labelled with the period', periods: ['一、二季度', '三季度', '四季度'], wanted: '三季度', expected: '节点:三季度' },
    { description: 'takes 一、二季度 for 二季度, which ends with it', periods: ['一、二季度', '三季度'], wanted: '二季度', expected: '节点:一、二季度' },
    { description: 'takes 一、二季度 for 一季度, which it spans', periods: ['一、二季度', '三季度'], wanted: '一季度', expected: '节点:一、二季度' },
    { description: 'prefers the shortest row spanning the period', periods: ['全年', '下半年'], wanted: '三季度', expected: '节点:下半年' },
    { description: 'ignores white space in labels', periods: ['三 季度'], wanted: '三季度', expected: '节点:三 季度' },
    { description: 'finds nothing when no row covers the period', periods: ['一、二季度'], wanted: '四季度', expected: null },
  ])('$description', ({ periods, wanted, expected }) => {
    const period = parsePeriod(wanted);
    if (!period) throw new Error(`test period must parse: ${wanted}`);
    expect(milestoneForPeriod(taskWith(periods), period)?.milestone ?? null).toBe(expected);
  });
});

describe('generateFromPlan', () => {
  it('writes this quarter’s sheet from seed 001: one row per task and sub-task with the period’s milestone', async () => {
    const result = generateFromPlan(seedPlan(), { sheet: '三季度', period: '三季度', year: 2022, unit: '济南市卫生健康委' });
    expect(result.issues).toEqual([]);
    expect(result.rows).toBe(11);
    const workbook = MemoryWorkbook.fromSheets({});
    await workbook.apply(result.operations);
    const grid = await workbook.readSheet('三季度');
    expect(grid.text[0]?.[0]).toBe('2022年《政府工作报告》重点工作任务和民生实事三季度进展情况');
    expect(grid.text[1]?.[0]).toBe('填报单位：济南市卫生健康委');
    const body = grid.text.slice(4);
    expect(body.map((row) => row[0])).toEqual([
      '52', '79', '104', '124', '182', '', '183', '189', '为民办实事第二项', '为民办实事第四项', '为民办实事第五项',
    ]);
    expect(body.every((row) => row[2] === '三季度' && row[4] === '' && row[5] === '')).toBe(true);
    expect(body[0]?.[3]).toMatch(/^推进医疗机构规范化建设/);
    expect(body[5]?.[1]).toMatch(/^优化医养结合服务体系/);
    expect(body[5]?.[3]).toMatch(/^对医养结合机构服务质量提升行动/);
    expect(grid.values[4]?.[0]).toBe(52);
    // serial 182 spans its two sub-task rows (grid rows 8 and 9)
    expect(grid.merges).toContainEqual({ top: 8, left: 0, bottom: 9, right: 0 });
    expect(workbook.sheet('三季度')?.validations.map((validation) => validation.range)).toEqual(['C5:C15', 'F5:F15']);
  });

  it('gives a sheet that checks clean but for the progress and 自我评价 the bureau still has to write', async () => {
    const result = generateFromPlan(seedPlan(), {
      sheet: '三季度',
      period: '三季度',
      year: 2022,
      unit: '济南市卫生健康委',
      reportDate: { year: 2022, month: 10, day: 9 },
    });
    const workbook = MemoryWorkbook.fromSheets({});
    await workbook.apply(result.operations);
    const check = checkGrid(await workbook.readSheet('三季度'));
    expect(check.rows).toBe(11);
    expect(check.summary.byRule).toEqual({ 'progress.empty': 11, 'selfAssessment.empty': 11 });
  });

  it('takes the 一、二季度 milestones for 二季度 and the year from the plan title when it names one', () => {
    const plan = { ...seedPlan(), year: 2022 };
    const result = generateFromPlan(plan, { sheet: '二季度', period: '二季度' });
    const title = result.operations.find((operation) => operation.op === 'writeBlock');
    expect(title?.op === 'writeBlock' && title.values[0]?.[0]).toBe('2022年《政府工作报告》重点工作任务和民生实事二季度进展情况');
    const body = result.operations.filter((operation) => operation.op === 'writeBlock')[1];
    expect(body?.op === 'writeBlock' && body.values.map((row) => row[2])).toEqual(Array(11).fill('一、二季度'));
  });

  it.each([
    { description: 'reports a period it cannot read', period: '第三期', year: 2022, expected: 'fill.periodUnknown' },
    { description: 'reports an unknown year when neither the options nor the plan title give one', period: '三季度', year: undefined, expected: 'fill.yearUnknown' },
  ])('$description', ({ period, year, expected }) => {
    const result = generateFromPlan(seedPlan(), { sheet: '表', period, year });
    expect(result.operations).toEqual([]);
    expect(result.issues.map((issue) => issue.rule)).toEqual([expected]);
  });

  it('reports each task without a milestone for the period and leaves it out', () => {
    const plan = parsePlan(
      gridFromRows('计划', [
        ['序号', '任务', '时间', '节点任务'],
        [1, '任务一', '三季度', '节点一'],
        [2, '任务二', '四季度', '节点二'],
      ]),
    ).plan;
    if (!plan) throw new Error('plan must parse');
    const result = generateFromPlan(plan, { sheet: '三季度', period: '三季度', year: 2022 });
    expect(result.rows).toBe(1);
    expect(result.issues.map((issue) => [issue.rule, issue.severity, issue.cell, issue.value, issue.params])).toEqual([
      ['fill.milestoneMissing', 'warning', 'C3', '2', { serial: '2', period: '三季度' }],
    ]);
  });
});
