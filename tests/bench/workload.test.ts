// The bench's workload must be deterministic and shaped like a real sheet, or its numbers mean nothing.
import { checkGrid, gridFromRows, parseReport } from '../../src/core';
import { generateBureauSheets, generateProgressSheet, seededRandom } from '../../bench/workload';

describe('the bench workload', () => {
  it('gives the same numbers for the same seed, and others for another', () => {
    const first = seededRandom(7);
    const again = seededRandom(7);
    const other = seededRandom(8);
    const sequence = [first(), first(), first()];
    expect([again(), again(), again()]).toEqual(sequence);
    expect([other(), other(), other()]).not.toEqual(sequence);
    expect(generateProgressSheet({ rows: 200, seed: 3 })).toEqual(generateProgressSheet({ rows: 200, seed: 3 }));
  });

  it('makes a sheet the parser reads as a report with exactly the asked number of tasks, page splits included', () => {
    const report = parseReport(gridFromRows('三季度', generateProgressSheet({ rows: 300, seed: 11 }))).report;
    const kinds = new Map<string, number>();
    for (const row of report?.rows ?? []) kinds.set(row.kind, (kinds.get(row.kind) ?? 0) + 1);
    expect(kinds.get('task')).toBe(300);
    expect(kinds.get('repeatedHeader')).toBeGreaterThan(0);
    expect(kinds.get('continuation')).toBeGreaterThan(0);
  });

  it('carries a few defects per hundred rows and numeric targets on most rows', () => {
    const check = checkGrid(gridFromRows('三季度', generateProgressSheet({ rows: 1000, seed: 7 })));
    const errors = check.issues.filter((issue) => issue.severity === 'error').length;
    expect(errors).toBeGreaterThan(5);
    expect(errors).toBeLessThan(150);
    expect(check.targets.length).toBeGreaterThan(1000);
  });

  it('makes bureau files of the asked size that share their tasks', () => {
    const sheets = generateBureauSheets(4, 50, 1);
    expect(new Set(sheets.map((sheet) => sheet.unit)).size).toBe(4);
    for (const sheet of sheets) {
      const report = parseReport(gridFromRows('三季度', sheet.rows)).report;
      expect(report?.rows.filter((row) => row.kind === 'task')).toHaveLength(50);
    }
  });
});
