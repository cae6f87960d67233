/** The date a progress text states its figures as of (DOMAIN §4, as-of). */
import { asOfInText } from '../../../src/core/targets/_lib/targetDates';
import type { CalendarDate } from '../../../src/core/report/types';

const iso = (date: CalendarDate | null): string | null =>
  date === null ? null : `${date.year}-${String(date.month).padStart(2, '0')}-${String(date.day).padStart(2, '0')}`;

const cases: { description: string; progress: string; expected: string | null }[] = [
  { description: 'a day after 截至', progress: '截至10月7日，已建成公厕16座', expected: '2022-10-07' },
  { description: 'a month’s end after 截至', progress: '截至9月底，已完成改造30户', expected: '2022-09-30' },
  { description: 'a day after 截止, written for 截至', progress: '截止10月7日，已建成公厕16座', expected: '2022-10-07' },
  { description: 'a month’s end of a named year after 截止', progress: '截止2021年6月底，累计完成投资3.2亿元', expected: '2021-06-30' },
  { description: 'no date named', progress: '已建成公厕16座', expected: null },
];

describe('asOfInText', () => {
  it.each(cases)('$description', ({ progress, expected }) => {
    expect(iso(asOfInText(progress, 2022))).toBe(expected);
  });
});
