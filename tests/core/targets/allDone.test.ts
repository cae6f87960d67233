/**
 * A progress that says the whole is done without a number, and a list of items said done together.
 */
import { allDoneShare, listedDone } from '../../../src/core/targets/_lib/allDone';

describe('a list of items said done together', () => {
  it.each([
    { description: 'names listed by 、 and closed by 均已完工', input: '东湖小学、西湖小学、南湖小学、北湖小学食堂均已完工投用。', expected: 4 },
    { description: 'counts listed by 、 add up', input: '城东街道25个小区、城西街道20个小区、城南街道15个小区均已完成改造。', expected: 60 },
    { description: 'names after 完成, joined by 和', input: '完成新增甲镇和乙镇社区食堂。', expected: 2 },
    { description: 'no list: one item done', input: '东湖小学食堂已完工。', expected: null },
    { description: 'a list not done yet', input: '东湖小学、西湖小学食堂尚未完工。', expected: null },
    { description: 'some items with counts and some without are no count', input: '城东街道25个小区、城西街道均已完成改造。', expected: null },
    { description: 'works listed after 完成 with a figure are not a list of items', input: '完成主体工程80%和装修工程。', expected: null },
  ])('$description', ({ input, expected }) => {
    expect(listedDone(input)?.items ?? null).toBe(expected);
  });

  it('is said over the list and its done words, as a share of 100%', () => {
    const figure = listedDone('（东湖小学、西湖小学食堂已完工并投用）');
    expect(figure?.quantity.value).toBe(100);
    expect(figure?.quantity.text).toBe('（东湖小学、西湖小学食堂已完工');
  });

  it('leaves the whole said done to allDoneShare', () => {
    expect(allDoneShare('已全部完工。')?.quantity.value).toBe(100);
  });
});
