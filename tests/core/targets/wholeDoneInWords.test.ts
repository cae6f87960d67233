/**
 * Words that say the row's whole work is done (`这些任务均已完成`) reach every target of the row: a rate, a change or a
 * ceiling as much as a count. Words of a step done, or of works started, reach none of them.
 */
import { analyzeTargets } from '../../../src/core/targets';
import { reportOf, type RowSpec } from './reportFixtures';

describe('a rate or a change to reach, against the whole said done in words', () => {
  const verdicts = (row: RowSpec) => analyzeTargets(reportOf([row], 2019, '全年')).targets.map((target) => [target.value, target.verdict]);

  it.each([
    {
      description: 'two cuts of spending, the tasks said done by 均已',
      row: { task: '38项指标任务还包括中央财政一般性支出压减5%以上、“三公”经费再压减3%左右等。', progress: '这些任务均已完成。' },
      expected: [[5, 'met'], [3, 'met']],
    },
    {
      description: 'a coverage rate, the item said done in full',
      row: { task: '农村生活垃圾集中处理覆盖率达到90%。', progress: '该项任务已全部完成。' },
      expected: [[90, 'met']],
    },
    {
      description: 'a ceiling, the item said done in full: the words say it is kept',
      row: { task: '城镇登记失业率控制在4%以内。', progress: '本项任务已全面完成。' },
      expected: [[4, 'met']],
    },
    {
      description: 'a step done by each, not the whole: no figure',
      row: { task: '农村生活垃圾集中处理覆盖率达到90%。', progress: '各地均已完成方案编制，正在招标。' },
      expected: [[90, 'no-figure']],
    },
    {
      description: 'the works all started, not done: no figure of the rate',
      row: { task: '农村生活垃圾集中处理覆盖率达到90%。', progress: '项目已全部开工建设。' },
      expected: [[90, 'no-figure']],
    },
    {
      description: 'a rate reported with its own figure is judged by it, not by the words',
      row: { task: '农村生活垃圾集中处理覆盖率达到90%。', progress: '农村生活垃圾集中处理覆盖率达到86%。' },
      expected: [[90, 'unmet']],
    },
  ])('$description', ({ row, expected }) => {
    expect(verdicts(row)).toEqual(expected);
  });
});
