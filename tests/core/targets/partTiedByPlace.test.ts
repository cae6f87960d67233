/**
 * A part of the task's whole (`…1万套，其中廉租住房2000套`) is tied by its place among the row's targets only to a part of
 * the progress: the figures a report gives before any part are the whole's, and say nothing of one part.
 */
import { analyzeTargets } from '../../../src/core/targets';
import { reportOf, type RowSpec } from './reportFixtures';

describe('a part of the whole, tied by place', () => {
  const results = (row: RowSpec) => analyzeTargets(reportOf([row])).targets.map((target) => [target.value, target.reported?.value ?? null, target.verdict]);

  it.each([
    {
      description: 'the whole\'s second figure is no figure of the part',
      row: { task: '今年计划建设保障性住房10000套，其中廉租住房2000套，公共租赁住房3000套。', progress: '截至目前，各类保障性住房开工9000套，基本建成4000套，竣工2500套。' },
      notParts: [4000, 2500],
    },
    {
      description: 'a part of the progress answers the part',
      row: { task: '今年计划建设保障性住房10000套，其中廉租住房2000套，公共租赁住房3000套。', progress: '已建成8000套，其中廉租住房1600套。' },
      notParts: [],
      partFigure: 1600,
    },
  ])('$description', ({ row, notParts, partFigure }) => {
    const part = results(row).find(([value]) => value === 2000);
    expect(part).toBeDefined();
    expect(notParts).not.toContain(part?.[1]);
    if (partFigure !== undefined) expect(part?.[1]).toBe(partFigure);
  });

  it('a target that is no part still takes the figure of its place', () => {
    const row = { task: '今年计划新建公办幼儿园10所、改扩建小学6所。', progress: '已完成8所，6所。' };
    expect(results(row).map(([value, reported]) => [value, reported])).toEqual([[10, 8], [6, 6]]);
  });
});
