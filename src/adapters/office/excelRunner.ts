/**
 * How the adapter reaches Excel: `Excel.run` in the add-in, a simulated Excel in tests and the bench.
 * Passing it in keeps every Office.js call of the adapter testable without a global.
 */
export type ExcelRunner = <T>(options: Excel.RunOptions, batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

/** The real one. `delayForCellEdit` is set by the adapter on every run. */
export const officeExcelRunner: ExcelRunner = (options, batch) => Excel.run(options, batch);
