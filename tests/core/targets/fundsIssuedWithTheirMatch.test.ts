/**
 * Money issued by a higher level (`分三批下达…中央投资202亿元`), named with a longer name of the works between `下达` and the sum,
 * and the matching funds named in the clause right after it (`地方配套资金116亿元`): the money the works were given, not a sum to
 * reach. A plan to issue or to raise money stays a target. Phrasings written for this test.
 */
import { targetValuesOfRow, type ValuesCase } from './reportFixtures';

describe('funds issued and their match', () => {
  it.each<ValuesCase>([
    {
      description: 'central investment issued in batches for a long-named programme, with local matching funds',
      row: { task: '去年以来，国家分两批下达农村公路建设和养护工程中央投资85亿元，地方配套资金40亿元，新改建农村公路2万公里。', progress: '' },
      expected: [20000],
    },
    {
      description: 'provincial investment issued, with the county’s match after 、',
      row: { task: '省里下达全县义务教育薄弱学校改造省级投资3200万元、县级配套1600万元，改造学校12所。', progress: '' },
      expected: [12],
    },
    {
      description: 'a plan to issue money stays a target',
      row: { task: '全年计划下达农村饮水安全工程资金5000万元。', progress: '' },
      expected: [50000000],
    },
    {
      description: 'matching funds to raise, with a verb of doing, stay a target',
      row: { task: '年内筹集地方配套资金3000万元。', progress: '' },
      expected: [30000000],
    },
  ])('$description', (testCase) => {
    expect(targetValuesOfRow(testCase.row)).toEqual(testCase.expected);
  });
});
