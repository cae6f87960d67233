/**
 * `总投资额近9000亿元`: the total investment named as an amount (`额`) is the same total as `总投资`, the size of the projects over
 * all their years, while the year's plan beside it stays the aim. Sentences written for this test in the style of a region's
 * release on its key projects.
 */
import { isTotalInvestmentOfTheProjects } from '../../../src/core/targets/_lib/projectDescription';
import { parseQuantities } from '../../../src/core/numbers';

function quantityIn(text: string, written: string) {
  const found = parseQuantities(text).quantities.find((quantity) => quantity.text.includes(written));
  if (!found) throw new Error(`no quantity ${written} in ${text}`);
  return found;
}

describe('a total investment named as an amount', () => {
  it.each([
    { description: '总投资额 before the sum is the projects\' size', text: '今年全区安排重点项目260项,总投资额近9000亿元,年内计划完成投资1500亿元以上。', figure: '9000亿元', expected: true },
    { description: '总投资额约 with an approximation', text: '全市共有在建项目85个,总投资额约420亿元。', figure: '420亿元', expected: true },
    { description: 'the year\'s plan beside it stays the aim', text: '今年全区安排重点项目260项,总投资额近9000亿元,年内计划完成投资1500亿元以上。', figure: '1500亿元', expected: false },
  ])('$description', ({ text, figure, expected }) => {
    const quantity = quantityIn(text, figure);
    expect(isTotalInvestmentOfTheProjects(text, quantity, text.length)).toBe(expected);
  });
});
