/** Reports for the target tests: seed 000 as a sheet, and small sheets built row by row. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gridFromRows } from '../../../src/core/grid/sheetGrid';
import { parseReport } from '../../../src/core/report/parseReport';
import type { ProgressReport } from '../../../src/core/report/types';
import { analyzeTargets } from '../../../src/core/targets';

export const HEADER = ['序号', '《政府工作报告》重点工作任务\n(省、市民生实事)', '时间', '节点任务', '进展情况', '自我评价'];

function parsed(name: string, rows: readonly (readonly (string | number | null)[])[]): ProgressReport {
  const { report, issues } = parseReport(gridFromRows(name, rows));
  if (!report) throw new Error(`The fixture sheet did not parse: ${JSON.stringify(issues)}`);
  return report;
}

/** Seed 000 (a filled 三季度 progress sheet of 2021, with page-split rows), one line per sheet row. */
export function seed000Report(): ProgressReport {
  const text = readFileSync(join(__dirname, 'fixtures', 'seed000-progress-q3.tsv'), 'utf8');
  return parsed('三季度', text.split('\n').map((line) => line.split('\t')));
}

export interface RowSpec {
  readonly task?: string;
  readonly period?: string;
  readonly milestone?: string;
  readonly progress?: string;
  readonly assessment?: string;
}

/** Periods that end after 10月11日: their sheets are filled in the next January. */
const PERIODS_ENDING_LATE = /全年|四季度|下半年|1[12]月/;

/**
 * A 三季度 sheet of the given year with one task row per spec, filled in on `filledOn` (by default 10月11日,
 * or 1月11日 of the next year for a period that ends later).
 */
export function reportOf(specs: readonly RowSpec[], year = 2021, period = '三季度', filledOn?: string): ProgressReport {
  const filled = filledOn ?? (PERIODS_ENDING_LATE.test(period) ? `${year + 1}年1月11日` : `${year}年10月11日`);
  return parsed(period, [
    [`${year}年《政府工作报告》重点工作任务和民生实事${period}进展情况`],
    ['填报单位：济南市卫生健康委'],
    [`填报时间：${filled}`],
    HEADER,
    ...specs.map((spec, index) => [
      index + 1,
      spec.task ?? '推进相关工作。(责任单位：市卫生健康委)',
      spec.period ?? period,
      spec.milestone ?? '',
      spec.progress ?? '',
      spec.assessment ?? '序时推进',
    ]),
  ]);
}

/** A sheet of one row and the targets expected on it, field by field and in order. */
export interface RowCase {
  readonly description: string;
  readonly row: RowSpec;
  /** The report's period (三季度 unless given). */
  readonly period?: string;
  readonly expected: readonly Record<string, unknown>[];
  /** Where the sentence was published, or what a counter-example stands for. */
  readonly notes?: string;
}

/** The targets of a case's one-row sheet (2021) match its expected fields, and there are no others. */
export function expectTargetsOfRow({ row, period, expected }: RowCase): void {
  const { targets } = analyzeTargets(reportOf([row], 2021, period ?? '三季度'));
  expect(targets).toHaveLength(expected.length);
  expected.forEach((fields, index) => expect(targets[index]).toMatchObject(fields));
}

/** A sheet of one row and the values of the targets expected on it, in order. */
export interface ValuesCase {
  readonly description: string;
  readonly row: RowSpec;
  /** The values of the targets found, in order. */
  readonly expected: readonly number[];
}

/** The values of the targets found on a sheet of one row, of the given year and period. */
export function targetValuesOfRow(row: RowSpec, year = 2021, period = '三季度'): number[] {
  return analyzeTargets(reportOf([row], year, period)).targets.map((target) => target.value);
}
