/**
 * 建设 right after a word of intent or of the year is the verb of its clause (`计划建设农村公路里程300公里`): the length after
 * 里程 is then the amount of road to build, not the size of a road described. 建设 opening a project's name is no such verb.
 * Sentences written for this test.
 */
import { isDimensionOfAStructure } from '../../../src/core/targets/_lib/projectDescription';
import { parseQuantities } from '../../../src/core/numbers';
import { expectTargetsOfRow, type RowCase } from './reportFixtures';

function quantityIn(text: string, written: string) {
  const found = parseQuantities(text).quantities.find((quantity) => quantity.text.includes(written));
  if (!found) throw new Error(`no quantity ${written} in ${text}`);
  return found;
}

describe('建设 as the verb of a length to build', () => {
  it.each([
    { description: 'a plan to build village roads, by their length', text: '明年全县计划建设乡村道路里程180公里', figure: '180公里', expected: false },
    { description: 'a year-bound greenway length', text: '年内建设城市绿道里程45公里', figure: '45公里', expected: false },
    { description: 'a length to build with 力争', text: '力争建设旅游公路里程62公里,改造桥梁8座', figure: '62公里', expected: false },
    { description: 'counter-example: a project name opening with 建设 keeps its length a dimension', text: '滨江大道建设工程,里程12公里', figure: '12公里', expected: true },
    { description: 'counter-example: a road described by its length alone', text: '该线路总里程36公里', figure: '36公里', expected: true },
  ])('$description', ({ text, figure, expected }) => {
    expect(isDimensionOfAStructure(text, quantityIn(text, figure))).toBe(expected);
  });
});

const cases: RowCase[] = [
  {
    description: 'a planned road length is a target, with the other works of the sentence',
    row: { task: '今年计划建设农村公路里程220公里,改造危桥35座。', progress: '已建成农村公路150公里,改造危桥20座。' },
    expected: [{ value: 220, reported: { value: 150 } }, { value: 35, reported: { value: 20 } }],
  },
];

describe('a planned road length in a row', () => {
  it.each(cases)('$description', (rowCase) => expectTargetsOfRow(rowCase));
});
