/**
 * Figures stated for the months from the year's start to a month (`1-9月，…完成投资17.48亿元`) are as of that month's
 * end, and are paced there even in a report dated later; once the report's own date reaches a target's deadline, the
 * time is up and the target is judged as of that date. Sentences of real progress news (江华 2012, 湘乡 2023, 内蒙古
 * 2012, 绍兴 2020), and counter-examples written for this test: plans for those months, last year's months, a single month.
 */
import { analyzeTargets } from '../../../src/core/targets';
import { endOfMonthsTheFiguresAreOf } from '../../../src/core/targets/_lib/targetDates';
import type { CalendarDate } from '../../../src/core/report/types';
import { reportOf, type RowSpec } from './reportFixtures';

const iso = (date: CalendarDate | null): string | null =>
  date === null ? null : `${date.year}-${String(date.month).padStart(2, '0')}-${String(date.day).padStart(2, '0')}`;

describe('endOfMonthsTheFiguresAreOf', () => {
  it.each([
    { description: 'the first nine months, before a comma', progress: '1-9月, 15个市级重点项目经市重点办审核完成投资17.48亿元,占年度考核任务的82%。', expected: '2012-09-30' },
    { description: 'a long dash', progress: '1—9月完成428.3亿元,同比增长2.2%,全年预计完成600亿元。', expected: '2012-09-30' },
    { description: '份 and a tilde', progress: '1~4月份累计完成投资256.05亿元,占本年计划投资的25.4%。', expected: '2012-04-30' },
    { description: '至 in words', progress: '1至6月,全县完成造林1.2万亩。', expected: '2012-06-30' },
    { description: 'after a year', progress: '2012年1-11月,全市民间项目投资增长6.5%。', expected: '2012-11-30' },
    { description: 'a plan for those months is no date of figures', progress: '1-9月计划新开工项目67个,已开工57个。', expected: null },
    { description: 'last year’s months named for comparison', progress: '完成投资20亿元,比去年1-9月增长12%。', expected: null },
    { description: 'the last two months are no span from the year’s start', progress: '十一至十二月完成投资5亿元。', expected: null },
    { description: 'last year’s months after its year', progress: '增速比上年同期2011年1-9月提高3个百分点。', expected: null },
    { description: 'a single month names no span', progress: '9月完成投资2亿元。', expected: null },
    { description: 'no month at all', progress: '已完成投资10亿元。', expected: null },
  ])('$description', ({ progress, expected }) => {
    expect(iso(endOfMonthsTheFiguresAreOf(progress, 2012))).toBe(expected);
  });
});

describe('the pace of figures of the months run', () => {
  const judged = (row: RowSpec, period: string, filledOn: string): string[] =>
    analyzeTargets(reportOf([row], 2021, period, filledOn)).targets.map((target) => `${target.value} ${target.verdict} ${target.reported?.asOf ?? '-'} ${target.expectedPace?.toFixed(2) ?? '-'}`);

  it('paces a 1-9月 figure at 9月30日 in a report of 1-10月 (江华 2012: 82% against 75%)', () => {
    const row = { task: '2021年我县市级重点项目15个,年度计划投资21.3亿元。', progress: '1-9月,15个市级重点项目完成投资17.48亿元,占年度考核任务的82%。' };
    expect(judged(row, '1-10月', '2021年10月31日')).toEqual(['2130000000 on-track 2021-09-30 0.75']);
  });

  it('paces the same figure at the report’s date when the progress names no months (82% against 83.3%)', () => {
    const row = { task: '2021年我县市级重点项目15个,年度计划投资21.3亿元。', progress: '截至10月底,15个市级重点项目完成投资17.48亿元,占年度考核任务的82%。' };
    expect(judged(row, '1-10月', '2021年10月31日')).toEqual(['2130000000 behind 2021-10-31 0.83']);
  });

  it('judges a year’s growth at the year’s end in a year-end sheet, though its figure is of 1-11月 (绍兴 2020)', () => {
    const row = { task: '确保民间项目投资增长10%以上。', progress: '1-11月全市民间项目投资增长6.5%,均居全省中上位次。' };
    expect(judged(row, '全年', '2022年1月19日')).toEqual(['10 unmet 2021-12-31 1.00']);
  });
});

describe('endOfMonthsTheFiguresAreOf on long cells', () => {
  // Its time is the bench's (the worst cell section, `spaces, then month words`), not a unit test's.
  it('reads no month from a cell of spaces and month words that names no months', () => {
    const cell = `${' '.repeat(16000)}去年${' 1'.repeat(8000)}月`.slice(0, 32767);
    expect(endOfMonthsTheFiguresAreOf(cell, 2021)).toBeNull();
  });
});
