/**
 * 其中 breaks down a count of works to make clause after clause when each clause ends on a part in the same counting word,
 * told by its kind or level (`其中省级项目70项,市级项目10项`): every such part is a kind of the works, as the first is. Parts
 * told by what is done to them (`其中新建20处,改造30处`) are works of their own. Sentences written for this test in the style
 * of key-project and water-supply plans.
 */
import { targetValuesOfRow, type ValuesCase } from './reportFixtures';

describe('parts told by kind run on after 其中', () => {
  it.each<ValuesCase>([
    {
      description: 'levels of the projects to finish, in two clauses',
      row: { task: '今年计划竣工项目80项,其中省级项目70项,市级项目10项,', progress: '现竣工12项,竣工率为15%。' },
      expected: [80],
    },
    {
      description: 'three kinds of the projects, each in its own clause',
      row: { task: '今年计划竣工项目80项,其中工业项目40项,服务业项目30项,农业项目10项,', progress: '现竣工12项。' },
      expected: [80],
    },
    {
      description: 'parts told by what is done to them stay targets',
      row: { task: '今年计划建设供水工程50处,其中新建20处,改造30处;', progress: '已完工18处。' },
      expected: [50, 20, 30],
    },
  ])('$description', ({ row, expected }) => {
    expect(targetValuesOfRow(row)).toEqual(expected);
  });
});
