import { MemoryWorkbook } from '../../support/memoryWorkbook';
import { checkGrid } from '../../../src/core/check/checkGrid';
import { planRepairs } from '../../../src/core/fill/planRepairs';
import { gridFromRows } from '../../../src/core/grid/sheetGrid';
import { seed000Rows } from '../../../src/core/sample/seed000';

async function repairedSeed(selection: Parameters<typeof planRepairs>[3]) {
  const grid = gridFromRows('三季度', seed000Rows);
  const before = checkGrid(grid);
  if (!before.report) throw new Error('seed 000 must parse');
  const plan = planRepairs(grid, before.report, before.issues, selection);
  const workbook = MemoryWorkbook.fromSheets({ 三季度: seed000Rows.map((row) => [...row]) });
  await workbook.apply(plan.operations);
  const after = checkGrid(await workbook.readSheet('三季度'));
  return { before, plan, after };
}

describe('repairing seed 000', () => {
  it('leaves no fixable issue once every fix is applied through the memory adapter and the sheet is checked again', async () => {
    const { before, plan, after } = await repairedSeed('all');
    expect(before.issues.filter((issue) => issue.fix).length).toBeGreaterThan(0);
    expect(plan.unapplied).toEqual([]);
    expect(after.issues.filter((issue) => issue.fix).map((issue) => `${issue.rule} ${issue.cell}`)).toEqual([]);
    // nothing is lost: every task is still there, now whole
    expect(after.rows).toBe(before.rows);
    const kinds = after.report?.rows.map((row) => row.kind) ?? [];
    expect(kinds.filter((kind) => kind === 'continuation' || kind === 'repeatedHeader')).toEqual([]);
  });

  it('keeps every issue the fixes do not touch', async () => {
    const { before, after } = await repairedSeed('all');
    const unfixable = (issues: typeof before.issues) => issues.filter((issue) => !issue.fix).map((issue) => issue.rule).sort();
    expect(unfixable(after.issues)).toEqual(unfixable(before.issues));
  });

  it('repairs only what the chosen rules fix', async () => {
    const { before, after } = await repairedSeed(['row.repeatedHeader']);
    const count = (issues: typeof before.issues, rule: string) => issues.filter((issue) => issue.rule === rule).length;
    expect(count(before.issues, 'row.repeatedHeader')).toBe(10);
    expect(count(after.issues, 'row.repeatedHeader')).toBe(0);
    expect(count(after.issues, 'row.continuation')).toBe(count(before.issues, 'row.continuation'));
  });
});
