/**
 * Items with deadlines of their own (hazards, problems, complaints): a report that counts those done and says the rest are still
 * within their time limits is on schedule, not late. Sentences written for this test in the style of 隐患整改 and 督查 notices.
 */
import { analyzeTargets, gridFromRows, parseReport } from '../../../src/core';
import { restNotYetDue } from '../../../src/core/targets/_lib/restNotYetDue';

function verdictsOf(task: string, progress: string): string[] {
  const grid = gridFromRows('全年', [
    ['2024年政府工作报告重点工作任务全年进展情况'],
    ['填报单位：某市应急管理局'],
    ['填报时间：2024年12月31日'],
    ['序号', '任务', '时间', '节点任务', '进展情况', '自我评价'],
    [1, task, '', '', progress, ''],
  ]);
  const { report } = parseReport(grid);
  if (!report) throw new Error('the sheet did not parse');
  return analyzeTargets(report).targets.map((target) => target.verdict);
}

describe('the rest said not yet due leaves a target short but on schedule', () => {
  it.each([
    {
      description: 'hazards put right, the rest not yet at their deadline',
      task: '排查挂牌重大隐患480处',
      progress: '已整改462处,整改率96.3%,余18处未到整改期限。',
      expected: ['on-track'],
    },
    {
      description: 'problems fed back, the others not yet due',
      task: '督察反馈问题整改56项',
      progress: '已完成整改51项,其余5项尚未到整改时限。',
      expected: ['on-track'],
    },
    {
      description: 'complaints handled, the remaining all still within their time',
      task: '办理群众信访件1200件',
      progress: '已办结1150件,剩余信访件均在办理期限内。',
      expected: ['on-track'],
    },
    {
      description: 'the rest only being worked on: short at the year\'s end is unmet',
      task: '排查挂牌重大隐患480处',
      progress: '已整改462处,余18处正在整改。',
      expected: ['unmet'],
    },
    {
      description: 'all done: met, whatever is said of time limits',
      task: '整改隐患300处',
      progress: '已整改300处,均在整改期限内完成。',
      expected: ['met'],
    },
  ])('$description', ({ task, progress, expected }) => {
    expect(verdictsOf(task, progress)).toEqual(expected);
  });

  it.each([
    { text: '已整改620家,余10家未到整改期限。', expected: '余10家未到整改期限' },
    { text: '其余3项尚未到整改时限', expected: '其余3项尚未到整改时限' },
    { text: '已整改620家,余10家正在整改。', expected: null },
    { text: '整改期限为6月底', expected: null },
    { text: '', expected: null },
  ])('restNotYetDue($text) is $expected', ({ text, expected }) => {
    expect(restNotYetDue(text)).toBe(expected);
  });
});
