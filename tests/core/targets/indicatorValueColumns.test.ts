/**
 * A performance self-assessment whose 年度指标值 keeps its template's three columns (指标性质 | 指标值 | 度量单位), copied as
 * one milestone cell: `≧ | 735 | 人次`. Rows of 永德 明朗中学 2022's table, and counter-examples written in the same style.
 */
import { analyzeTargets } from '../../../src/core/targets';
import { boundInIndicatorColumns } from '../../../src/core/targets/_lib/indicatorValueColumns';
import { reportOf, type RowSpec } from './reportFixtures';

interface ColumnsCase {
  readonly description: string;
  readonly row: RowSpec;
  readonly expected: readonly Record<string, unknown>[];
  readonly notes?: string;
}

describe('a performance table’s sign, figure and unit columns', () => {
  it.each<ColumnsCase>([
    {
      description: 'a floor in people, met by the bare actual',
      row: { task: '学生受资助人数', milestone: '≧ | 735 | 人次', progress: '735' },
      expected: [{ text: '735', op: '>=', value: 735, unit: '人次', reported: { value: 735 }, verdict: 'met' }],
    },
    {
      description: 'a floor in percent, met above it',
      row: { task: '家长满意度', milestone: '≧ | 95 | %', progress: '100%' },
      expected: [{ op: '>=', value: 95, unit: '%', reported: { value: 100 }, verdict: 'met' }],
    },
    {
      description: 'an exact figure reached',
      row: { task: '生均补助标准达标率', milestone: '═ | 100 | %', progress: '100%' },
      expected: [{ op: '=', value: 100, reported: { value: 100 }, verdict: 'met' }],
    },
    {
      description: 'an exact figure missed at the year’s end',
      row: { task: '政策知晓率', milestone: '═ | 100 | %', progress: '98%' },
      expected: [{ op: '=', value: 100, reported: { value: 98 }, verdict: 'unmet' }],
    },
    {
      description: 'a ceiling of cost in 万元, kept',
      row: { task: '项目总成本', milestone: '≦ | 15 | 万元', progress: '10.5' },
      expected: [{ op: '<=', value: 150000, unit: '元', verdict: 'met' }],
      notes: 'the bare actual counts in the magnitude of the bound',
    },
    {
      description: 'an actual that keeps its unit column too',
      row: { task: '政策知晓率', milestone: '═ | 100 | %', progress: '98 | %' },
      expected: [{ op: '=', value: 100, reported: { value: 98 }, verdict: 'unmet' }],
    },
    {
      description: 'an actual in 万元 with its unit column, under a ceiling',
      row: { task: '项目总成本', milestone: '≤ | 15 | 万元', progress: '10.5 | 万元' },
      expected: [{ op: '<=', value: 150000, reported: { value: 105000 }, verdict: 'met' }],
    },
    {
      description: 'a ceiling exceeded',
      row: { task: '安全责任事故发生次数', milestone: '≤ | 1 | 次', progress: '2次' },
      expected: [{ op: '<=', value: 1, reported: { value: 2 }, verdict: 'unmet' }],
    },
  ])('$description', ({ row, expected }) => {
    const { targets } = analyzeTargets(reportOf([row], 2022, '全年'));
    expect(targets).toHaveLength(expected.length);
    expected.forEach((fields, index) => expect(targets[index]).toMatchObject(fields));
  });

  it.each([
    { description: 'a row of figures: the actual and its share', cell: '3321 | 133%' },
    { description: 'a period, not a counting word', cell: '≧ | 6 | 个月' },
    { description: 'a qualitative indicator', cell: '定性 | 优 | 等级' },
    { description: 'a sentence with a bar in it', cell: '完成3项 | 已完成' },
    { description: 'a bound written in one cell', cell: '≥95%' },
  ])('reads no columns in $description ($cell)', ({ cell }) => {
    expect(boundInIndicatorColumns(cell)).toBeNull();
  });

  it('reads the figure alone as the bound’s text', () => {
    const bound = boundInIndicatorColumns('≧ | 1,200 | 万元');
    expect(bound?.quantity).toMatchObject({ value: 12000000, unit: '元', unitClass: 'money', comparator: '>=', text: '1,200' });
    expect(bound?.op).toBe('>=');
  });
});

describe('the double-bar signs of some templates’ fonts', () => {
  it.each([
    { description: 'a floor written ≧ in one cell', row: { task: '群众满意度', milestone: '≧90%', progress: '96%' }, op: '>=', verdict: 'met' },
    { description: 'a ceiling written ≦ in one cell', row: { task: '项目建设成本超支率', milestone: '≦5%', progress: '8%' }, op: '<=', verdict: 'unmet' },
  ])('$description', ({ row, op, verdict }) => {
    const { targets } = analyzeTargets(reportOf([row], 2022, '全年'));
    expect(targets).toHaveLength(1);
    expect(targets[0]).toMatchObject({ op, verdict });
  });
});
