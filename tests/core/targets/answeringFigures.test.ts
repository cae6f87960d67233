/**
 * Which figure of the progress answers a target, read as reviewers read it: what a completion share is a share of, wholes and
 * their parts. Sentences are from published reports (the notes name where), counter-examples are written in their style. Each
 * case is a sheet of one row; the report is a 三季度 report unless the case says otherwise.
 */
import { analyzeTargets } from '../../../src/core/targets';
import { reportOf, type RowSpec } from './reportFixtures';

interface Case {
  readonly description: string;
  readonly row: RowSpec;
  readonly period?: string;
  readonly expected: readonly Record<string, unknown>[];
  readonly notes?: string;
}

const sharesOfMoney: Case[] = [
  {
    description: 'a share of a plan written without 的 right after the money spent is the money\'s share, not the projects\'',
    row: { task: '改造老旧小区54个，计划投资20.6亿元', progress: '上半年完成投资6.38亿元，完成年度计划31%，进度滞后。' },
    period: '上半年',
    expected: [{ value: 54, verdict: 'no-figure' }, { value: 2060000000, verdict: 'behind', reported: { value: 638000000 } }],
    notes: 'the progress sentence of 芜湖 2021, against a count of works',
  },
  {
    description: 'the same share without 的 answers a target of the money',
    row: { task: '年度计划投资25亿元', progress: '一季度完成投资5亿元，完成年度计划20%。' },
    period: '一季度',
    expected: [{ value: 2500000000, verdict: 'behind', reported: { value: 500000000 } }],
    notes: '5亿 of 25亿 is 20%, below the 25% pace of the first quarter',
  },
  {
    description: 'a share without 的 after a count is the count\'s, and answers a target of that count',
    row: { task: '新建5G基站2500个', progress: '今年上半年建设5G基站873个，完成年度计划35%，进度滞后。' },
    period: '上半年',
    expected: [{ value: 2500, verdict: 'behind', reported: { value: 873 } }],
    notes: '芜湖 2021',
  },
  {
    description: 'a completion rate named for investment is the money\'s, not the share of projects started',
    row: { task: '80个计划新开工项目', progress: '开工建设74个，开工率92.5%；累计完成投资650.9亿元，同比增长48.31%；年度计划投资完成率84.92%。' },
    expected: [{ value: 80, verdict: 'on-track', reported: { value: 74 } }],
    notes: '甘肃 2022 (前三季度): 74 of 80 is 92.5%, above the 75% pace',
  },
  {
    description: 'so is one in traditional characters, as a copy stores it',
    row: { task: '80個計劃新開(kāi)工項目', progress: '開(kāi)工建設74個,開(kāi)工率92.5%,較2021年同期提高8.2個百分點;累計完成投資650.9億元,同比增長48.31%;年度計劃投資完成率84.92%,較2021年同期提高13.31個百分點。' },
    expected: [{ value: 80, verdict: 'on-track', reported: { value: 74 } }],
    notes: '甘肃 2022 (前三季度), as stored',
  },
  {
    description: 'against a count, an investment rate alone is no figure of it',
    row: { task: '新建村级养老服务站40个', progress: '累计完成投资1260万元，投资完成率57.0%。' },
    expected: [{ value: 40, verdict: 'no-figure' }],
  },
  {
    description: 'a completion rate named for investment answers a target of investment',
    row: { task: '年度计划投资463.4亿元', progress: '1—8月份，投资完成率70.3%。' },
    expected: [{ value: 46340000000, verdict: 'behind', reported: { value: 70.3 } }],
    notes: '池州 2024 without its amount: 70.3% is below the 75% pace',
  },
  {
    description: 'a completion rate that names no money still answers a count',
    row: { task: '新建农村公路100公里', progress: '已完成新建农村公路80公里，完成率80%。' },
    expected: [{ value: 100, verdict: 'on-track', reported: { value: 80 } }],
  },
];

describe('what a completion share is a share of', () => {
  it.each(sharesOfMoney)('$description', ({ row, period, expected }) => {
    const { targets } = analyzeTargets(reportOf([row], 2021, period ?? '三季度'));
    expect(targets).toHaveLength(expected.length);
    expected.forEach((fields, index) => expect(targets[index]).toMatchObject(fields));
  });
});
