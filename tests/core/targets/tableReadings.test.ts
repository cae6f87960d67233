/**
 * Progress tables read the way a reviewer reads them: a county table of bare numbers whose unit is given once
 * (`(单位:万元)`), a year's plan in the task beside a period's plan in the milestone, and a progress cell that keeps
 * several columns of the row. The rows are our own, with counter-examples where the text is not a table.
 */
import { analyzeTargets } from '../../../src/core/targets';
import { unitNoteOf, unitOfFigure } from '../../../src/core/targets/_lib/unitNote';
import { bareFigure, columnUnitOf, ownColumnFigureOf, shareColumnOf } from '../../../src/core/targets/_lib/figureColumns';
import { copiesTaskFigure } from '../../../src/core/targets/_lib/copiedFigure';
import { extractTargets } from '../../../src/core/targets/extractTargets';
import { reportOf, type RowSpec } from './reportFixtures';

describe('unit notes', () => {
  it.each([
    { description: 'a note in parentheses after the figure', input: '青石县 年度计划投资 18.6(单位:亿元)', expected: [{ unit: '元', unitClass: 'money', factor: 1e8 }] },
    { description: 'a note in full-width parentheses', input: '白沙镇 完成投资（单位：万元）', expected: [{ unit: '元', unitClass: 'money', factor: 1e4 }] },
    { description: 'a note of its own line', input: '单位：公里\n乡村道路硬化', expected: [{ unit: '公里', unitClass: 'measure', factor: 1 }] },
    { description: 'a note naming two units', input: '北岭区 县重点项目(单位:个、亿元)', expected: [{ unit: '个', unitClass: 'count', factor: 1 }, { unit: '元', unitClass: 'money', factor: 1e8 }] },
  ])('reads $description', ({ input, expected }) => {
    expect(unitNoteOf(input)?.units).toEqual(expected);
  });

  it.each([
    { description: 'an office in charge (责任单位)', input: '新建公厕20座(责任单位:县城管局)' },
    { description: 'a lead office (牵头单位)', input: '牵头单位：县发改局' },
    { description: 'a note that names an office, not a unit', input: '(单位:县住建局)' },
  ])('reads no note from $description', ({ input }) => {
    expect(unitNoteOf(input)).toBeNull();
  });

  it('gives a figure with a decimal part the one unit of the note that is not a count of whole things', () => {
    const note = unitNoteOf('(单位:个、亿元)');
    if (!note) throw new Error('no note');
    expect(unitOfFigure(note, '36.4')).toEqual({ unit: '元', unitClass: 'money', factor: 1e8 });
    // A whole number could be either column: no unit is chosen.
    expect(unitOfFigure(note, '42')).toBeNull();
  });
});

