/**
 * The fill use cases, for every caller (`jindu fill` on a file, the pane's 修复与生成 on the host's workbook): read
 * the sheets through the port, plan the repairs or generate the new sheet with the core's planners and
 * generators, and return the operations with what the user should review. Nothing is written here; the caller
 * applies the operations in one batch (the CLI to its copy of the file, the pane through the undo engine).
 */
import {
  appendAll,
  checkGrid,
  findReportSheets,
  generateFromPlan,
  generateNextQuarter,
  generateTemplate,
  parsePlan,
  parseReport,
  planRepairs,
  uniqueSheetName,
  type CalendarDate,
  type CheckOptions,
  type GeneratorResult,
  type Issue,
  type ProgressReport,
  type QuarterlyPlan,
  type RepairPlan,
  type RepairSelection,
  type SheetGrid,
  type WorkbookOperation,
  type WorkbookReader,
} from '../../core';

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
 * One sheet's repairs for the accepted fixes of its check (`jindu fill --fix`, the pane's 修复); null when the
 * sheet holds no report, which its check's issues explain.
 */
export function planSheetRepairs(grid: SheetGrid, check: { readonly report: ProgressReport | null; readonly issues: readonly Issue[] }, selection: RepairSelection): SheetRepairs | null {
  if (!check.report) return null;
  return { sheet: grid.name, plan: planRepairs(grid, check.report, check.issues, selection) };
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
    const repairs = planSheetRepairs(grid, check, options.selection);
    if (repairs) sheets.push(repairs);
    else appendAll(issues, check.issues);
  }
  return { sheets, operations: sheets.flatMap((sheet) => sheet.plan.operations), issues };
}

async function sheetNames(reader: WorkbookReader): Promise<string[]> {
  return (await reader.listSheets()).map((sheet) => sheet.name);
}

export interface TemplateRequest {
  /** The new sheet's name (the period's when absent), or a free variant of it. */
  readonly sheet?: string;
  readonly year: number;
  readonly period: string;
  readonly unit?: string;
  readonly reportDate?: CalendarDate | null;
  readonly selfAssessments?: readonly string[];
}

/** A blank standard sheet added to the workbook under the name asked for or the period's (or a free variant of it). */
export async function addTemplateSheet(target: WorkbookReader, request: TemplateRequest): Promise<GeneratorResult & { readonly sheet: string }> {
  const sheet = uniqueSheetName(await sheetNames(target), request.sheet ?? request.period);
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
  /** The new sheet's name (the period's when absent), or a free variant of it. */
  readonly sheet?: string;
  readonly period: string;
  readonly year?: number;
  readonly unit?: string;
  readonly reportDate?: CalendarDate | null;
  readonly selfAssessments?: readonly string[];
}

/** This quarter's sheet from the plan, added to `target` under the name asked for or the period's (or a free variant of it). */
export async function addSheetFromPlan(
  target: WorkbookReader,
  plan: QuarterlyPlan,
  request: FromPlanRequest,
): Promise<GeneratorResult & { readonly sheet: string }> {
  const sheet = uniqueSheetName(await sheetNames(target), request.sheet ?? request.period);
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
    const probe = generateNextQuarter(grid, parsed.report, { selfAssessments: options.selfAssessments });
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
