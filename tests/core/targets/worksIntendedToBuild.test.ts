/**
 * 建设 right after a word of intent (`计划建设`, `年内建设`, `将建设`) is the verb of the plan, and the works after it are a count to
 * build, as after 新建: a target even where the progress gives only money. `重点建设项目70个`, where 建设 is inside the name of a
 * list, stays the list its money is spent on. Phrasings written for this test.
 */
import { targetValuesOfRow, type ValuesCase } from './reportFixtures';

describe('works a plan intends to build, reported by money', () => {
  it.each<ValuesCase>([
    {
      description: 'water works the year plans to build, in 处, with their parts',
      row: { task: '全市今年计划建设农村供水工程240处,其中新建80处,改造160处。', progress: '目前累计完成投资3.2亿元,投资完成率64%。' },
      expected: [240, 80, 160],
    },
    {
      description: 'sewage works to build within the year, in 座',
      row: { task: '年内建设乡镇污水处理工程15座。', progress: '截至9月底,完成投资8600万元。' },
      expected: [15],
    },
    {
      description: 'small water works a county will build, in 个',
      row: { task: '县里将建设小型农田水利工程36个。', progress: '已完成投资2100万元。' },
      expected: [36],
    },
    {
      description: 'counter-example: a list of key construction projects reported by money names the list',
      row: { task: '安排省市重点建设项目70个,年度计划投资120亿元。', progress: '1-9月完成投资96亿元。' },
      expected: [12000000000],
    },
    {
      description: 'counter-example: projects to build named as projects stay the list their money is spent on',
      row: { task: '计划建设项目45个,总投资80亿元。', progress: '累计完成投资31亿元。' },
      expected: [],
    },
  ])('$description', ({ row, expected }) => {
    expect(targetValuesOfRow(row)).toEqual(expected);
  });
});