describe('the figures of a table row under a unit note', () => {
  it('reads the task figure before the note, in the note unit, and the indicator before it', () => {
    const unit = columnUnitOf('青石县 年度计划投资 18.6(单位:亿元)', '12.0');
    expect(unit).toMatchObject({ unit: '元', factor: 1e8, comparator: '>=', indicator: '青石县 年度计划投资' });
    if (!unit) throw new Error('no unit');
    expect(ownColumnFigureOf('青石县 年度计划投资 18.6(单位:亿元)', unit)).toMatchObject({ value: 1.86e9, unit: '元', text: '18.6' });
  });

  it('reads the task figure after its column unit', () => {
    const unit = columnUnitOf('青石县 年度计划投资(亿元) 18.6');
    expect(unit).toMatchObject({ unit: '元', factor: 1e8, indicator: '青石县 年度计划投资' });
    if (!unit) throw new Error('no unit');
    expect(ownColumnFigureOf('青石县 年度计划投资(亿元) 18.6', unit)).toMatchObject({ value: 1.86e9, text: '18.6', span: { start: 15, end: 19 } });
    expect(columnUnitOf('新增就业（人）：2600')).toMatchObject({ unit: '人', factor: 1, indicator: '新增就业' });
    // A year after a parenthesis of words is no column.
    expect(columnUnitOf('建设安置房(二期) 2021')).toBeNull();
  });

  it('chooses among the units of a note by the milestone figure when the task states none', () => {
    expect(columnUnitOf('北岭区 县重点项目(单位:个、亿元)', '27.5')).toMatchObject({ unit: '元', factor: 1e8, indicator: '北岭区 县重点项目' });
    expect(columnUnitOf('北岭区 县重点项目(单位:个、亿元)', '27')).toBeNull();
  });

  it('answers an amount by the amount of a row of columns, not by the growth or share beside it', () => {
    const unit = columnUnitOf('青石县 年度计划投资 18.6(单位:亿元)');
    if (!unit) throw new Error('no unit');
    expect(bareFigure('9.8% | 11.2 | 80.5%', unit, null, true)).toMatchObject({ value: 1.12e9, text: '11.2', span: { start: 7, end: 11 } });
    expect(bareFigure('11.2 | 80.5%', unit, null, true)).toMatchObject({ value: 1.12e9, text: '11.2' });
    expect(bareFigure('9.8%  11.2  80.5%', unit, null, true)).toMatchObject({ value: 1.12e9 });
  });

  it('keeps the first figure of a row for a rate target', () => {
    const rate = columnUnitOf('城镇登记失业率低于(%)');
    if (!rate) throw new Error('no unit');
    expect(bareFigure('3.9% | 4.5%', rate, null, true)).toMatchObject({ value: 3.9 });
  });

  it('reads no amount from a row of rates alone', () => {
    const unit = columnUnitOf('青石县 年度计划投资 18.6(单位:亿元)');
    if (!unit) throw new Error('no unit');
    expect(bareFigure('9.8% | 80.5%', unit, null, true)).toBeNull();
  });
});

interface TableCase {
  readonly description: string;
  readonly row: RowSpec;
  readonly period?: string;
  readonly filledOn?: string;
  readonly expected: readonly Record<string, unknown>[];
}

