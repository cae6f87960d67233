/** The deadline a target's own text names (DOMAIN §4, deadline). */
import { deadlineInText } from '../../../src/core/targets/_lib/targetDates';

const cases: { description: string; sentence: string; expected: string | null }[] = [
  { description: 'a month named as the time to finish by', sentence: '9月底前完成改造40个', expected: '2022-09-30' },
  { description: 'the first half', sentence: '上半年新建公厕20座', expected: '2022-06-30' },
  { description: 'the year', sentence: '全年新增就业1万人', expected: '2022-12-31' },
  { description: 'the as-of date copied into the task is no deadline', sentence: '截至8月底，全市150项重点项目', expected: null },
  { description: 'an as-of day is no deadline either', sentence: '截止2022年9月30日，新建公厕20座', expected: null },
  { description: 'an as-of date beside a real deadline leaves the deadline', sentence: '截至6月底，计划10月底前建成社区食堂12个', expected: '2022-10-31' },
];

describe('deadlineInText', () => {
  it.each(cases)('$description', ({ sentence, expected }) => {
    const deadline = deadlineInText(sentence, '', 2022);
    expect(deadline === null ? null : `${deadline.year}-${String(deadline.month).padStart(2, '0')}-${String(deadline.day).padStart(2, '0')}`).toBe(expected);
  });
});
