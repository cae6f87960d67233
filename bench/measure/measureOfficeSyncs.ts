/**
 * The Office.js adapter on the simulated Excel that counts syncs and request/response bytes: reading a
 * sheet (校验) and writing it as a new sheet (汇总). Bars: no request or response over Excel on the web's
 * 5 MB, and a sync count that does not grow with the rows except where the 5 MB limit forces it: at most
 * one sync for the sheet's shape plus one per 4.5 MB (the adapter's budget) of payload. On a sheet whose
 * payload fits one request that is the same count at every size.
 */
import { REQUEST_BYTE_BUDGET } from '../../src/adapters/office/officeWorkbook';
import { measureOfficeCosts, type OfficeOperationCost } from '../../tests/support/measureOfficeCosts';
import { atMostRow, conditionRow, infoRow, type BenchRow } from '../_lib/benchRow';
import { generateProgressSheet } from '../workload';

const REQUEST_LIMIT_BYTES = 5 * 1024 * 1024;
const KILOBYTE = 1024;

/** One sync for the sheet's shape (or the sheet to add), then one per payload budget's worth of cells. */
function syncsForcedBy(cost: OfficeOperationCost): number {
  const payload = Math.max(cost.totalRequestBytes, cost.totalResponseBytes);
  return 1 + Math.max(1, Math.ceil(payload / REQUEST_BYTE_BUDGET));
}

export async function measureOfficeSyncs(sizes: readonly number[]): Promise<BenchRow[]> {
  const costsBySize = new Map<number, OfficeOperationCost[]>();
  for (const size of sizes) costsBySize.set(size, await measureOfficeCosts(generateProgressSheet({ rows: size, seed: 20211011 })));
  const rows: BenchRow[] = [];
  const operations = [...new Set([...costsBySize.values()].flat().map((cost) => cost.operation))];
  for (const operation of operations) {
    const costs = sizes.flatMap((size) => (costsBySize.get(size) ?? []).filter((cost) => cost.operation === operation).map((cost) => ({ size, cost })));
    for (const { size, cost } of costs) {
      const label = `Office.js ${operation}, ${size.toLocaleString('en-US')} rows`;
      const largest = Math.max(cost.maxRequestBytes, cost.maxResponseBytes);
      rows.push(infoRow(`office.${operation}.${size}.syncs`, label, cost.syncs, 'syncs'));
      rows.push(
        atMostRow(
          `office.${operation}.${size}.largestPayload`,
          `  largest request or response`,
          largest / KILOBYTE,
          'KB',
          REQUEST_LIMIT_BYTES / KILOBYTE,
          `sent ${(cost.totalRequestBytes / KILOBYTE).toFixed(0)} KB, received ${(cost.totalResponseBytes / KILOBYTE).toFixed(0)} KB in all`,
        ),
      );
    }
    if (costs.length > 0) {
      const allowed = costs.map(({ cost }) => syncsForcedBy(cost));
      rows.push(
        conditionRow(
          `office.${operation}.syncsBounded`,
          `  syncs at ${costs.map(({ size }) => size.toLocaleString('en-US')).join(' / ')} rows`,
          Math.max(...costs.map(({ cost }) => cost.syncs)),
          'syncs',
          '≤ 1 + one per 4.5 MB',
          costs.every(({ cost }, index) => cost.syncs <= (allowed[index] ?? 0)),
          `${costs.map(({ cost }) => cost.syncs).join(' / ')} (allowed ${allowed.join(' / ')})`,
        ),
      );
    }
  }
  return rows;
}
