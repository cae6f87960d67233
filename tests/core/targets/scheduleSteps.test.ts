/**
 * A schedule of steps (`3月底开工率不低于30%，6月底开工率不低于60%，9月底基本完成全年改造任务`): each step is due at the date
 * that opens its own clause, and a rate due at a step's date is not shown reached by a rate of a later month. Sentences of
 * real reports (沈阳 2018 棚改, 惠东 2022, 海南 2011 保障房, 留坝 2017 危改), and counter-examples written in the same style. The
 * whole task set to be done by a date in a sentence of its own dates the task's figures.
 */
import type { CalendarDate } from '../../../src/core/report/types';
import { isLevelStepOfAnEarlierDate } from '../../../src/core/targets/_lib/levelOfALaterDate';
import { deadlineInText, wholeTaskDoneBy } from '../../../src/core/targets/_lib/targetDates';
import { expectTargetsOfRow, type RowCase } from './reportFixtures';

function iso(date: CalendarDate | null): string | null {
  return date === null ? null : `${date.year}-${String(date.month).padStart(2, '0')}-${String(date.day).padStart(2, '0')}`;
}

/** The deadline of the figure `figure` of a sentence, read as the extraction reads it: the sentence and the words before the figure. */
function deadlineOfFigure(sentence: string, figure: string): string | null {
  return iso(deadlineInText(sentence, sentence.slice(0, sentence.indexOf(figure)), 2018));
}

describe('the date of a step of a schedule', () => {
  it.each([
    { description: 'the first step is due at its own date', sentence: '沈阳市政府要求3月底开工率不低于30%,6月底开工率不低于60%,9月底基本完成全年改造任务', figure: '30%', expected: '2018-03-31' },
    { description: 'a later step is due at the date opening its clause, not the first the sentence names', sentence: '沈阳市政府要求3月底开工率不低于30%,6月底开工率不低于60%,9月底基本完成全年改造任务', figure: '60%', expected: '2018-06-30' },
    { description: 'a quarter opening a step dates it', sentence: '一季度完成投资20亿元，三季度末完成投资60亿元', figure: '60亿', expected: '2018-09-30' },
    { description: 'the year’s end opening the last step dates it', sentence: '6月底前开工率达到60%，年底前全部完成改造任务1000户', figure: '1000户', expected: '2018-12-31' },
    { description: 'the first half opening a step dates it', sentence: '全年新建公厕40座，上半年完成20座', figure: '20座', expected: '2018-06-30' },
    { description: 'a clause the date does not open is read with the whole sentence (counter-example)', sentence: '按海南省政府要求,今年全省城镇保障性安居工程项目9月底前要100%开工', figure: '100%', expected: '2018-09-30' },
    { description: 'a clause with a later date after its opening is read with the whole sentence (counter-example)', sentence: '住建部部长6月表示,年内制定的1000万套保障性安居工程必须在11月末以前全面开工', figure: '1000万', expected: '2018-11-30' },
    { description: 'a clause without a date takes the sentence’s (counter-example)', sentence: '9月底前完成棚户区改造,新建安置房3000套', figure: '3000套', expected: '2018-09-30' },
  ])('$description', ({ sentence, figure, expected }) => {
    expect(deadlineOfFigure(sentence, figure)).toBe(expected);
  });
});

