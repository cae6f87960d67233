/**
 * `其中,新建项目320个,投资5200亿元,计划完成投资980亿元`: a bare 投资 right after the count of projects it is of, with a plan to
 * complete part of it after it, is the projects' size over all their years, as 总投资 is; the plan after it is the aim. A sum
 * to invest with no plan of the year after it stays a target. Sentences written for this test in the style of a province's
 * release on industrial projects.
 */
import { isTotalInvestmentOfTheProjects } from '../../../src/core/targets/_lib/projectDescription';
import { parseQuantities } from '../../../src/core/numbers';

function quantityIn(text: string, written: string) {
  const found = parseQuantities(text).quantities.find((quantity) => quantity.text.includes(written));
  if (!found) throw new Error(`no quantity ${written} in ${text}`);
  return found;
}

describe('the investment of projects just counted', () => {
  it.each([
    { description: 'with the plan to complete part of it after it, is their total size', text: '其中,新建项目320个,投资5200亿元,计划完成投资980亿元;', figure: '5200亿元', expected: true },
    { description: 'the plan to complete after it stays the aim', text: '其中,新建项目320个,投资5200亿元,计划完成投资980亿元;', figure: '980亿元', expected: false },
    { description: 'with no plan after it, stays a sum to invest', text: '今年实施技改项目45个,投资60亿元。', figure: '60亿元', expected: false },
  ])('$description', ({ text, figure, expected }) => {
    const quantity = quantityIn(text, figure);
    expect(isTotalInvestmentOfTheProjects(text, quantity, text.length)).toBe(expected);
  });
});
