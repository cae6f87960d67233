/**
 * `jindu fill FILE.xlsx -o OUT.xlsx [--fix all|RULE,…] [--template] [--from-plan PLAN.xlsx --period 三季度]
 * [--next-quarter]`: repairs and generated sheets, written to a new file; the input is never overwritten.
 * Steps run in this order on one in-memory copy: repairs, next quarter's sheets, the sheet from a plan, the blank
 * template. The output is written even when there was nothing to do, so it always exists after a run that read
 * its inputs. Exit 0 when all went well, 1 when the file was written but something could not be done,
 * 2 when an input could not be read or the output not written.
 */
import type { Command } from 'commander';
import {
  appendAll,
  formatMessage,
  issueMessage,
  parsePeriod,
  RULE_CATALOGUE,
  type Issue,
  type Language,
  type RepairEdit,
  type RepairSelection,
  type Workbook,
  type WorkbookOperation,
  parseVocabulary,
} from '../../core';
import { SheetProtectedError, XlsxWorkbook } from '../../adapters/xlsx';
import { addNextQuarterSheets, addSheetFromPlan, addTemplateSheet, findPlan, planWorkbookRepairs } from '../../app/useCases/fillWorkbook';
import { checkOutputPath, openWorkbookFile, saveWorkbookFile } from '../../adapters/xlsx/openWorkbookFile';
import type { CliCommand, CliContext } from '../main';

interface FillOptions {
  readonly output: string;
  readonly fix?: string;
  readonly template?: boolean;
  readonly fromPlan?: string;
  readonly period?: string;
  readonly nextQuarter?: boolean;
  readonly sheet?: string;
  readonly year?: string;
  readonly unit?: string;
  readonly vocab?: string;
}

/** Long cell texts are cut in the edit list; the workbook gets the whole text. */
const PREVIEW_LENGTH = 40;

function preview(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > PREVIEW_LENGTH ? `${flat.slice(0, PREVIEW_LENGTH)}…` : flat;
}

/** `--fix all` or `--fix row.continuation,text.whitespace`. */
function selectionOf(fix: string): RepairSelection {
  const rules = fix.split(/[,，]/).map((rule) => rule.trim()).filter((rule) => rule !== '');
  return rules.includes('all') ? 'all' : rules;
}

function unknownRules(fix: string): string[] {
  const known = new Set(RULE_CATALOGUE.map((rule) => rule.id));
  return fix.split(/[,，]/).map((rule) => rule.trim()).filter((rule) => rule !== '' && rule !== 'all' && !known.has(rule));
}

function renderEdit(language: Language, sheet: string, edit: RepairEdit): string {
  const label = edit.kinds.map((kind) => formatMessage(language, `fill.edit.${kind}`)).join(' + ');
  return edit.after === ''
    ? `  ${sheet} ${edit.cell}  ${label}: ${preview(edit.before)}`
    : `  ${sheet} ${edit.cell}  ${label}: “${preview(edit.before)}” → “${preview(edit.after)}”`;
}

/** An issue on the console: where it is, then its message. */
function issueLine(language: Language, issue: Issue): string {
  const where = [issue.sheet, issue.cell].filter((part) => part !== '').join(' ');
  const message = issueMessage(issue, language);
  return where === '' ? message : `${where}  ${message}`;
}

type Say = (key: string, params?: Record<string, string | number>) => string;

/** What is wrong with the arguments before anything is read, in the user's language; null when nothing is. */
function optionProblem(file: string | undefined, options: FillOptions, year: number | undefined, say: Say): string | null {
  const modes = [options.fix !== undefined, options.template === true, options.fromPlan !== undefined, options.nextQuarter === true];
  if (!modes.some(Boolean)) return say('fill.cli.nothingToDo');
  if (options.fromPlan !== undefined && options.period === undefined) return say('fill.cli.periodRequired');
  if (options.template === true && options.period === undefined) return say('fill.cli.periodRequired');
  if (year !== undefined && !(Number.isInteger(year) && year >= 1990 && year <= 2100)) return say('fill.cli.badYear', { value: options.year ?? '' });
  if (options.period !== undefined && !parsePeriod(options.period)) return say('fill.periodUnknown', { period: options.period });
  if ((options.fix !== undefined || options.nextQuarter === true) && file === undefined) return say('fill.cli.fileRequired');
  const unknown = options.fix === undefined ? [] : unknownRules(options.fix);
  return unknown.length > 0 ? say('fill.cli.unknownRule', { rules: unknown.join(', ') }) : null;
}

