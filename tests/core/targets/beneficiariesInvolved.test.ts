/**
 * The people a planned work is to benefit, named after 涉及 (`涉及受益人口8.6万人`), are that work counted in another measure and
 * a target due with it; the residents or places a work 涉及 as its scope (`改造涉及居民1200户，年内完工`) are not. Sentences
 * written for this test in the style of county water-supply and housing notices.
 */
import { isScopeInvolved } from '../../../src/core/targets/_lib/scopeOfTheWork';
import { parseQuantities } from '../../../src/core/numbers';

function quantityIn(text: string, written: string) {
  const found = parseQuantities(text).quantities.find((quantity) => quantity.text.includes(written));
  if (!found) throw new Error(`no quantity ${written} in ${text}`);
  return found;
}

describe('people a work is to benefit, after 涉及', () => {
  it.each([
    { description: 'the beneficiaries set as the measure of a water-supply plan', text: '全县农村供水维修养护项目有36处,考核指标为涉及受益人口8.6万人。', figure: '8.6万人', expected: false },
    { description: 'the people a work serves, after 涉及', text: '新建村级供水站12处,涉及服务人口2.3万人。', figure: '2.3万人', expected: false },
    { description: 'the residents a renovation involves stay its scope', text: '老旧小区改造涉及居民1200户,年内完工', figure: '1200户', expected: true },
  ])('$description', ({ text, figure, expected }) => {
    expect(isScopeInvolved(text, quantityIn(text, figure))).toBe(expected);
  });
});
