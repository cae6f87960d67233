/**
 * Golden outputs of the fill use cases on the real seeds, one expected file per case under tests/fixtures/fill:
 * the edit list of repairing seed 000 with every fix, and the cells of the 三季度 sheet generated from seed 001.
 * An empty or missing expected file fails and prints the actual result for review; `UPDATE_GOLDEN=1` writes it.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { MemoryWorkbook } from '../../support/memoryWorkbook';
import { checkGrid } from '../../../src/core/check/checkGrid';
import { generateFromPlan } from '../../../src/core/fill/generateFromPlan';
import { planRepairs } from '../../../src/core/fill/planRepairs';
import { gridFromRows } from '../../../src/core/grid/sheetGrid';
import { parsePlan } from '../../../src/core/plan/parsePlan';
import { SEED_001_PLAN_ROWS, SEED_001_PLAN_SHEET } from '../../../src/core/sample/seed001Plan';
import { seed000Rows } from '../../../src/core/sample/seed000';

const FIXTURES = join(__dirname, '../../fixtures/fill');

function expectGolden(name: string, actual: unknown): void {
  const file = join(FIXTURES, `${name}.expected.json`);
  if (process.env.UPDATE_GOLDEN === '1') writeFileSync(file, `${JSON.stringify(actual, null, 1)}\n`);
  const text = existsSync(file) ? readFileSync(file, 'utf8').trim() : '';
  if (text === '') throw new Error(`no golden output yet; review this and save it as ${file}:\n${JSON.stringify(actual, null, 1)}`);
  expect(actual).toEqual(JSON.parse(text));
}

describe('golden fill outputs', () => {
  it('repairs seed 000 with the golden edit list', () => {
    const grid = gridFromRows('三季度', seed000Rows);
    const check = checkGrid(grid);
    if (!check.report) throw new Error('seed 000 must parse');
    const plan = planRepairs(grid, check.report, check.issues, 'all');
    expectGolden('seed000-repairs', {
      operations: plan.operations.map((operation) =>
        operation.op === 'writeBlock' ? { op: operation.op, row: operation.row, column: operation.column, cells: operation.values[0]?.length } : operation,
      ),
      edits: plan.edits,
      unapplied: plan.unapplied,
    });
  });

  it('generates the golden 三季度 sheet from seed 001', async () => {
    const { plan } = parsePlan(gridFromRows(SEED_001_PLAN_SHEET, SEED_001_PLAN_ROWS));
    if (!plan) throw new Error('seed 001 must parse as a plan');
    const result = generateFromPlan(plan, { sheet: '三季度', period: '三季度', year: 2022, unit: '济南市卫生健康委' });
    const workbook = MemoryWorkbook.fromSheets({});
    await workbook.apply(result.operations);
    const grid = await workbook.readSheet('三季度');
    expectGolden('seed001-q3-sheet', { issues: result.issues, cells: grid.values, merges: grid.merges });
  });
});
