/**
 * A past year opening the figure's own clause, after a reporter's lead-in or the as-of date (`…获悉,截至6月底,2021年度500个…任务`),
 * dates the target to that year as a sentence opening on it does: it is due at that year's end. Sentences written for this test;
 * the counter-examples start a span from the year, or name the report's year.
 */
import { deadlineInText } from '../../../src/core/targets/_lib/targetDates';
import type { CalendarDate } from '../../../src/core/report/types';
import { expectTargetsOfRow, type RowCase } from './reportFixtures';

const iso = (date: CalendarDate | null): string | null =>
  date === null ? null : `${date.year}-${String(date.month).padStart(2, '0')}-${String(date.day).padStart(2, '0')}`;

describe('a past year opening the figure’s clause', () => {
  it.each([
    { description: 'after a lead-in and the as-of date', sentence: '记者从省住建厅获悉,截至6月底,2021年度500个老旧小区改造任务', figure: '500个', expected: '2021-12-31' },
    { description: 'after a reporter’s lead-in alone', sentence: '据了解,2020年新建的80所幼儿园', figure: '80所', expected: '2020-12-31' },
    { description: 'two years before, after a colon', sentence: '通报显示:2020年度农村危房改造3000户', figure: '3000户', expected: '2020-12-31' },
    { description: 'counter-example: a span starting that year', sentence: '据了解,2021年以来新建幼儿园80所', figure: '80所', expected: null },
    { description: 'counter-example: the report’s own year is left to the year’s default', sentence: '据了解,2022年新建幼儿园80所', figure: '80所', expected: null },
  ])('$description', ({ sentence, figure, expected }) => {
    expect(iso(deadlineInText(sentence, sentence.slice(0, sentence.indexOf(figure)), 2022))).toBe(expected);
  });
});

describe('rows of a past year’s task', () => {
  it.each<RowCase>([
    {
      description: 'last year’s villages, not all finished by now, are unmet',
      row: { task: '记者获悉,截至9月底,2020年度300个中心村建设任务', progress: '已竣工240个。' },
      expected: [{ value: 300, reported: { value: 240 }, verdict: 'unmet' }],
    },
    {
      description: 'counter-example: this year’s villages at the same share are paced',
      row: { task: '记者获悉,截至9月底,2021年度300个中心村建设任务', progress: '已竣工240个。' },
      expected: [{ value: 300, reported: { value: 240 }, verdict: 'on-track' }],
    },
  ])('$description', (rowCase) => expectTargetsOfRow(rowCase));
});
