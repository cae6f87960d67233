/**
 * Two counts that describe a list or a year's work rather than set an aim, with the phrasings that stay targets. Phrasings
 * written for this test.
 * - The sub-items a list is broken into (`N个子项`, `细分为N个子项目`) are a list of their own: said all done, their count
 *   names them; counted done in the progress, it is a target.
 * - A tally of meetings or events held (`共召开…会议N次`) sums up what was held; a plan to hold them is a target.
 */
import { targetValuesOfRow, type ValuesCase } from './reportFixtures';

describe('the sub-items of a list', () => {
  it.each<ValuesCase>([
    {
      description: 'sub-items of a list said all done name the list',
      row: { task: '今年我区12项民生实事、40个子项,', progress: '已全部完成年度目标任务。' },
      expected: [],
    },
    {
      description: 'sub-items counted done in the progress stay a target',
      row: { task: '今年我区民生实事细分为40个子项目,', progress: '已完成子项目22个。' },
      expected: [40],
    },
  ])('$description', ({ row, expected }) => {
    expect(targetValuesOfRow(row)).toEqual(expected);
  });
});

describe('meetings and events held', () => {
  it.each<ValuesCase>([
    {
      description: 'a tally of meetings held, with the matters they decided',
      row: { task: '2021年共召开局务会议12次,研究确定事项48项,', progress: '已办结45项,正在办理3项。' },
      expected: [],
    },
    {
      description: 'a tally of job fairs held',
      row: { task: '共举办线上线下招聘会16场。', progress: '' },
      expected: [],
    },
    {
      description: 'meetings to hold, with a floor, stay a target',
      row: { task: '全年召开联席会议不少于4次。', progress: '已召开3次。' },
      expected: [4],
    },
    {
      description: 'meetings to hold in a plan, with 共, stay a target',
      row: { task: '计划全年共召开推进会6次。', progress: '已召开推进会4次。' },
      expected: [6],
    },
  ])('$description', ({ row, expected }) => {
    expect(targetValuesOfRow(row)).toEqual(expected);
  });
});
