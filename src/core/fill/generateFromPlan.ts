/**
 * This quarter's progress sheet from a quarterly plan (DOMAIN §2): for each task the milestone of the period,
 * every sub-task of a serial on its own row under one merged serial cell, texts in their normal form, progress
 * and 自我评价 left to fill.
 */
import { cellAddress } from '../grid/a1';
import type { Issue } from '../issues/issue';
import { DEFAULT_VOCABULARY } from '../text/selfAssessment';
import type { WorkbookOperation, WritableValue } from '../ports';
import type { PlanMilestone, PlanTask, QuarterlyPlan } from '../plan/types';
import { parsePeriod } from '../report/parsePeriod';
import type { CalendarDate, Period } from '../report/types';
import { compactKey } from '../text/compactKey';
import { normalizeCellText } from '../text/normalizeCellText';
import { generateTemplate } from './generateTemplate';
import { STANDARD_HEADER_ROW } from './standardLayout';

export interface FromPlanOptions {
  readonly sheet: string;
  /** The period to report (`三季度`). */
  readonly period: string;
  /** Defaults to the year the plan's title names. */
  readonly year?: number;
  readonly unit?: string;
  readonly reportDate?: CalendarDate | null;
  readonly selfAssessments?: readonly string[];
  readonly replace?: boolean;
}

export interface GeneratorResult {
  readonly operations: readonly WorkbookOperation[];
  /** What could not be generated (unknown period, tasks without a milestone for it); never thrown. */
  readonly issues: readonly Issue[];
  /** Body rows written. */
  readonly rows: number;
}

/**
 * The plan row of a task for the period: the row labelled exactly so, else the row ending with the period,
 * else the shortest row spanning it (`一、二季度` holds the milestone of 二季度).
 */
export function milestoneForPeriod(task: PlanTask, period: Period): PlanMilestone | null {
  const wanted = compactKey(period.label);
  const exact = task.milestones.find((milestone) => compactKey(milestone.period) === wanted);
  if (exact) return exact;
  const spanning = task.milestones
    .map((milestone) => ({ milestone, period: parsePeriod(milestone.period) }))
    .filter(
      (candidate): candidate is { milestone: PlanMilestone; period: Period } =>
        candidate.period !== null &&
        candidate.period.startMonth <= period.endMonth &&
        period.endMonth <= candidate.period.endMonth,
    )
    .sort(
      (a, b) =>
        Number(b.period.endMonth === period.endMonth) - Number(a.period.endMonth === period.endMonth) ||
        a.period.endMonth - a.period.startMonth - (b.period.endMonth - b.period.startMonth),
    );
  return spanning[0]?.milestone ?? null;
}

function issueOf(rule: string, severity: Issue['severity'], sheet: string, row: number | null, column: number, value: string, params?: Issue['params']): Issue {
  return {
    rule,
    severity,
    sheet,
    cell: row === null ? '' : cellAddress(row, column),
    row: row === null ? 0 : row + 1,
    column: '',
    value,
    ...(params ? { params } : {}),
  };
}

/**
 * @example
 * generateFromPlan(parsePlan(planGrid).plan, { sheet: '三季度', period: '三季度', year: 2022, unit: '济南市卫生健康委' })
 */
export function generateFromPlan(plan: QuarterlyPlan, options: FromPlanOptions): GeneratorResult {
  const period = parsePeriod(options.period);
  if (!period) {
    return { operations: [], issues: [issueOf('fill.periodUnknown', 'error', plan.sheet, null, 0, options.period, { period: options.period })], rows: 0 };
  }
  const year = options.year ?? plan.year;
  if (year === null) {
    return { operations: [], issues: [issueOf('fill.yearUnknown', 'error', plan.sheet, null, 0, plan.title ?? '')], rows: 0 };
  }

  const issues: Issue[] = [];
  const body: WritableValue[][] = [];
  const merges: WorkbookOperation[] = [];
  const { sheet } = options;
  let serialStart: { row: number; key: string } | null = null;
  const closeSerial = (endRow: number) => {
    if (serialStart && endRow > serialStart.row) {
      merges.push({ op: 'mergeCells', sheet, range: `${cellAddress(serialStart.row, 0)}:${cellAddress(endRow, 0)}` });
    }
  };

  for (const task of plan.tasks) {
    const milestone = milestoneForPeriod(task, period);
    if (!milestone) {
      issues.push(
        issueOf('fill.milestoneMissing', 'warning', plan.sheet, task.row, plan.columns.period, task.serialText, { serial: task.serialText, period: period.label }),
      );
      continue;
    }
    const row = STANDARD_HEADER_ROW + 1 + body.length;
    const sameSerial = serialStart !== null && task.subTask && serialStart.key === task.serialText;
    if (!sameSerial) {
      closeSerial(row - 1);
      serialStart = { row, key: task.serialText };
    }
    // A sub-task's serial cell is covered by the merge of the first row of its serial.
    const serial: WritableValue = sameSerial ? null : serialValue(task);
    // The plan's copy-paste punctuation is not carried into the bureau's sheet (the text rules would flag it).
    body.push([serial, normalizeCellText(task.task), milestone.period, normalizeCellText(milestone.milestone), null, null]);
  }
  closeSerial(STANDARD_HEADER_ROW + body.length);

  const template = generateTemplate({
    sheet,
    year,
    period: period.label,
    unit: options.unit ?? '',
    reportDate: options.reportDate ?? null,
    replace: options.replace ?? false,
    bodyRows: Math.max(body.length, 1),
    selfAssessments: options.selfAssessments ?? DEFAULT_VOCABULARY,
  });
  const operations: WorkbookOperation[] = [...template];
  if (body.length > 0) operations.push({ op: 'writeBlock', sheet, row: STANDARD_HEADER_ROW + 1, column: 0, values: body });
  operations.push(...merges);
  return { operations, issues, rows: body.length };
}

function serialValue(task: PlanTask): WritableValue {
  const { serial } = task;
  if (typeof serial === 'number' || typeof serial === 'string' || typeof serial === 'boolean') return serial;
  return task.serialText === '' ? null : task.serialText;
}
