import { checkGrid, gridFromRows, ruleCatalogueAnalyser } from '../../../src/core';
import { generateProgressSheet } from '../../../bench/workload';

describe('check performance', () => {
  it('parses and runs the rule catalogue on 10,000 rows in well under the budget, growing linearly', () => {
    const time = (rows: number) => {
      const grid = gridFromRows('三季度', generateProgressSheet({ rows, seed: 7 }));
      checkGrid(grid, { analysers: [ruleCatalogueAnalyser] });
      const start = performance.now();
      checkGrid(grid, { analysers: [ruleCatalogueAnalyser] });
      return performance.now() - start;
    };
    const small = time(2_500);
    const large = time(10_000);
    // The product budget is 1 s for the whole check; the rules get a generous share on a busy machine.
    expect(large).toBeLessThan(2_000);
    // Four times the rows may not take far more than four times as long (no quadratic pass).
    expect(large).toBeLessThan(Math.max(small, 50) * 10);
  });
});
