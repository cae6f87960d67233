/**
 * Whether a sheet is a quarterly plan (节点任务表) rather than a progress report: its header names the
 * milestones (节点任务) but no 进展情况 column. Plans look like reports to `isReportSheet` (序号, 任务, 时间,
 * 节点任务 are three roles or more), so 汇总 asks this before ticking a sheet as a source.
 *
 * @example
 * isPlanSheet(gridFromRows('计划', [['序号', '任务', '时间', '节点任务']])) // true
 * isPlanSheet(gridFromRows('三季度', [['序号', '任务', '时间', '节点任务', '进展情况', '自我评价']])) // false
 */
import type { SheetGrid } from '../grid/sheetGrid';
import { findHeaderRow } from '../report/findHeaderRow';

export function isPlanSheet(grid: SheetGrid): boolean {
  const header = findHeaderRow(grid);
  if (!header) return false;
  return header.roles.milestone !== undefined && header.roles.progress === undefined;
}

/** A sheet named as a plan (`2021年节点任务表`, `季度计划`), told without reading it. */
export function isPlanSheetName(name: string): boolean {
  return /节点任务|计划/.test(name);
}
