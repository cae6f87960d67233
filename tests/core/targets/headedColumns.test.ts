/**
 * Table rows pasted with each cell's column header and unit (`年度计划(万元) 50000 | 中央资金(万元) 6000`): the plan columns
 * are targets in the header's unit, answered by the actual column of the same header (`中央资金` ↔ `中央完成`,
 * `计划任务数` ↔ `开工数` under one header), never by another column's figure. Rows in the style of provincial 水利投资 and
 * national 老旧小区 tables, with counter-examples.
 */
import { analyzeTargets } from '../../../src/core/targets';
import { columnKeyOf, headedColumnRole, withoutPlanColumnName } from '../../../src/core/targets/_lib/headedColumnFigure';
import { reportOf, type RowSpec } from './reportFixtures';

interface HeadedCase {
  readonly description: string;
  readonly row: RowSpec;
  readonly period?: string;
  readonly expected: readonly Record<string, unknown>[];
  readonly notes?: string;
}

const cases: readonly HeadedCase[] = [
  {
    description: 'each plan column answered by the actual column of its own header',
    row: { task: '3 | 钱塘江海塘加固 | 年度计划(万元) 48000 | 中央资金(万元) 7200', progress: '投资完成(万元) 30100 | 中央完成(万元) 2900 | 完成率 62.7% | 40.3%' },
    period: '1-7月',
    expected: [
      { value: 480000000, unit: '元', reported: { value: 301000000 } },
      { value: 72000000, unit: '元', reported: { value: 29000000 } },
    ],
  },
  {
    description: 'a plan column without its actual column in the progress has no figure, though another column has one',
    row: { task: '中小河流治理 | 年度计划(万元) 12600 | 中央资金(万元) 4100', progress: '完成投资计划(万元) 11800 | 投资计划完成率 93.7%' },
    period: '1-10月',
    expected: [
      { value: 126000000, reported: { value: 118000000 } },
      { value: 41000000, reported: null, verdict: 'no-figure' },
    ],
    notes: '完成投资计划 completes the plan of the row; 中央资金 has no 中央完成 column beside it.',
  },
  {
    description: 'plan and starts under one header, the households in 万户, whatever stage the starts count',
    row: { task: '江西 新开工改造小区数(个) 计划任务数 2210 涉及居民户数(万户) 计划任务数 31.40', progress: '新开工改造小区数(个) 开工数 1520 开工率 68.8% 涉及居民户数(万户) 开工数 20.05 开工率 63.9%' },
    period: '1-5月',
    expected: [
      { value: 2210, unit: '个', reported: { value: 1520 } },
      { value: 314000, unit: '户', reported: { value: 200500 } },
    ],
  },
];