/** A county table of 2021 filled in after July: 县(市、区) | 年度计划投资 | 前三季度计划 | 1-7月完成 | 完成前三季度计划占比(%), 单位:亿元. */
const cases: TableCase[] = [
  {
    description: "the year's plan in the task and the plan of three quarters in the milestone, answered by the amount done",
    row: { task: '青石县 年度计划投资 18.6(单位:亿元)', period: '前三季度', milestone: '13.5', progress: '9.8% | 11.2 | 83.0%' },
    period: '1-7月',
    filledOn: '2021年8月10日',
    expected: [
      { source: '《政府工作报告》重点工作任务(省、市民生实事)', value: 1.86e9, unit: '元', deadline: '2021-12-31', reported: { value: 1.12e9 }, verdict: 'on-track' },
      { source: '节点任务', value: 1.35e9, unit: '元', deadline: '2021-09-30', reported: { value: 1.12e9 }, verdict: 'on-track' },
    ],
  },
  {
    description: "a quarter's plan reached while the year's is behind its pace",
    row: { task: '白沙镇 年度投资计划 4.2(单位:亿元)', period: '一季度', milestone: '0.6', progress: '0.7 | 116.7%' },
    period: '一季度',
    filledOn: '2021年4月10日',
    expected: [
      { value: 4.2e8, deadline: '2021-12-31', reported: { value: 7e7 }, verdict: 'behind' },
      { value: 6e7, deadline: '2021-03-31', reported: { value: 7e7 }, verdict: 'met' },
    ],
  },
  {
    description: "the year's plan written after its column unit, the quarter's as the milestone",
    row: { task: '白沙镇 年度计划投资(万元) 4200', period: '一季度', milestone: '600', progress: '700 | 116.7%' },
    period: '一季度',
    filledOn: '2021年4月10日',
    expected: [
      { value: 4.2e7, unit: '元', deadline: '2021-12-31', reported: { value: 7e6 }, verdict: 'behind' },
      { value: 6e6, unit: '元', deadline: '2021-03-31', reported: { value: 7e6 }, verdict: 'met' },
    ],
  },
  {
    description: "a milestone due at the year's end under a note of two units, its figure with a decimal part in money",
    row: { task: '北岭区 县重点项目(单位:个、亿元)', period: '12月底', milestone: '27.5', progress: '20.9 | 76.0%' },
    period: '1-9月',
    filledOn: '2021年10月12日',
    expected: [{ source: '节点任务', value: 2.75e9, unit: '元', deadline: '2021-12-31', reported: { value: 2.09e9 }, verdict: 'on-track' }],
  },
  {
    description: 'a unit note in the progress gives the milestone and the progress their unit',
    row: { task: '东湖乡 农村饮水工程', period: '12月底', milestone: '2600', progress: '1850 | 71.2%（单位：万元）' },
    period: '1-9月',
    filledOn: '2021年10月12日',
    expected: [{ source: '节点任务', value: 2.6e7, unit: '元', reported: { value: 1.85e7, text: '1850' }, verdict: 'behind' }],
  },
  {
    description: 'a unit note in the milestone gives the progress its unit too',
    row: { task: '东湖乡 新建村道', period: '12月底', milestone: '48(单位:公里)', progress: '40' },
    period: '1-9月',
    filledOn: '2021年10月12日',
    expected: [{ source: '节点任务', value: 48, unit: '公里', reported: { value: 40 }, verdict: 'on-track' }],
  },
  {
    description: 'an office in charge after a text target is no unit note',
    row: { task: '新建村道48公里。(责任单位:县交通局)', progress: '已建成村道40公里。' },
    period: '1-9月',
    filledOn: '2021年10月12日',
    expected: [{ value: 48, unit: '公里', reported: { value: 40 }, verdict: 'on-track' }],
  },
  {
    description: "a 目标任务 column due at the year's end that copies the task's figure without its unit is one target, in the task",
    row: { task: '送图书下乡30场', period: '12月底', milestone: '30', progress: '34 113%' },
    period: '1-8月',
    filledOn: '2021年9月10日',
    expected: [{ source: '《政府工作报告》重点工作任务(省、市民生实事)', value: 30, unit: '场', reported: { value: 34 }, verdict: 'met' }],
  },
  {
    description: "a copy of the task's figure with its magnitude and no unit is one target too, the bare progress in that magnitude",
    row: { task: '完成征收养老保险基金8000万元', period: '12月底', milestone: '8000万', progress: '6100 76%' },
    period: '1-8月',
    filledOn: '2021年9月10日',
    expected: [{ value: 8e7, unit: '元', reported: { value: 6.1e7 }, verdict: 'on-track' }],
  },
  {
    description: "a milestone due before the year's end with the task's figure is a stage of its own",
    row: { task: '新增城镇就业3000人', period: '三季度', milestone: '3000人', progress: '已新增城镇就业3120人。' },
    expected: [
      { value: 3000, reported: { value: 3120 }, verdict: 'met' },
      { source: '节点任务', value: 3000, reported: { value: 3120 }, verdict: 'met' },
    ],
  },
  {
    description: 'a bare 目标任务 number under a task without figures is the row target; figures of a progress in words are not tied to it',
    row: { task: '培育县级农业龙头企业', period: '12月底', milestone: '3', progress: '已申报龙头企业4家，其中2家通过评审。' },
    expected: [{ source: '节点任务', value: 3, verdict: 'unclear', reported: null }],
  },
  {
    description: 'a bare 目标任务 number against a progress in words without figures has no figure',
    row: { task: '培育县级农业龙头企业', period: '12月底', milestone: '3', progress: '正在组织申报。' },
    expected: [{ source: '节点任务', value: 3, verdict: 'no-figure', reported: null }],
  },
  {
    description: 'a bare 目标任务 number against a bare progress number is answered by it',
    row: { task: '培育县级农业龙头企业', period: '12月底', milestone: '3', progress: '4' },
    expected: [{ source: '节点任务', value: 3, verdict: 'met', reported: { value: 4 } }],
  },
  {
    description: 'a text row whose progress opens with a rate answering a rate target keeps it',
    row: { task: '全县规上工业增加值增长8%。', progress: '9.1%  增速居全市第二位' },
    expected: [{ value: 8, unit: '%', reported: { value: 9.1 }, verdict: 'met' }],
  },
  {
    description: 'a rate target answered by the rate that opens a row of columns, not by the amount after it',
    row: { task: '全县规上工业增加值增长8%。', progress: '9.1% | 36.5' },
    expected: [{ value: 8, unit: '%', reported: { value: 9.1 }, verdict: 'met' }],
  },
];