/** One run of `jindu fill`: the workbook worked on, what each step found, and how steps write and fail. */
interface FillRun {
  readonly file: string | undefined;
  readonly options: FillOptions;
  readonly workbook: XlsxWorkbook;
  readonly vocabulary: readonly string[] | undefined;
  readonly year: number | undefined;
  readonly problems: Issue[];
  readonly context: CliContext;
  readonly say: Say;
  readonly fail: (text: string) => void;
  /** False when the workbook refused the batch (a protected sheet); nothing of it was written then. */
  readonly apply: (operations: readonly WorkbookOperation[]) => Promise<boolean>;
}

function batchWriter(workbook: Workbook, io: CliContext['io'], say: Say, fail: (text: string) => void): FillRun['apply'] {
  return async (operations) => {
    if (operations.length === 0) return true;
    try {
      const result = await workbook.apply(operations);
      for (const skipped of result.skipped) io.err(say('fill.cli.skipped', { op: skipped.op, reason: skipped.reason }));
      return true;
    } catch (error) {
      if (!(error instanceof SheetProtectedError)) throw error;
      fail(say('sheet.protected', { sheet: error.sheetName }));
      return false;
    }
  };
}

async function repairStep({ file, options, workbook, vocabulary, problems, context, say, apply }: FillRun, fix: string): Promise<boolean> {
  const { io, language } = context;
  const repairs = await planWorkbookRepairs(workbook, {
    selection: selectionOf(fix),
    check: { ...(vocabulary ? { vocabulary } : {}), ...(options.period === undefined ? {} : { period: options.period }) },
    ...(options.sheet === undefined ? {} : { sheet: options.sheet }),
  });
  appendAll(problems, repairs.issues.filter((issue) => issue.severity !== 'info'));
  if (repairs.sheets.length === 0) problems.push(noReportIssue(file ?? ''));
  const edits = repairs.sheets.flatMap((sheet) => sheet.plan.edits.map((edit) => ({ sheet: sheet.sheet, edit })));
  io.out(edits.length === 0 ? say('fill.cli.noEdits') : say('fill.cli.editCount', { count: edits.length }));
  for (const { sheet, edit } of edits) io.out(renderEdit(language, sheet, edit));
  for (const sheet of repairs.sheets) {
    for (const issue of sheet.plan.unapplied) io.err(say('fill.cli.unapplied', { message: issueLine(language, issue) }));
    if (sheet.plan.unapplied.length > 0) context.setExitCode(1);
  }
  return apply(repairs.operations);
}

async function nextQuarterStep({ file, options, workbook, vocabulary, problems, context, say, apply }: FillRun): Promise<boolean> {
  const next = await addNextQuarterSheets(workbook, { ...(options.sheet === undefined ? {} : { sheet: options.sheet }), ...(vocabulary ? { selfAssessments: vocabulary } : {}) });
  appendAll(problems, next.issues.filter((issue) => issue.severity !== 'info'));
  if (next.sheets.length === 0 && !next.issues.some((issue) => issue.severity !== 'info')) problems.push(noReportIssue(file ?? ''));
  for (const sheet of next.sheets) context.io.out(say('fill.cli.generatedRows', { sheet: sheet.sheet, rows: sheet.rows }));
  return apply(next.operations);
}

async function fromPlanStep({ options, workbook, vocabulary, year, problems, context, say, fail, apply }: FillRun, planFile: string, period: string): Promise<boolean> {
  const openedPlan = await openWorkbookFile(planFile);
  if (!openedPlan.ok) {
    fail(say(openedPlan.problem.key, openedPlan.problem.params));
    return false;
  }
  const found = await findPlan(openedPlan.workbook);
  if (!found.plan) {
    fail(say('fill.cli.noPlanSheet', { file: planFile }));
    return false;
  }
  appendAll(problems, found.issues);
  const generated = await addSheetFromPlan(workbook, found.plan, {
    period,
    year: year ?? found.plan.year ?? new Date().getFullYear(),
    ...(options.unit === undefined ? {} : { unit: options.unit }),
    ...(vocabulary ? { selfAssessments: vocabulary } : {}),
  });
  appendAll(problems, generated.issues);
  if (generated.operations.length > 0) context.io.out(say('fill.cli.generatedRows', { sheet: generated.sheet, rows: generated.rows }));
  return apply(generated.operations);
}

