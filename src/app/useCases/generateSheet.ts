/** A new sheet written into the workbook: the blank template, this quarter's sheet from a plan, or next quarter's. */
import { generateFromPlan, generateNextQuarter, generateTemplate, parsePlan, parseReport, renderIssues, type RenderedIssue, type WriteResult } from '../../core';
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

export async function generateSheet({ host, language }: UseCaseContext, request: GenerateRequest): Promise<GenerateOutcome> {
  const settings = host.settings.load();
  const render = (issues: Parameters<typeof renderIssues>[0]) => renderIssues(issues, language);
  switch (request.kind) {
    case 'template': {
      const operations = generateTemplate({ sheet: request.sheet, year: request.year, period: request.period, unit: settings.unit, selfAssessments: settings.vocabulary });
      const written = await host.applyUndoable(operations, 'pane.change.generate');
      return { sheet: request.sheet, issues: [], skipped: written.skipped };
    }
    case 'fromPlan': {
      const parsed = parsePlan(await host.workbook.readSheet(request.planSheet));
      if (!parsed.plan) return { sheet: '', issues: render(parsed.issues), skipped: [] };
      const generated = generateFromPlan(parsed.plan, {
        sheet: request.sheet,
        period: request.period,
        year: parsed.plan.year ?? request.year,
        unit: settings.unit,
        selfAssessments: settings.vocabulary,
      });
      if (generated.rows === 0) return { sheet: '', issues: render([...parsed.issues, ...generated.issues]), skipped: [] };
      const written = await host.applyUndoable(generated.operations, 'pane.change.generate');
      return { sheet: request.sheet, issues: render(generated.issues), skipped: written.skipped };
    }
    case 'nextQuarter': {
      const grid = await host.workbook.readSheet(request.fromSheet);
      const parsed = parseReport(grid);
      if (!parsed.report) return { sheet: '', issues: render(parsed.issues), skipped: [] };
      const generated = generateNextQuarter(grid, parsed.report, { selfAssessments: settings.vocabulary });
      if (generated.sheet === '') return { sheet: '', issues: render(generated.issues), skipped: [] };
      const written = await host.applyUndoable(generated.operations, 'pane.change.generate');
      return { sheet: generated.sheet, issues: render(generated.issues), skipped: written.skipped };
    }
    default:
      return request satisfies never;
  }
}
