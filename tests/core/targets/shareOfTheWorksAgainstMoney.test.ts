/**
 * A completion share said of the works themselves (`完成总工程量的43.9%`, `形象进度85%`, `工程进度达70%`) tells how far the
 * building has gone, not how much of a plan of money is spent: against a target of money it leaves the verdict `unclear`. It
 * still answers a target of the works, and a share said of the money still answers the money. Phrasings written for this test.
 */
import { analyzeTargets } from '../../../src/core/targets';
import { reportOf, type RowSpec } from './reportFixtures';

interface VerdictCase {
  readonly description: string;
  readonly row: RowSpec;
  readonly expected: readonly string[];
}

describe('a share of the works against a plan of money', () => {
  it.each<VerdictCase>([
    {
      description: 'a plan of investment against the share of the total works done',
      row: { task: '今年计划投资520万元，重点实施小型水利工程。', progress: '截至目前，已完成总工程量的60%。' },
      expected: ['unclear'],
    },
    {
      description: 'a sum to put in against the progress of the works, said with 形象进度',
      row: { task: '全年投入资金1800万元改造农村公路。', progress: '项目形象进度达到85%。' },
      expected: ['unclear'],
    },
    {
      description: 'a plan of investment against 工程进度',
      row: { task: '年度计划完成投资3000万元。', progress: '目前工程进度达70%。' },
      expected: ['unclear'],
    },
    {
      description: 'a share said of the money still answers the money',
      row: { task: '今年计划投资520万元。', progress: '已完成投资300万元，占计划的57.7%。' },
      expected: ['behind'],
    },
    {
      description: 'a share of the works still answers a target of the works',
      row: { task: '年内新建道路12公里。', progress: '已完成总工程量的80%。' },
      expected: ['on-track'],
    },
  ])('$description', ({ row, expected }) => {
    expect(analyzeTargets(reportOf([row])).targets.map((target) => target.verdict)).toEqual(expected);
  });
});
