/**
 * Two readings widened to the wordings other places use for the same thing: a scope after 涉及 that goes on to a second count
 * joined by 和/及/与 (`涉及20个部门和12个街道`), and a total investment with a word of over or about before its sum (`总投资超500亿元`,
 * `总投资逾80亿元`, `总投资达到`). Sentences written for this test in the style of district and county releases.
 */
import { isTotalInvestmentOfTheProjects } from '../../../src/core/targets/_lib/projectDescription';
import { isScopeInvolved } from '../../../src/core/targets/_lib/scopeOfTheWork';
import { extractTargets, parseQuantities } from '../../../src/core';

function quantityIn(text: string, written: string) {
  const found = parseQuantities(text).quantities.find((quantity) => quantity.text.includes(written));
  if (!found) throw new Error(`no quantity ${written} in ${text}`);
  return found;
}

describe('a scope after 涉及 that goes on to a second count', () => {
  it.each([
    { description: 'two bodies joined by 和', text: '今年实事项目共8类30项,涉及15个部门和9个镇街。', figure: '15个', expected: true },
    { description: 'joined by 及', text: '整治工程年内完工,涉及6个乡镇及40个行政村。', figure: '6个', expected: true },
    { description: 'joined by 与, with a Chinese numeral after', text: '本次排查涉及12家医院与三家疾控机构。', figure: '12家', expected: true },
    { description: 'a count made after 涉及 stays work to do', text: '涉及新建8所学校和3所幼儿园。', figure: '8所', expected: false },
    { description: 'a noun phrase after 和, not a count, does not close the clause', text: '改造涉及居民1200户和沿街商铺,年内完工。', figure: '1200户', expected: false },
  ])('$description', ({ text, figure, expected }) => {
    expect(isScopeInvolved(text, quantityIn(text, figure))).toBe(expected);
  });

  it('leaves the work itself a target', () => {
    const text = '新建社区食堂20个,涉及10个街道和35个社区。';
    expect(extractTargets(text, { year: 2024 }).map((target) => target.quantity.value)).toEqual([20]);
  });
});

describe('a total investment with a word of over or about', () => {
  it.each([
    { description: '总投资超', text: '全年谋划实施项目120个,总投资超300亿元。', figure: '300亿元', expected: true },
    { description: '总投资逾', text: '全市共有续建项目64个,总投资逾150亿元,年度计划投资40亿元。', figure: '150亿元', expected: true },
    { description: '总投资达到', text: '列入计划的项目45个,总投资达到86亿元。', figure: '86亿元', expected: true },
    { description: '总投资超过', text: '十项工程总投资超过12亿元。', figure: '12亿元', expected: true },
    { description: 'the year\'s plan beside it stays the aim', text: '全市共有续建项目64个,总投资逾150亿元,年度计划投资40亿元。', figure: '40亿元', expected: false },
  ])('$description', ({ text, figure, expected }) => {
    expect(isTotalInvestmentOfTheProjects(text, quantityIn(text, figure), text.length)).toBe(expected);
  });
});
