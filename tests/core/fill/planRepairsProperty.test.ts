/**
 * Property: for any choice of seed 000's fixable issues, the operations do exactly what the edit list says —
 * each edited cell ends up with its `after` text, each deleted row is gone, and every other cell is untouched.
 */
import fc from 'fast-check';
import { MemoryWorkbook } from '../../support/memoryWorkbook';
import { checkGrid } from '../../../src/core/check/checkGrid';
import { planRepairs } from '../../../src/core/fill/planRepairs';
import { parseCellAddress, parseRangeAddress } from '../../../src/core/grid/a1';
import { gridFromRows } from '../../../src/core/grid/sheetGrid';
import type { Issue } from '../../../src/core/issues/issue';
import { seed000Rows } from '../../../src/core/sample/seed000';

const grid = gridFromRows('三季度', seed000Rows);
const check = checkGrid(grid);
const report = check.report;
const fixable = check.issues.filter((issue) => issue.fix);

function expectedText(edits: ReturnType<typeof planRepairs>['edits']): string[][] {
  const text = grid.text.map((row) => [...row]);
  const deleted = new Set<number>();
  for (const edit of edits) {
    if (edit.cell.includes(':')) {
      const range = parseRangeAddress(edit.cell);
      if (range) deleted.add(range.top);
      continue;
    }
    const position = parseCellAddress(edit.cell);
    const row = position ? text[position.row] : undefined;
    if (position && row) row[position.column] = edit.after;
  }
  return text.filter((_, row) => !deleted.has(row));
}

describe('planRepairs on any choice of fixes', () => {
  it('writes exactly what its edit list says and nothing else', async () => {
    if (!report) throw new Error('seed 000 must parse');
    await fc.assert(
      fc.asyncProperty(fc.subarray(fixable), async (chosen: Issue[]) => {
        const picked = new Set(chosen);
        const plan = planRepairs(grid, report, check.issues, (issue) => picked.has(issue));
        const workbook = MemoryWorkbook.fromSheets({ 三季度: seed000Rows.map((row) => [...row]) });
        await workbook.apply(plan.operations);
        const actual = (await workbook.readSheet('三季度')).text.map((row) => [...row]);
        const expected = expectedText(plan.edits);
        const width = Math.max(...expected.map((row) => row.length), ...actual.map((row) => row.length));
        const pad = (rows: string[][]) => rows.map((row) => Array.from({ length: width }, (_, column) => row[column] ?? ''));
        expect(pad(actual)).toEqual(pad(expected));
        expect(plan.unapplied).toEqual([]);
      }),
      { numRuns: 40 },
    );
  });
});
