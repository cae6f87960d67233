import { checkGrid } from '../../../src/core';
import { sheet, taskRow } from '../rules/sheetBuilder';
import { growthExponent, MOST_LINEAR_GROWTH_EXPONENT } from '../../support/cpuTime';

/** Excel's limit for one cell. */
const CELL_LIMIT = 32_767;

/** `piece(1) + piece(2) + …` cut to `length` characters: the numbers differ, so no target repeats another. */
function cellOf(piece: (index: number) => string, length = CELL_LIMIT): string {
  let text = '';
  for (let index = 1; text.length < length; index += 1) text += piece(index);
  return text.slice(0, length);
}

/**
 * From an eighth of a cell to a full one: linear work grows eightfold, the pairwise or backtracking work
 * these cells provoke sixty-fourfold. Absolute speed (a worst cell in milliseconds) is measured by the bench.
 */
const EIGHTH_CELL = Math.floor(CELL_LIMIT / 8);

const adversarialRows = [
  {
    description: 'thousands of targets against thousands of figures of one indicator',
    task: (index: number) => `新建${index}家社区卫生服务中心，`,
    progress: (index: number) => `已建成社区卫生服务中心${index + 2}家，`,
  },
  {
    description: 'one sentence without a stop, figures and completion rates glued together',
    task: (index: number) => `新建${index}家中心`,
    progress: (index: number) => `建成中心${index + 1}家完成率${index}%`,
  },
  {
    description: 'deadlines and as-of dates on every figure',
    task: (index: number) => `${(index % 12) + 1}月底前建成${index}个`,
    progress: (index: number) => `截至${(index % 12) + 1}月${(index % 28) + 1}日完成${index}个，完成年度任务的${index}%。`,
  },
];

describe('a row of 32,767-character cells full of numbers', () => {
  it.each(adversarialRows)('$description: every target is read, and the cost grows linearly with the cell', ({ task, progress }) => {
    const gridOf = (length: number) => {
      const taskText = cellOf(task, length);
      return sheet({ rows: [taskRow({ task: taskText, milestone: taskText, progress: cellOf(progress, length) })] });
    };
    // Every target of the cell is still read and judged; only the pairwise work is bounded.
    expect(checkGrid(gridOf(CELL_LIMIT)).targets.length).toBeGreaterThan(1_000);
    const growth = growthExponent((length) => {
      const grid = gridOf(length);
      return () => checkGrid(grid);
    }, EIGHTH_CELL, CELL_LIMIT);
    expect(growth).toBeLessThan(MOST_LINEAR_GROWTH_EXPONENT);
  });
});

/** Cells with a long run of the marks a trailing-punctuation pattern strips, then something else. */
const longRunRows = [
  { description: 'a self-assessment of full stops ending in a letter', row: (length: number) => ({ task: '开工建设济南黄河体育中心。', selfAssessment: `${'。'.repeat(length - 1)}x` }) },
  {
    description: 'a responsibility parenthesis whose unit runs on in full stops',
    row: (length: number) => ({ task: `开工建设济南黄河体育中心（责任单位：市体育局${'。'.repeat(length - 40)}局）`, selfAssessment: '完成' }),
  },
];

describe('cells with long runs of closing marks', () => {
  it.each(longRunRows)('$description is checked at a cost that grows linearly with the run', ({ row }) => {
    expect(checkGrid(sheet({ rows: [taskRow(row(CELL_LIMIT))] })).rows).toBe(1);
    // A pattern like /[。.]+$/ retried the run from each of its characters: quadratic, about half a second per cell.
    const growth = growthExponent((length) => {
      const grid = sheet({ rows: [taskRow(row(length))] });
      return () => checkGrid(grid);
    }, EIGHTH_CELL, CELL_LIMIT, 5);
    expect(growth).toBeLessThan(MOST_LINEAR_GROWTH_EXPONENT);
  });
});
