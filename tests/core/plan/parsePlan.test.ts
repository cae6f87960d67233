import { gridFromRows, type CellValue } from '../../../src/core/grid/sheetGrid';
import { parsePlan } from '../../../src/core/plan/parsePlan';
import { SEED_001_PLAN_ROWS, SEED_001_PLAN_SHEET } from '../../../src/core/sample/seed001Plan';

const HEADER = ['序号', '《政府工作报告》重点工作任务\n(市为民办实事)', '时间', '节点任务'];

describe('parsePlan', () => {
  const seed = parsePlan(gridFromRows(SEED_001_PLAN_SHEET, SEED_001_PLAN_ROWS));

  it('reads every task of seed 001 with its three period rows', () => {
    const plan = seed.plan;
    expect(seed.issues).toEqual([]);
    expect(plan?.title).toBe('济南市卫生健康委落实《政府工作报告》及为民办实事事项季度节点任务表');
    expect(plan?.headerRow).toBe(1);
    expect(plan?.tasks.map((task) => task.serialText)).toEqual([
      '52', '79', '104', '124', '182', '182', '183', '189', '为民办实事第二项', '为民办实事第四项', '为民办实事第五项',
    ]);
    for (const task of plan?.tasks ?? []) {
      expect(task.milestones.map((milestone) => milestone.period)).toEqual(['一、二季度', '三季度', '四季度']);
    }
  });

  it('keeps the two sub-tasks of serial 182 under that serial', () => {
    const tasks = seed.plan?.tasks.filter((task) => task.serialText === '182') ?? [];
    expect(tasks.map((task) => [task.serial, task.subTask, task.task.slice(0, 8)])).toEqual([
      [182, false, '实施养老托育拓展'],
      [182, true, '优化医养结合服务'],
    ]);
    expect(tasks[1]?.milestones[1]?.milestone).toMatch(/^对医养结合机构服务质量提升行动开展情况进行梳理/);
  });

  const cases: { description: string; rows: CellValue[][]; merges?: { top: number; left: number; bottom: number; right: number }[]; expected: unknown }[] = [
    {
      description: 'finds a header below a title and metadata lines, with a line break inside the task header',
      rows: [['2022年节点任务表'], ['填报单位：市卫生健康委'], HEADER, [40, '任务甲', '三季度', '节点甲']],
      expected: { year: 2022, headerRow: 2, tasks: [['40', '任务甲', [['三季度', '节点甲']]]] },
    },
    {
      description: 'reads columns by their header, not by their position',
      rows: [['节点任务', '时间', '序号', '重点工作任务', '备注'], ['节点甲', '四季度', 7, '任务甲', 'x']],
      expected: { year: null, headerRow: 0, tasks: [['7', '任务甲', [['四季度', '节点甲']]]] },
    },
    {
      description: 'treats the merged serial and task cells below a task’s first row as belonging to it',
      rows: [HEADER, [40, '任务甲', '一、二季度', '节点一'], [40, '任务甲', '三季度', '节点三']],
      merges: [
        { top: 1, left: 0, bottom: 2, right: 0 },
        { top: 1, left: 1, bottom: 2, right: 1 },
      ],
      expected: { year: null, headerRow: 0, tasks: [['40', '任务甲', [['一、二季度', '节点一'], ['三季度', '节点三']]]] },
    },
    {
      description: 'reads a serial and task repeated on every period row as one task',
      rows: [HEADER, [40, '任务甲', '一、二季度', '节点一'], [40, '任务甲', '三季度', '节点三'], [41, '任务甲', '三季度', '节点乙']],
      expected: {
        year: null,
        headerRow: 0,
        tasks: [
          ['40', '任务甲', [['一、二季度', '节点一'], ['三季度', '节点三']]],
          ['41', '任务甲', [['三季度', '节点乙']]],
        ],
      },
    },
    {
      description: 'skips a header repeated after a page break and blank rows',
      rows: [HEADER, [40, '任务甲', '三季度', '节点三'], [], HEADER, [null, null, '四季度', '节点四']],
      expected: { year: null, headerRow: 0, tasks: [['40', '任务甲', [['三季度', '节点三'], ['四季度', '节点四']]]] },
    },
  ];

  it.each(cases)('$description', ({ rows, merges, expected }) => {
    const { plan, issues } = parsePlan(gridFromRows('计划', rows, merges));
    expect(issues).toEqual([]);
    expect({
      year: plan?.year,
      headerRow: plan?.headerRow,
      tasks: plan?.tasks.map((task) => [task.serialText, task.task, task.milestones.map((m) => [m.period, m.milestone])]),
    }).toEqual(expected);
  });

  it('reports a sheet without a plan header instead of guessing', () => {
    const { plan, issues } = parsePlan(gridFromRows('说明', [['填表说明'], ['请按时填报']]));
    expect(plan).toBeNull();
    expect(issues.map((issue) => [issue.rule, issue.severity, issue.sheet])).toEqual([['plan.headerMissing', 'error', '说明']]);
  });

  it('reports a milestone row that comes before any task', () => {
    const { plan, issues } = parsePlan(gridFromRows('计划', [HEADER, [null, null, '三季度', '无主节点'], [1, '任务', '三季度', '节点']]));
    expect(plan?.tasks).toHaveLength(1);
    expect(issues.map((issue) => [issue.rule, issue.cell, issue.value])).toEqual([['plan.rowWithoutTask', 'B2', '无主节点']]);
  });
});
