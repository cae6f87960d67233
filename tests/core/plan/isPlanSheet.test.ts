import { gridFromRows } from '../../../src/core/grid/sheetGrid';
import { isPlanSheet, isPlanSheetName } from '../../../src/core/plan/isPlanSheet';
import { SEED_001_PLAN_ROWS, SEED_001_PLAN_SHEET } from '../../../src/core/sample/seed001Plan';
import { seed000Rows } from '../../../src/core';

describe('isPlanSheet', () => {
  it.each([
    { description: 'seed 001 plan (节点任务表) is a plan', grid: gridFromRows(SEED_001_PLAN_SHEET, SEED_001_PLAN_ROWS), expected: true },
    { description: 'seed 000 progress report is not', grid: gridFromRows('三季度', seed000Rows.map((row) => [...row])), expected: false },
    { description: 'a sheet with no header is not', grid: gridFromRows('说明', [['填表说明']]), expected: false },
    {
      description: 'a report whose 进展 column is renamed 工作进展 is still a report',
      grid: gridFromRows('三季度', [['序号', '任务', '时间', '节点任务', '工作进展', '自我评价']]),
      expected: false,
    },
  ])('$description', ({ grid, expected }) => {
    expect(isPlanSheet(grid)).toBe(expected);
  });

  it.each([
    ['2021年节点任务表', true],
    ['季度计划', true],
    ['三季度', false],
    ['汇总', false],
  ])('tells %s by its name: %s', (name, expected) => {
    expect(isPlanSheetName(name)).toBe(expected);
  });
});
