/**
 * A target written as a negative figure is a signed change whose aim is a fall: a ceiling on the change. The table rows are
 * of a province's 单位GDP能耗 考核 table; the counter-examples are written for this test in the same style.
 */
import { analyzeTargets, extractTargets } from '../../../src/core/targets';
import { reportOf, type RowSpec } from './reportFixtures';

describe('a signed change target in a table', () => {
  const judged = (row: RowSpec): string[] =>
    analyzeTargets(reportOf([row], 2016, '四季度', '2017年1月20日')).targets.map((target) => `${target.value} ${target.op} ${target.reported?.value ?? '-'} ${target.verdict}`);

  it.each([
    { description: 'a fall larger than the target’s meets it', row: { task: '成都市 2016年单位GDP能耗目标(%)', milestone: '-2.50', progress: '-2.66' }, expected: ['-2.5 <= -2.66 met'] },
    { description: 'a fall far larger than the target’s meets it', row: { task: '攀枝花市 2016年单位GDP能耗目标(%)', milestone: '-4.00', progress: '-9.76' }, expected: ['-4 <= -9.76 met'] },
    { description: 'a fall smaller than the target’s leaves it unmet at the year’s end', row: { task: '泸州市 2016年单位GDP能耗目标(%)', milestone: '-3.50', progress: '-3.12' }, expected: ['-3.5 <= -3.12 unmet'] },
    { description: 'a rise leaves it unmet', row: { task: '自贡市 2016年单位GDP能耗目标(%)', milestone: '-3.00', progress: '0.80' }, expected: ['-3 <= 0.8 unmet'] },
    { description: 'a positive target in the same table stays a floor', row: { task: '成都市 2016年地区生产总值增长目标(%)', milestone: '7.50', progress: '7.70' }, expected: ['7.5 >= 7.7 met'] },
    { description: 'a bound written with the figure keeps its sense', row: { task: '内江市 2016年规模以上工业增加值增速(%)', milestone: '≥-2.00', progress: '-1.50' }, expected: ['-2 >= -1.5 met'] },
    {
      description: 'the progress’s signed figure under its own header answers (a national notice’s row)',
      row: { task: '北 京 | 2007年万元GDP能耗 降低目标(%) -5.00', progress: '2007年万元GDP能耗 降低率(%) -6.04' },
      expected: ['-5 <= -6.04 met'],
    },
    {
      description: 'a smaller fall under its header leaves the target unmet',
      row: { task: '山 西 | 2007年万元GDP能耗 降低目标(%) -5.60', progress: '2007年万元GDP能耗 降低率(%) -4.52' },
      expected: ['-5.6 <= -4.52 unmet'],
    },
  ])('$description', ({ row, expected }) => {
    expect(judged(row)).toEqual(expected);
  });
});

describe('a signed change target in words', () => {
  const opsOf = (text: string): string[] => extractTargets(text, { year: 2016 }).map((statement) => `${statement.value} ${statement.op}`);

  it.each([
    { description: 'a negative target without a comparator is a ceiling on the change', text: '单位地区生产总值能耗增幅目标-3.5%', expected: ['-3.5 <='] },
    { description: 'the same aim written as the size of a fall stays a floor on the size', text: '单位地区生产总值能耗下降3.5%', expected: ['3.5 >='] },
    { description: 'a positive target stays a floor', text: '规模以上工业增加值增长8%', expected: ['8 >='] },
  ])('$description', ({ text, expected }) => {
    expect(opsOf(text)).toEqual(expected);
  });
});
