/**
 * A year's list is often sized by a count right after the verb that draws it up or designates it (安排, 确定, 选定, 筛选, 谋划),
 * its items called projects, works or 实事 before that verb (a heading of the kind, or the sentence's subject) or just after
 * the count. The count names the list as `12件民生实事` does: a target only where the progress measures the list by its count.
 * Sentences written for this test in the forms such releases take; counter-examples where the list is measured by its
 * starts, where the count is of works to make, and where the things counted are no list.
 */
import { expectTargetsOfRow, type RowCase } from './reportFixtures';

describe('a list sized by a count after the verb that draws it up', () => {
  it.each<RowCase>([
    {
      description: 'a heading of the kind, then the count arranged at the year start, said all resumed, names the list',
      row: {
        task: '一、交通基础设施项目，年初安排15个，计划完成投资80亿元。',
        progress: '截至9月底，已全部开复工，完成投资66亿元，占年度计划的82.5%。',
      },
      expected: [{ value: 8000000000, verdict: 'on-track' }],
    },
    {
      description: 'a batch of key works designated with 确定, sorted by kind in the progress, names the list',
      row: {
        task: '6月份，第三批市级重点工程选定42项。',
        progress: '其中产业项目30项，基础设施项目12项。',
      },
      expected: [],
    },
    {
      description: 'a count after 安排了 with the quoted name of the list after it, and no count of its items, names the list',
      row: {
        task: '在推进省级重点项目的同时，全县安排了35个县级“百强项目”。',
        progress: '项目建设有序推进。',
      },
      expected: [],
    },
    {
      description: 'a count after 安排了 with the quoted name before the noun names the list',
      row: { task: '今年全市安排了45个“攻坚突破”项目。', progress: '项目建设势头强劲，上半年全市固定资产投资增幅列全省第2位。' },
      expected: [],
    },
    {
      description: '实事 chosen by vote, then rated, name their list',
      row: {
        task: '经人大代表投票，从20件候选民生实事中票决确定10件。',
        progress: '10件民生实事群众满意度均在90%以上。',
      },
      expected: [],
    },
    {
      description: 'the list drawn up and measured by its starts stays a target',
      row: {
        task: '全市重大产业项目，年初筛选出40个，年度计划投资120亿元。',
        progress: '截至9月底，已开工32个，完成投资95亿元。',
      },
      expected: [{ value: 40 }, { value: 12000000000 }],
      notes: 'counter-example: the starts counted measure the list',
    },
    {
      description: 'works to make drawn up with 安排 stay a target',
      row: { task: '今年安排新开工项目25个。', progress: '截至9月底，已开工20个。' },
      expected: [{ value: 25, reported: { value: 20 } }],
      notes: 'counter-example: 新开工 makes the count one of works to make',
    },
    {
      description: 'things designated that are no list of projects stay a target',
      row: { task: '今年确定12个村开展人居环境整治。', progress: '已完成整治9个村。' },
      expected: [{ value: 12 }],
      notes: 'counter-example: villages are the places of the work, not a list of items',
    },
  ])('$description', (testCase) => {
    expectTargetsOfRow(testCase);
  });
});
