/**
 * A count in a clause of `在…中` (`在新建的40所学校中,`) names the set the next words sort or pick from; it is no aim of its own.
 * Sentences written for this test; the counter-examples count the things to make, or end on a word that holds 中.
 */
import { targetValuesOfRow, type ValuesCase } from './reportFixtures';

describe('a count that frames a clause of 在…中', () => {
  it.each<ValuesCase>([
    {
      description: 'the works being built, framed as the set its finished members are counted from',
      row: { task: '在新建的40所乡村学校中,', progress: '已有12所竣工投用。' },
      expected: [],
    },
    {
      description: 'the villages a pilot picks from, with the pick as the aim',
      row: { task: '在全县120个行政村中,选择30个开展示范创建。', progress: '已确定示范村30个。' },
      expected: [30],
    },
    {
      description: 'a lead-in of a report before the set',
      row: { task: '据统计,在改造的65个老旧小区中,', progress: '已完工小区41个。' },
      expected: [],
    },
    {
      description: 'the households a programme holds, sorted after the colon',
      row: { task: '在列入计划的2000户危房中:', progress: '已完成改造1500户,其余正在施工。' },
      expected: [],
    },
    {
      description: 'counter-example: senior schools to build, 中 closing the word 高中',
      row: { task: '在城区新建2所高中,', progress: '1所已开工。' },
      expected: [2],
    },
    {
      description: 'counter-example: a count with 中 but no 在 is left to the other readings',
      row: { task: '新建乡村学校40所,年内建成。', progress: '已建成32所。' },
      expected: [40],
    },
  ])('$description', ({ row, expected }) => {
    expect(targetValuesOfRow(row)).toEqual(expected);
  });
});