describe('table rows with their columns\' headers', () => {
  it.each(cases)('$description', ({ row, period, expected }) => {
    const { targets } = analyzeTargets(reportOf([row], 2022, period ?? '三季度'));
    expect(targets).toHaveLength(expected.length);
    expected.forEach((fields, index) => expect(targets[index]).toMatchObject(fields));
  });

  it.each([
    {
      description: 'the done column answers the column target in its unit',
      row: { task: '孕产妇免费产前筛查', period: '', milestone: '工作目标(人次) 3200', progress: '已完成数 1870 占比 58.4%' },
      expected: [{ value: 3200, unit: '人次', reported: { value: 1870, unit: '人次' }, verdict: 'behind' }],
    },
    {
      description: 'the done column counts in the magnitude of its plan column',
      row: { task: '农村饮水安全巩固提升', period: '', milestone: '工作目标(万人) 1.2', progress: '完成数 0.9 占比 75%' },
      expected: [{ value: 12000, unit: '人', reported: { value: 9000 } }],
    },
    {
      description: 'the done column answers the task when the column figure copies it',
      row: { task: '每个乡镇至少1家卫生院实现远程会诊', period: '', milestone: '工作目标(个) 1', progress: '已完成数 1 占比 100%' },
      expected: [{ value: 1, reported: { value: 1 }, verdict: 'met' }],
    },
    {
      description: 'a plan column named without a unit, in a table that prints none, answered by its done column',
      row: { task: '中小学安防设施建设 建设联网校园周边安防设备', period: '', milestone: '工作目标 620', progress: '已完成数 410 占比 66.1%' },
      expected: [{ value: 620, reported: { value: 410 }, verdict: 'behind' }],
    },
  ])('$description', ({ row, expected }) => {
    const { targets } = analyzeTargets(reportOf([row], 2022, '1-10月'));
    expect(targets).toHaveLength(expected.length);
    expected.forEach((fields, index) => expect(targets[index]).toMatchObject(fields));
  });

  it('reads the share column after the done column as that column\'s share, no level of the row\'s rate target', () => {
    const task = '增加普惠性幼儿园学位 提高普惠性幼儿园覆盖率至90%以上';
    const { targets } = analyzeTargets(reportOf([{ task, period: '', milestone: '工作目标(个) 450', progress: '已完成数 450 占比 100%' }], 2022, '1-10月'));
    expect(targets.map((target) => [target.value, target.reported?.value ?? null, target.verdict])).toEqual([[90, null, 'no-figure'], [450, 450, 'met']]);
    // A rate the progress states in words of its own still answers the rate target.
    const stated = analyzeTargets(reportOf([{ task, period: '', milestone: '工作目标(个) 450', progress: '已完成数 450 占比 100% 普惠性幼儿园覆盖率达到91.2%' }], 2022, '1-10月')).targets;
    expect(stated.map((target) => target.reported?.value ?? null)).toEqual([91.2, 450]);
  });

  it('takes no done column from words that are no column of the table', () => {
    // A count written in words of the sentence, not the done column: read as any figure of the progress.
    const sentence = analyzeTargets(reportOf([{ task: '孕产妇免费产前筛查', period: '', milestone: '工作目标(人次) 3200', progress: '已完成筛查1870人次' }], 2022, '1-10月')).targets;
    expect(sentence[0]).toMatchObject({ reported: { value: 1870 } });
    // A done column beside a task of words with no column target: nothing to pair it with.
    const unpaired = analyzeTargets(reportOf([{ task: '推进孕产妇免费产前筛查', period: '', progress: '已完成数 1870 占比 58.4%' }], 2022, '1-10月')).targets;
    expect(unpaired).toEqual([]);
  });

  it('reads no target from a header whose parenthesis holds no unit', () => {
    const { targets } = analyzeTargets(reportOf([{ task: '城区防洪工程(二期) 2022', progress: '完成投资(万元) 3400' }], 2022));
    expect(targets).toEqual([]);
  });

  it('keeps a milestone of the column figure alone that copies the task\'s one figure as that target once', () => {
    const row = (milestone: string): RowSpec => ({ task: '每个乡镇至少1家卫生院实现远程会诊', period: '', milestone, progress: '已完成数 1 占比 100%' });
    const copied = analyzeTargets(reportOf([row('工作目标(个) 1')], 2022, '1-10月')).targets;
    expect(copied.map((target) => target.value)).toEqual([1]);
    // A column figure of its own (the county's 3 against each township's 1) is a second target.
    const own = analyzeTargets(reportOf([row('工作目标(个) 3')], 2022, '1-10月')).targets;
    expect(own.map((target) => target.value)).toEqual([1, 3]);
  });
});

describe('what a column measures and whether it is the plan', () => {
  it.each([
    { cell: '工作目标 86', expected: '     86' },
    { cell: '计划任务数：12', expected: '      12' },
    { cell: '工作目标是建成86个', expected: null },
    { cell: '目标任务完成86%', expected: null },
  ])('reads the plan column name of $cell', ({ cell, expected }) => {
    expect(withoutPlanColumnName(cell)).toBe(expected);
  });

  it.each([
    { words: '年度计划', role: 'plan' },
    { words: '工作目标', role: 'plan' },
    { words: '新开工改造小区数 计划任务数', role: 'plan' },
    { words: '完成投资计划', role: 'actual' },
    { words: '中央完成', role: 'actual' },
    { words: '涉及居民户数 开工数', role: 'actual' },
    { words: '中央资金', role: null },
  ])('reads $words as $role', ({ words, role }) => {
    expect(headedColumnRole(words)).toBe(role);
  });

  it('pairs the payer\'s plan with its done column, and the row\'s plan with its done column', () => {
    expect(columnKeyOf('中央资金')).toBe(columnKeyOf('中央完成'));
    expect(columnKeyOf('年度计划')).toBe(columnKeyOf('投资完成'));
    expect(columnKeyOf('中央资金')).not.toBe(columnKeyOf('完成投资计划'));
    // An alternative in parentheses inside a word (投(筹)资: invested or raised) is read as the word.
    expect(columnKeyOf('完成投(筹)资')).toBe(columnKeyOf('年度计划投资'));
  });
});
