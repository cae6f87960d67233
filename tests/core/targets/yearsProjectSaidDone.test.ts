/**
 * A progress that says the year's project, named as such (`我省今年的农村幼儿园改造建设项目提前完成全部任务`, `本年度的供水工程已
 * 全部完工`), is done as a whole says every target of the row is reached: the share 100%, as `该项工程已全部完成` says of the
 * row's own item. Another work named without the year (`东区项目已全部完成`) or the whole only forecast stays as before.
 * Phrasings written for this test.
 */
import { analyzeTargets } from '../../../src/core/targets';
import { reportOf, type RowSpec } from './reportFixtures';

interface VerdictCase {
  readonly description: string;
  readonly row: RowSpec;
  readonly expected: readonly string[];
}

describe('the year’s project said done as a whole', () => {
  it.each<VerdictCase>([
    {
      description: 'the year’s project finished ahead of time, with its parts',
      row: { task: '全省新建、改扩建卫生院60所，其中新建20所、改扩建40所。', progress: '我省今年的乡镇卫生院建设项目提前完成全部任务。' },
      expected: ['met', 'met', 'met'],
    },
    {
      description: 'this year’s works said all finished',
      row: { task: '年内改造供水管网120公里。', progress: '本年度的城区供水管网改造工程已全部完工。' },
      expected: ['met'],
    },
    {
      description: 'the year’s project with 当年, said all built',
      row: { task: '建设农村幸福院45个。', progress: '当年农村幸福院建设项目已全部建成。' },
      expected: ['met'],
    },
    {
      description: 'another work said done, without the year, answers nothing',
      row: { task: '年内改造供水管网120公里。', progress: '东区管网项目已全部完成。' },
      expected: ['no-figure'],
    },
    {
      description: 'the year’s project only forecast to be done',
      row: { task: '年内改造供水管网120公里。', progress: '今年的管网改造项目预计年底前全部完成。' },
      expected: ['no-figure'],
    },
  ])('$description', ({ row, expected }) => {
    expect(analyzeTargets(reportOf([row])).targets.map((target) => target.verdict)).toEqual(expected);
  });
});
