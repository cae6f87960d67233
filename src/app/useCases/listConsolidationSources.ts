/**
 * The sheets 汇总 may compile: the visible ones except 汇总 and 统计 themselves, each flagged when it is a
 * plan (节点任务表), which the pane offers without ticking it.
 */
import { COMPILED_SHEET, STATISTICS_SHEET, isPlanSheet, isPlanSheetName, type SheetInfo } from '../../core';
import { readGrids, type UseCaseContext } from './useCaseContext';

export interface ConsolidationSource {
  readonly sheet: SheetInfo;
  readonly plan: boolean;
}

export async function listConsolidationSources({ host }: Pick<UseCaseContext, 'host'>): Promise<ConsolidationSource[]> {
  const sheets = (await host.workbook.listSheets()).filter((sheet) => sheet.visible && sheet.name !== COMPILED_SHEET && sheet.name !== STATISTICS_SHEET);
  // In Excel every read is a round trip through the host, so its sheets are told by name; a file's are in memory.
  if (host.kind === 'excel') return sheets.map((sheet) => ({ sheet, plan: isPlanSheetName(sheet.name) }));
  const grids = await readGrids(host.workbook, sheets.map((sheet) => sheet.name));
  return sheets.map((sheet, index) => {
    const grid = grids[index];
    return { sheet, plan: grid ? isPlanSheet(grid) : isPlanSheetName(sheet.name) };
  });
}
