/**
 * A planned sum split by its payers after 其中 (`投资计划…亿元，其中中央资金…亿元`) says where the money comes from; a payer's
 * part is a target of its own only where the progress measures that payer's share as an amount done (`完成中央资金…亿元`). A
 * split of the money received by the same payers (`已到位资金…，其中：中央…万元`) measures no share done. Sentences written for
 * this test in the style of provincial water-works and housing notices.
 */
import { expectTargetsOfRow, type RowCase } from './reportFixtures';

describe('a payer’s part of a planned sum', () => {
  it.each<RowCase>([
    {
      description: 'is a target where the progress gives that payer’s money done',
      row: { task: '今年全省农田水利投资计划24.0亿元,其中中央资金6.0亿元;', progress: '截至9月底,完成投资19.2亿元,完成率80.0%,完成中央资金5.1亿元、完成率85.0%。' },
      expected: [{ value: 2400000000 }, { value: 600000000, reported: { value: 510000000 } }],
    },
    {
      description: 'only says where the money comes from when the progress gives the whole alone',
      row: { task: '今年全省农田水利投资计划24.0亿元,其中中央资金6.0亿元;', progress: '截至9月底,完成投资19.2亿元,完成率80.0%。' },
      expected: [{ value: 2400000000 }],
    },
    {
      description: 'only says where the money comes from when the progress splits the money received by the same payers',
      row: { task: '计划投资8600万元,其中:中央2400万元,省级1800万元,县级1200万元,农户自筹3200万元。', progress: '已到位资金8100万元,其中:中央2400万元,省级1700万元,县级1000万元,农户自筹3000万元。项目完成投资5200万元。' },
      expected: [{ value: 86000000, reported: { value: 52000000 } }],
    },
  ])('$description', (testCase) => {
    expectTargetsOfRow(testCase);
  });
});
