/**
 * The operations that (re)write 统计: one row per unit (whether it reported, its 自我评价, issues and targets by
 * verdict) and a total row, and a chart of the 自我评价 counts.
 */
import { rangeAddress } from '../grid/a1';
import { formatMessage, type Language } from '../messages';
import type { WorkbookOperation, WritableValue } from '../ports';
import { STATISTICS_SHEET, type UnitStatistics } from './types';

const HEADER_FILL = '#DDEBF7';

export function statisticsHeader(vocabulary: readonly string[], language: Language): string[] {
  const label = (key: string) => formatMessage(language, `consolidate.stats.${key}`);
  return [
    label('unit'),
    ...vocabulary,
    label('other'),
    label('none'),
    label('tasks'),
    label('errors'),
    label('warnings'),
    ...TARGET_VERDICTS.map((verdict) => label(`targets.${verdict}`)),
    label('reported'),
  ];
}

/** The verdicts 统计 counts per unit, in the order a reviewer reads them. */
const TARGET_VERDICTS = ['met', 'on-track', 'behind', 'unmet', 'no-figure'] as const;

export function statisticsRow(statistics: UnitStatistics, unitLabel: string, reportedLabel: string): WritableValue[] {
  return [
    unitLabel,
    ...statistics.selfAssessment.map((entry) => entry.count),
    statistics.otherAssessment,
    statistics.noAssessment,
    statistics.tasks,
    statistics.errors,
    statistics.warnings,
    ...TARGET_VERDICTS.map((verdict) => statistics.targets[verdict]),
    reportedLabel,
  ];
}

export function statisticsSheetOperations(
  statistics: readonly UnitStatistics[],
  total: UnitStatistics,
  vocabulary: readonly string[],
  language: Language,
): WorkbookOperation[] {
  const sheet = STATISTICS_SHEET;
  const header = statisticsHeader(vocabulary, language);
  const lastColumn = header.length - 1;
  const totalRow = statistics.length + 1;
  const block: WritableValue[][] = [
    header,
    // A unit of the roster that sent nothing is named here, in the workbook, not only on the console.
    ...statistics.map((entry) => statisticsRow(entry, entry.unit, formatMessage(language, entry.sources > 0 ? 'consolidate.stats.reportedYes' : 'consolidate.stats.reportedNo'))),
    statisticsRow(total, formatMessage(language, 'consolidate.stats.total'), formatMessage(language, 'consolidate.stats.reportedCount', { reported: statistics.filter((entry) => entry.sources > 0).length, units: statistics.length })),
  ];
  const operations: WorkbookOperation[] = [
    { op: 'addSheet', sheet, replace: true },
    { op: 'writeBlock', sheet, row: 0, column: 0, values: block },
    { op: 'setFormat', sheet, range: rangeAddress(0, 0, totalRow, lastColumn), format: { border: true, wrap: true, verticalAlignment: 'center' } },
    { op: 'setFormat', sheet, range: rangeAddress(0, 0, 0, lastColumn), format: { bold: true, fill: HEADER_FILL, horizontalAlignment: 'center' } },
    { op: 'setFormat', sheet, range: rangeAddress(totalRow, 0, totalRow, lastColumn), format: { bold: true } },
    { op: 'setColumnWidths', sheet, widths: header.map((_, index) => (index === 0 ? 22 : 10)) },
    { op: 'freezeRows', sheet, count: 1 },
    { op: 'setPageSetup', sheet, setup: { orientation: 'landscape', paperSize: 'A4', printTitleRows: { first: 1, last: 1 }, fitToWidth: true } },
  ];
  if (statistics.length > 0) {
    // The 自我评价 columns (vocabulary, other, none) follow the unit column, so one range charts each
    // unit's tasks stacked by assessment; the total row stays out of it.
    operations.push({
      op: 'addChart',
      sheet,
      range: rangeAddress(0, 0, statistics.length, vocabulary.length + 2),
      kind: 'barStacked',
      title: formatMessage(language, 'consolidate.stats.chartTitle'),
    });
  }
  return operations;
}