describe('a rate due at a step’s date, against a rate of a later month', () => {
  it.each<RowCase>([
    {
      description: 'steps of a start rate passed before the figures’ month are unclear, each at its own date',
      row: { task: '3月底棚户区改造开工率不低于30%,6月底开工率不低于60%。', progress: '截至今年9月30日,全市开工16612套,开工率101.61%。' },
      expected: [
        { value: 30, deadline: '2021-03-31', verdict: 'unclear', reason: { key: 'target.why.levelOfALaterDate' } },
        { value: 60, deadline: '2021-06-30', verdict: 'unclear', reason: { key: 'target.why.levelOfALaterDate' } },
      ],
      notes: '沈阳 2018 棚改: the only rate is the one at 9月30日',
    },
    {
      description: 'a first-half rate of investment against a rate of August is unclear',
      row: { task: '上半年计划投资完成率60%以上。', progress: '1-8月，全县重点项目完成投资12亿元，投资完成率82.2%。' },
      expected: [{ value: 60, deadline: '2021-06-30', verdict: 'unclear' }],
      notes: '惠东 2022',
    },
    {
      description: 'of two steps, the one due in the figures’ own month is judged, the earlier one is unclear (counter-example)',
      row: { task: '3月底棚户区改造开工率不低于30%,9月底开工率不低于90%。', progress: '截至9月底,全市棚户区改造开工率达到96%。' },
      expected: [
        { value: 30, deadline: '2021-03-31', verdict: 'unclear', reason: { key: 'target.why.levelOfALaterDate' } },
        { value: 90, deadline: '2021-09-30', verdict: 'met' },
      ],
      notes: 'in the style of 沈阳 2018',
    },
    {
      description: 'a rate due after the figures’ month is judged as a level (counter-example)',
      row: { task: '12月底开工率达到100%。', progress: '截至9月底，全市开工率达到96%。' },
      expected: [{ value: 100, deadline: '2021-12-31', verdict: 'behind' }],
    },
    {
      description: 'a count due at an earlier date is judged by the later count: it only grows (counter-example)',
      row: { task: '计划上半年安排农牧民安居工程4万户。', progress: '截至9月底，实际安排了5.3万户。' },
      expected: [{ value: 40000, deadline: '2021-06-30', verdict: 'met' }],
      notes: '西藏 2006',
    },
  ])('$description', (testCase) => expectTargetsOfRow(testCase));

  it.each([
    { description: 'a rate due in an earlier month of the figures’ year', isLevel: true, due: { year: 2018, month: 6, day: 30 }, asOf: { year: 2018, month: 9, day: 30 }, expected: true },
    { description: 'a rate due in the figures’ month', isLevel: true, due: { year: 2018, month: 9, day: 30 }, asOf: { year: 2018, month: 9, day: 20 }, expected: false },
    { description: 'a rate of a past year', isLevel: true, due: { year: 2017, month: 12, day: 31 }, asOf: { year: 2018, month: 9, day: 30 }, expected: false },
    { description: 'a count', isLevel: false, due: { year: 2018, month: 6, day: 30 }, asOf: { year: 2018, month: 9, day: 30 }, expected: false },
    { description: 'a rate without a date of its own', isLevel: true, due: null, asOf: { year: 2018, month: 9, day: 30 }, expected: false },
  ])('isLevelStepOfAnEarlierDate: $description → $expected', ({ isLevel, due, asOf, expected }) => {
    expect(isLevelStepOfAnEarlierDate(isLevel, due, asOf)).toBe(expected);
  });
});

describe('the whole task set to be done by a date', () => {
  it.each([
    { description: 'a sentence of its own before the figures', texts: '实行每周督查通报,确保8月底前全面完成危房改造任务。\n据了解,截至5月底,确定全县危房改造任务为1034户,其中C级653户,D级381户。', expected: '2017-08-31' },
    { description: 'the last step of a schedule', texts: '今年棚户区改造任务16348套。\n按照市政府要求,3月底开工率不低于30%,6月底开工率不低于60%,9月底基本完成全年改造任务。', expected: '2017-09-30' },
    { description: 'one work done by a date is not the whole task (counter-example)', texts: '8月底前完成危房改造示范点建设任务。全县危房改造任务为1034户。', expected: null },
    { description: 'a step with its own figure is no date of the whole (counter-example)', texts: '6月底前完成改造任务60%。全年改造任务1000户。', expected: null },
    { description: 'the whole task said done, without a date (counter-example)', texts: '全面完成危房改造任务1034户。', expected: null },
  ])('$description', ({ texts, expected }) => {
    expect(iso(wholeTaskDoneBy(texts, 2017))).toBe(expected);
  });

  it.each<RowCase>([
    {
      description: 'the grades of the task are paced to the whole task’s date',
      row: { task: '确保8月底前全面完成危房改造任务。\n确定全县建档立卡贫困户危房改造任务为1034户,其中C级653户,D级381户。', progress: '目前,C级危房竣工334户,竣工率51.15%;D级危房竣工180户,竣工率47.24%。' },
      period: '1-5月',
      expected: [{ value: 1034, deadline: '2021-08-31' }, { value: 653, deadline: '2021-08-31', verdict: 'behind' }, { value: 381, deadline: '2021-08-31', verdict: 'behind' }],
      notes: '留坝 2017: 334 of 653 (51%) against 5 of 8 months (62.5%); against the year (5/12) it would be on track',
    },
    {
      description: 'without the whole task’s date the same grades are paced to the year’s end (counter-example)',
      row: { task: '确定全县建档立卡贫困户危房改造任务为1034户,其中C级653户,D级381户。', progress: '目前,C级危房竣工334户,竣工率51.15%;D级危房竣工180户,竣工率47.24%。' },
      period: '1-5月',
      expected: [{ value: 1034, deadline: '2021-12-31' }, { value: 653, deadline: '2021-12-31', verdict: 'on-track' }, { value: 381, deadline: '2021-12-31', verdict: 'on-track' }],
    },
  ])('$description', (testCase) => expectTargetsOfRow(testCase));
});
