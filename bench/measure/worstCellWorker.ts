/**
 * Runs in a process of its own (forked by `measureWorstCell`): times the worst cells on a fresh heap and sends the bench
 * rows back. Argument: `median` or `fastest`, what the bar is held against.
 */
import { timeWorstCells } from './measureWorstCell';

const barOn = process.argv[2];
if (barOn !== 'median' && barOn !== 'fastest') {
  process.stderr.write(`worstCellWorker: expected median or fastest, got ${String(barOn)}\n`);
  process.exit(2);
}
timeWorstCells(barOn).then(
  (rows) => {
    process.send?.(rows);
  },
  (error: unknown) => {
    process.stderr.write(`worstCellWorker: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exitCode = 1;
  },
);
