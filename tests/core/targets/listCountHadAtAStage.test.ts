/**
 * `已有N个项目开工`: a count opened by 已有 and followed by a stage (开工, 竣工, 完成) counts the list's items that reached the
 * stage, as `已开工N个` does, though its words name the list's projects again: it measures a year's list by its count. A count
 * followed by money only (`N个项目完成投资…`) still names the list. Examples written for this test, as sheets of a 三季度 report.
 */
import { expectTargetsOfRow, type RowCase } from './reportFixtures';

const cases: RowCase[] = [
  {
    description: 'the projects had started, after 已有, measure the year’s list of key projects',
    row: { task: '全市今年安排的150个重点项目', progress: '截至9月底,已有126个项目开工建设,开工率84%。' },
    expected: [{ value: 150, reported: { value: 126 }, verdict: 'on-track' }],
  },
  {
    description: 'the matters had done, after 已有, measure the year’s list of matters',
    row: { task: '今年办好20件民生实事', progress: '已有16件实事完成年度任务,其余正在加快推进。' },
    expected: [{ value: 20, reported: { value: 16 }, verdict: 'on-track' }],
  },
  {
    description: 'counter-example: the projects counted before their money only name the list',
    row: { task: '全市今年安排的150个重点项目', progress: '150个项目累计完成投资210亿元。' },
    expected: [],
  },
];

describe('a count of a list’s items had at a stage', () => {
  it.each(cases)('$description', (rowCase) => expectTargetsOfRow(rowCase));
});
