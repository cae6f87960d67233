/**
 * The fill use cases on a whole workbook, for every host: read the sheets through the port, plan the repairs
 * or generate the new sheet, and return the operations with what the user should review. Nothing is written
 * here; the host applies the operations in one batch.
 */
import { appendAll } from '../_lib/appendAll';
import { checkGrid } from '../check/checkGrid';
import type { CheckOptions } from '../check/types';
import type { Issue } from '../issues/issue';
import type { WorkbookOperation, WorkbookReader } from '../ports';
import { parsePlan } from '../plan/parsePlan';
import type { QuarterlyPlan } from '../plan/types';
import { findReportSheets } from '../report/findReportSheets';
import { parseReport } from '../report/parseReport';
import type { CalendarDate } from '../report/types';
import { generateFromPlan, type GeneratorResult } from './generateFromPlan';
import { generateNextQuarter } from './generateNextQuarter';
import { generateTemplate } from './generateTemplate';
import { planRepairs, type RepairPlan, type RepairSelection } from './planRepairs';

export interface SheetRepairs {
  readonly sheet: string;
  readonly plan: RepairPlan;
}

export interface WorkbookRepairs {
  readonly sheets: readonly SheetRepairs[];
  readonly operations: readonly WorkbookOperation[];
  /** Sheets that were skipped or could not be read as reports. */
  readonly issues: readonly Issue[];
}

/**
 * The repairs of every report sheet (or just `options.sheet`) for the accepted fixes of its check.
 *
 * @example
 * const repairs = await planWorkbookRepairs(workbook, { selection: 'all' });
 * await workbook.apply(repairs.operations);
 */
export async function planWorkbookRepairs(
  reader: WorkbookReader,
  options: { readonly selection: RepairSelection; readonly check?: CheckOptions; readonly sheet?: string },
): Promise<WorkbookRepairs> {
  const found = await findReportSheets(reader, options.sheet);
  const issues: Issue[] = [...found.issues];
  const sheets: SheetRepairs[] = [];
  for (const grid of found.grids) {
    const check = checkGrid(grid, options.check);
    if (!check.report) {
      appendAll(issues, check.issues);
      continue;
    }
    sheets.push({ sheet: grid.name, plan: planRepairs(grid, check.report, check.issues, options.selection) });
  }
  return { sheets, operations: sheets.flatMap((sheet) => sheet.plan.operations), issues };
}

/**
 * A sheet name not yet in the workbook: the wanted one, else `四季度(2)`, `四季度(3)`…
 * Excel compares sheet names without case and allows 31 characters.
 */
export function uniqueSheetName(existing: readonly string[], wanted: string): string {
  const taken = new Set(existing.map((name) => name.toLowerCase()));
  const base = wanted.slice(0, 31);
  if (!taken.has(base.toLowerCase())) return base;
  for (let copy = 2; ; copy += 1) {
    const suffix = `(${copy})`;
    const candidate = `${base.slice(0, 31 - suffix.length)}${suffix}`;
    if (!taken.has(candidate.toLowerCase())) return candidate;
  }
}

async function sheetNames(reader: WorkbookReader): Promise<string[]> {
  return (await reader.listSheets()).map((sheet) => sheet.name);
}

export interface TemplateRequest {
  readonly year: number;
  readonly period: string;
  readonly unit?: string;
  readonly reportDate?: CalendarDate | null;
  readonly selfAssessments?: readonly string[];
}

/** A blank standard sheet added to the workbook under the period's name (or a free variant of it). */
export async function addTemplateSheet(target: WorkbookReader, request: TemplateRequest): Promise<GeneratorResult & { readonly sheet: string }> {
  const sheet = uniqueSheetName(await sheetNames(target), request.period);
  return { operations: generateTemplate({ ...request, sheet }), issues: [], rows: 0, sheet };
}

/**
 * The first sheet of a workbook that reads as a plan holding tasks, with the issues of the sheets that do not
 * (a blank template has the plan's columns but nothing to generate from).
 */
export async function findPlan(reader: WorkbookReader): Promise<{ readonly plan: QuarterlyPlan | null; readonly issues: readonly Issue[] }> {
  const issues: Issue[] = [];
  for (const name of await sheetNames(reader)) {
    const parsed = parsePlan(await reader.readSheet(name));
    if (parsed.plan && parsed.plan.tasks.length > 0) return { plan: parsed.plan, issues: parsed.issues };
    appendAll(issues, parsed.issues);
    if (parsed.plan) issues.push({ rule: 'plan.noTasks', severity: 'error', sheet: name, cell: '', row: 0, column: '', value: '' });
  }
  return { plan: null, issues };
}

export interface FromPlanRequest {
  readonly period: string;
  readonly year?: number;
  readonly unit?: string;
  readonly reportDate?: CalendarDate | null;
  readonly selfAssessments?: readonly string[];
}

/** This quarter's sheet from the plan, added to `target` under the period's name (or a free variant of it). */
export async function addSheetFromPlan(
  target: WorkbookReader,
  plan: QuarterlyPlan,
  request: FromPlanRequest,
): Promise<GeneratorResult & { readonly sheet: string }> {
  const sheet = uniqueSheetName(await sheetNames(target), request.period);
  return { ...generateFromPlan(plan, { ...request, sheet }), sheet };
}

/** Next quarter's sheet of every report sheet (or just `sheet`), each added beside the others. */
export async function addNextQuarterSheets(
  workbook: WorkbookReader,
  options: { readonly sheet?: string; readonly selfAssessments?: readonly string[] } = {},
): Promise<{ readonly operations: readonly WorkbookOperation[]; readonly sheets: readonly { readonly from: string; readonly sheet: string; readonly rows: number }[]; readonly issues: readonly Issue[] }> {
  const found = await findReportSheets(workbook, options.sheet);
  const names = await sheetNames(workbook);
  const operations: WorkbookOperation[] = [];
  const sheets: { from: string; sheet: string; rows: number }[] = [];
  const issues: Issue[] = [...found.issues];
  for (const grid of found.grids) {
    const parsed = parseReport(grid);
    if (!parsed.report) {
      appendAll(issues, parsed.issues);
      continue;
    }
    const probe = generateNextQuarter(grid, parsed.report);
    if (probe.sheet === '') {
      appendAll(issues, probe.issues);
      continue;
    }
    const sheet = uniqueSheetName(names, probe.sheet);
    names.push(sheet);
    const result = sheet === probe.sheet ? probe : generateNextQuarter(grid, parsed.report, { sheet, selfAssessments: options.selfAssessments });
    appendAll(operations, result.operations);
    appendAll(issues, result.issues);
    sheets.push({ from: grid.name, sheet, rows: result.rows });
  }
  return { operations, sheets, issues };
}