describe('county tables', () => {
  it.each(cases)('$description', ({ row, period, filledOn, expected }) => {
    const { targets } = analyzeTargets(reportOf([row], 2021, period, filledOn));
    expect(targets).toHaveLength(expected.length);
    expected.forEach((fields, index) => expect(targets[index]).toMatchObject(fields));
  });
});

describe('the share column of a row', () => {
  const row = (progress: string): RowSpec => ({ task: '青石县 年度计划投资 18.6(单位:亿元)', period: '前三季度', milestone: '13.5', progress });
  const issuesOf = (progress: string) => analyzeTargets(reportOf([row(progress)], 2021, '1-7月', '2021年8月10日')).issues
    .filter((issue) => issue.rule === 'target.completion-rate-mismatch');

  it('is the amount done over the plan it is a share of, and agrees: no issue (the growth before the amount is no share)', () => {
    expect(issuesOf('9.8% | 11.2 | 83.0%')).toEqual([]);
  });

  it('is flagged where it agrees with no plan of the row', () => {
    expect(issuesOf('9.8% | 11.2 | 95.0%')).toMatchObject([{ rule: 'target.completion-rate-mismatch', value: '95.0%' }]);
  });

  it('is read only after the amount', () => {
    expect(shareColumnOf('9.8% | 11.2 | 83.0%', 11)).toEqual({ value: 83, start: 14, end: 19 });
    expect(shareColumnOf('11.2  36.0', 4)).toBeNull();
    expect(shareColumnOf('11.2，完成83.0%', 4)).toBeNull();
  });
});

describe('a milestone that copies its task', () => {
  const [task] = extractTargets('完成在职参保人数4200人', { year: 2021 });
  const [copy] = extractTargets('4200人', { year: 2021 });
  const [worded] = extractTargets('参保人数4200人', { year: 2021 });

  it('is the figure alone, with the value and unit of the task', () => {
    if (!task || !copy || !worded) throw new Error('no target read');
    expect(copiesTaskFigure('4200人', copy, task)).toBe(true);
    expect(copiesTaskFigure('4200人以上', copy, task)).toBe(true);
    // A cell with words of its own states its own target, whatever its figure.
    expect(copiesTaskFigure('参保人数4200人', worded, task)).toBe(false);
  });
});

describe('a bare number beside a milestone of its own figure', () => {
  // The task states the year's whole; the 节点任务 states the part this row is to reach; the progress column is one number.
  const row = (milestone: string, progress: string): RowSpec => ({ task: '全市新增托育机构托位2400个', period: '全年', milestone, progress });

  it('answers the milestone, in its unit, not the task', () => {
    const { targets } = analyzeTargets(reportOf([row('城区新增托位1500个', '1520 | 101%')], 2021, '全年'));
    expect(targets).toHaveLength(2);
    expect(targets[0]).toMatchObject({ value: 2400, reported: null });
    expect(targets[1]).toMatchObject({ source: '节点任务', value: 1500, unit: '个', reported: { value: 1520, unit: '个' }, verdict: 'met' });
  });

  it('is not tied to the milestone when the milestone is a rate: a share of the whole row', () => {
    const { targets } = analyzeTargets(reportOf([row('完成率100%', '1520 | 101%')], 2021, '全年'));
    expect(targets.find((target) => target.source === '节点任务')?.reported?.value).not.toBe(1520);
  });

  it('is not tied when the progress is words with figures', () => {
    const { targets } = analyzeTargets(reportOf([row('城区新增托位1500个', '已建成托育园3所')], 2021, '全年'));
    expect(targets.find((target) => target.source === '节点任务')?.reported).toBeNull();
  });
});
