/**
 * Places named one by one, the thing measured, then `均`/`都` and a verb of reaching before a figure (`甲市、乙市、丙市造林面积均超过
 * 20万亩`): what each place has reached, as a 通报 sorts them, not an aim. With a word of the aim (`均要达到`, `力争都超过`) it is their
 * aim and stays a target. Phrasings written for this test.
 */
import { targetValuesOfRow, type ValuesCase } from './reportFixtures';

describe('a figure the listed places have each reached', () => {
  it.each<ValuesCase>([
    {
      description: 'four cities whose planting all passed a figure, then ranked',
      row: { task: '分地区看，东平市、西岭市、南川市、北湖市植树面积均超过20万亩，位居全省前列。', progress: '' },
      expected: [],
    },
    {
      description: 'three counties joined by 和 whose output all reached a figure',
      row: { task: '上半年，甲县、乙县和丙县粮食产量都达到50万吨。', progress: '' },
      expected: [],
    },
    {
      description: 'two districts whose growth has all passed a rate',
      row: { task: '其中东城区、西城区投资增速均已突破15%。', progress: '' },
      expected: [],
    },
    {
      description: 'the same list with a word of the aim stays a target',
      row: { task: '甲市、乙市造林面积均要达到20万亩。', progress: '' },
      expected: [200000],
    },
    {
      description: 'one place reaching a figure with no list stays a target',
      row: { task: '全市造林面积达到30万亩。', progress: '' },
      expected: [300000],
    },
  ])('$description', (testCase) => {
    expect(targetValuesOfRow(testCase.row)).toEqual(testCase.expected);
  });
});