async function templateStep({ options, workbook, vocabulary, year, context, say, apply }: FillRun, period: string): Promise<boolean> {
  const generated = await addTemplateSheet(workbook, {
    year: year ?? new Date().getFullYear(),
    period,
    ...(options.unit === undefined ? {} : { unit: options.unit }),
    ...(vocabulary ? { selfAssessments: vocabulary } : {}),
  });
  context.io.out(say('fill.cli.addedSheet', { sheet: generated.sheet }));
  return apply(generated.operations);
}

/** The steps asked for, in their fixed order, on one in-memory copy; false as soon as one could not write. */
async function runSteps(run: FillRun): Promise<boolean> {
  const { options } = run;
  if (options.fix !== undefined && !(await repairStep(run, options.fix))) return false;
  if (options.nextQuarter === true && !(await nextQuarterStep(run))) return false;
  if (options.fromPlan !== undefined && options.period !== undefined && !(await fromPlanStep(run, options.fromPlan, options.period))) return false;
  if (options.template === true && options.period !== undefined && !(await templateStep(run, options.period))) return false;
  return true;
}

async function runFill(file: string | undefined, options: FillOptions, context: CliContext): Promise<void> {
  const { io, language } = context;
  const say: Say = (key, params = {}) => formatMessage(language, key, params);
  const fail = (text: string) => {
    io.err(text);
    context.setExitCode(2);
  };
  const year = options.year === undefined ? undefined : Number(options.year);
  const problem = optionProblem(file, options, year, say);
  if (problem !== null) return fail(problem);

  // Before any work: an output that cannot be written fails the command now, with nothing printed as done.
  const output = await checkOutputPath(options.output);
  if (!output.ok) return fail(say(output.problem.key, output.problem.params));

  let workbook: XlsxWorkbook;
  if (file !== undefined) {
    const opened = await openWorkbookFile(file);
    if (!opened.ok) return fail(say(opened.problem.key, opened.problem.params));
    workbook = opened.workbook;
  } else {
    workbook = XlsxWorkbook.create();
  }
  if (options.sheet !== undefined && !(await workbook.listSheets()).some((sheet) => sheet.name === options.sheet)) {
    return fail(say('sheet.notFound', { sheet: options.sheet }));
  }
  const vocabulary = options.vocab === undefined ? undefined : parseVocabulary(options.vocab);
  const problems: Issue[] = [];
  const run: FillRun = { file, options, workbook, vocabulary, year, problems, context, say, fail, apply: batchWriter(workbook, io, say, fail) };
  if (!(await runSteps(run))) return;

  for (const issue of problems) io.err(issueLine(language, issue));
  const saved = await saveWorkbookFile(workbook, options.output);
  if (!saved.ok) return fail(say(saved.problem.key, saved.problem.params));
  io.out(say('fill.cli.wrote', { file: options.output }));
  if (problems.some((issue) => issue.severity !== 'info')) context.setExitCode(1);
}

function noReportIssue(file: string): Issue {
  return { rule: 'fill.cli.noReportSheet', severity: 'error', sheet: '', cell: '', row: 0, column: '', value: '', params: { file } };
}

export const fillCommand: CliCommand = {
  name: 'fill',
  register(program: Command, context: CliContext) {
    program
      .command('fill')
      .description('修复与生成工作表 / repair and generate sheets')
      .argument('[file]', '要修复或据以生成的 .xlsx 文件 / the .xlsx file to repair or build on')
      .requiredOption('-o, --output <file>', '输出文件（不会覆盖输入文件）/ output file, never the input')
      .option('--fix <rules>', '修复：all 或逗号分隔的规则 / repair: all or comma-separated rule ids')
      .option('--template', '添加空白标准表 / add a blank standard sheet')
      .option('--from-plan <plan>', '由节点任务表生成本季度表 / this quarter’s sheet from a plan workbook')
      .option('--period <period>', '时间，如 三季度 / the period, e.g. 三季度')
      .option('--next-quarter', '由本表生成下一季度表 / next quarter’s sheet from this one')
      .option('--sheet <name>', '只处理该工作表 / only this sheet')
      .option('--year <year>', '年份（生成标题用）/ year for generated titles')
      .option('--unit <unit>', '填报单位 / the reporting unit')
      .option('--vocab <words>', '自我评价用语，逗号分隔 / self-assessment vocabulary, comma-separated')
      .option('--lang <lang>', '界面语言 zh-CN | en')
      .action(async (file: string | undefined, options: FillOptions) => {
        await runFill(file, options, context);
      });
  },
};
