/**
 * A year's list of projects counted with their size as a floor of investment between the count and the list's name
 * (`320个500万元以上重点项目`) is the list `320个重点项目` is: measured by its starts, while a kind of it after 其中
 * (`其中亿元以上项目110个`) is a list of its own, a target only where the progress counts that kind. Examples written for this
 * test, in the style of a city's 重点项目 monthly notice.
 */
import { listSizeOf } from '../../../src/core/targets/_lib/listMeasuredByCount';
import { parseQuantities } from '../../../src/core/numbers';
import { expectTargetsOfRow, type RowCase } from './reportFixtures';

function quantityIn(text: string, written: string) {
  const found = parseQuantities(text).quantities.find((quantity) => quantity.text === written);
  if (!found) throw new Error(`no quantity ${written} in ${text}`);
  return found;
}

describe('the list’s name after a floor of investment', () => {
  it.each([
    { description: 'a floor in 万元', text: '全市计划实施320个500万元以上重点项目', figure: '320个', noun: '项目' },
    { description: 'a floor in 亿元 without a figure', text: '今年推进86个亿元以上重大项目', figure: '86个', noun: '项目' },
    { description: 'counter-example: works to build after the floor are no list', text: '新开工120个5000万元以上建设项目', figure: '120个', noun: null },
  ])('$description', ({ text, figure, noun }) => {
    expect(listSizeOf(text, quantityIn(text, figure))?.noun ?? null).toBe(noun);
  });
});

describe('a list sized by a floor of investment, in a row', () => {
  it.each<RowCase>([
    {
      description: 'the list is measured by its starts; its kind after 其中, not counted, is no target',
      row: { task: '今年,全市计划实施320个500万元以上重点项目,其中亿元以上项目110个。', progress: '截至7月底,共有250个实现开复工,开复工率78.1%。' },
      period: '1-7月',
      expected: [{ value: 320, reported: { value: 250 }, verdict: 'on-track' }],
    },
  ])('$description', (testCase) => {
    expectTargetsOfRow(testCase);
  });
});
