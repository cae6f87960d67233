/**
 * A new sheet written into the workbook: the blank template, this quarter's sheet from a plan, or next quarter's.
 * The sheets are made by `fillWorkbook`'s use cases, the same as `jindu fill`'s (a taken name becomes a free
 * variant of it, `四季度(2)`); what is the pane's own is the plan chosen as a sheet and the undoable write.
 */
import { parsePlan, renderIssues, type Issue, type RenderedIssue, type WorkbookOperation, type WriteResult } from '../../core';
import { addNextQuarterSheets, addSheetFromPlan, addTemplateSheet } from './fillWorkbook';
import type { UseCaseContext } from './useCaseContext';

export type GenerateRequest =
  | { readonly kind: 'template'; readonly sheet: string; readonly period: string; readonly year: number }
  /** `year` is used when the plan's title names none. */
  | { readonly kind: 'fromPlan'; readonly planSheet: string; readonly period: string; readonly sheet: string; readonly year: number }
  | { readonly kind: 'nextQuarter'; readonly fromSheet: string };

export interface GenerateOutcome {
  readonly sheet: string;
  readonly issues: readonly RenderedIssue[];
  readonly skipped: WriteResult['skipped'];
}

/** The sheet to write, or none (`sheet` '') with the issues saying why. */
interface Generated {
  readonly sheet: string;
  readonly operations: readonly WorkbookOperation[];
  readonly issues: readonly Issue[];
}

async function generate({ host }: UseCaseContext, request: GenerateRequest): Promise<Generated> {
  const settings = host.settings.load();
  const workbook = host.workbook;
  switch (request.kind) {
    case 'template':
      return addTemplateSheet(workbook, { sheet: request.sheet, year: request.year, period: request.period, unit: settings.unit, selfAssessments: settings.vocabulary });
    case 'fromPlan': {
      const parsed = parsePlan(await workbook.readSheet(request.planSheet));
      if (!parsed.plan) return { sheet: '', operations: [], issues: parsed.issues };
      const generated = await addSheetFromPlan(workbook, parsed.plan, {
        sheet: request.sheet,
        period: request.period,
        year: parsed.plan.year ?? request.year,
        unit: settings.unit,
        selfAssessments: settings.vocabulary,
      });
      return generated.rows === 0 ? { sheet: '', operations: [], issues: [...parsed.issues, ...generated.issues] } : generated;
    }
    case 'nextQuarter': {
      const generated = await addNextQuarterSheets(workbook, { sheet: request.fromSheet, selfAssessments: settings.vocabulary });
      return { sheet: generated.sheets[0]?.sheet ?? '', operations: generated.operations, issues: generated.issues };
    }
    default:
      return request satisfies never;
  }
}

export async function generateSheet(context: UseCaseContext, request: GenerateRequest): Promise<GenerateOutcome> {
  const generated = await generate(context, request);
  const issues = renderIssues(generated.issues, context.language);
  if (generated.sheet === '') return { sheet: '', issues, skipped: [] };
  const written = await context.host.applyUndoable(generated.operations, 'pane.change.generate');
  return { sheet: generated.sheet, issues, skipped: written.skipped };
}
