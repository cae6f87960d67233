import { checkGrid } from '../../../src/core';
import { sheet, taskRow } from '../rules/sheetBuilder';
import { cpuMilliseconds, fastestCpuMilliseconds } from '../../support/cpuTime';

/** Excel's limit for one cell. */
const CELL_LIMIT = 32_767;

/** `piece(1) + piece(2) + …` cut to one full cell: the numbers differ, so no target repeats another. */
function fullCell(piece: (index: number) => string): string {
  let text = '';
  for (let index = 1; text.length < CELL_LIMIT; index += 1) text += piece(index);
  return text.slice(0, CELL_LIMIT);
}

const adversarialRows = [
  {
    description: 'thousands of targets against thousands of figures of one indicator',
    task: fullCell((index) => `新建${index}家社区卫生服务中心，`),
    progress: fullCell((index) => `已建成社区卫生服务中心${index + 2}家，`),
  },
  {
    description: 'one sentence without a stop, figures and completion rates glued together',
    task: fullCell((index) => `新建${index}家中心`),
    progress: fullCell((index) => `建成中心${index + 1}家完成率${index}%`),
  },
  {
    description: 'deadlines and as-of dates on every figure',
    task: fullCell((index) => `${(index % 12) + 1}月底前建成${index}个`),
    progress: fullCell((index) => `截至${(index % 12) + 1}月${(index % 28) + 1}日完成${index}个，完成年度任务的${index}%。`),
  },
];

describe('a row of 32,767-character cells full of numbers', () => {
  it.each(adversarialRows)('$description goes through the whole check in well under a second', ({ task, progress }) => {
    const grid = sheet({ rows: [taskRow({ task, milestone: task, progress })] });
    checkGrid(sheet({ rows: [taskRow({ task: task.slice(0, 2000), progress: progress.slice(0, 2000) })] }));
    let targets = 0;
    const time = fastestCpuMilliseconds(() => {
      targets = checkGrid(grid).targets.length;
    });
    // Every target of the cell is still read and judged; only the pairwise work is bounded.
    expect(targets).toBeGreaterThan(1_000);
    // Generous for a busy machine; the bench measures precisely. Unbounded, such a row took seconds.
    expect(time).toBeLessThan(1_000);
  });
});

/** Cells with a long run of the marks a trailing-punctuation pattern strips, then something else. */
const longRunRows = [
  { description: 'a self-assessment of full stops ending in a letter', task: '开工建设济南黄河体育中心。', selfAssessment: `${'。'.repeat(CELL_LIMIT - 1)}x` },
  {
    description: 'a responsibility parenthesis whose unit runs on in full stops',
    task: `开工建设济南黄河体育中心（责任单位：市体育局${'。'.repeat(CELL_LIMIT - 40)}局）`,
    selfAssessment: '完成',
  },
];

describe('cells with long runs of closing marks', () => {
  it.each(longRunRows)('$description is checked in well under a second', ({ task, selfAssessment }) => {
    const grid = sheet({ rows: [taskRow({ task, selfAssessment })] });
    let rows = 0;
    const time = cpuMilliseconds(() => {
      rows = checkGrid(grid).rows;
    });
    expect(rows).toBe(1);
    // A pattern like /[。.]+$/ retried the run from each of its characters: about half a second per cell.
    expect(time).toBeLessThan(250);
  });
});
