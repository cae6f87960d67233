/**
 * Requirement sets Jindu uses beyond the manifest's minimum (ExcelApi 1.7), detected at run time so a
 * missing one degrades with a message instead of failing.
 */
import type { HostCapabilities } from '../../core';

export interface OfficeCapabilities extends HostCapabilities {
  /** ExcelApi 1.9: page layout (A4 landscape, print titles). */
  readonly pageLayout: boolean;
  /** ExcelApi 1.13: merged areas of a range, and inserting worksheets from a file. */
  readonly mergedAreas: boolean;
  readonly insertWorksheetsFromBase64: boolean;
  /** ExcelApi 1.9 (sets are cumulative: 1.7's `worksheet.copy` too): hidden sheet copies and `range.copyFrom`, for exact undo. */
  readonly sheetBackups: boolean;
}

export type IsSetSupported = (name: string, minVersion: string) => boolean;

export function detectOfficeCapabilities(isSetSupported: IsSetSupported): OfficeCapabilities {
  const excelApi = (version: string) => {
    try {
      return isSetSupported('ExcelApi', version);
    } catch {
      // Some older hosts throw instead of answering false.
      return false;
    }
  };
  return {
    dataValidation: excelApi('1.8'),
    notes: excelApi('1.18'),
    charts: true,
    undoGrouping: excelApi('1.20'),
    pageLayout: excelApi('1.9'),
    mergedAreas: excelApi('1.13'),
    insertWorksheetsFromBase64: excelApi('1.13'),
    sheetBackups: excelApi('1.9'),
  };
}

/** Every optional set present: what the simulated Excel of tests reports unless a test removes one. */
export const ALL_OFFICE_CAPABILITIES: OfficeCapabilities = {
  dataValidation: true,
  notes: true,
  charts: true,
  undoGrouping: true,
  pageLayout: true,
  mergedAreas: true,
  insertWorksheetsFromBase64: true,
  sheetBackups: true,
};
