/**
 * Parts of ExcelJS that exist at runtime but are missing from its type declarations (4.4). They are
 * reached through this one module so that an upgrade that renames them breaks in one place.
 */
import type { Cell, DataValidation, Workbook as ExcelWorkbook, Worksheet } from 'exceljs';

/** A merged area as ExcelJS indexes it: 1-based, inclusive, keyed by its top-left address. */
export interface ExcelMergeRange {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

interface WorksheetInternals {
  /** Data validations by cell address (or by range for the ones we add). */
  dataValidations: { model: Record<string, DataValidation | undefined> };
  /** Set when the sheet is protected (`<sheetProtection sheet="1">`). */
  sheetProtection: { sheet?: boolean | string | number } | null;
  _merges: Record<string, ExcelMergeRange | undefined>;
}

function internalsOf(worksheet: Worksheet): WorksheetInternals {
  return worksheet as unknown as WorksheetInternals;
}

export function dataValidationsOf(worksheet: Worksheet): Record<string, DataValidation | undefined> {
  return internalsOf(worksheet).dataValidations.model;
}

export function replaceDataValidations(worksheet: Worksheet, model: Record<string, DataValidation>): void {
  internalsOf(worksheet).dataValidations.model = model;
}

export function isSheetProtected(worksheet: Worksheet): boolean {
  const protection = internalsOf(worksheet).sheetProtection;
  if (!protection) return false;
  // ExcelJS keeps the attribute as parsed: true, 1 or '1' all mean protected.
  return protection.sheet === true || protection.sheet === 1 || protection.sheet === '1';
}

export function mergedAreasOf(worksheet: Worksheet): ExcelMergeRange[] {
  const areas: ExcelMergeRange[] = [];
  for (const merge of Object.values(internalsOf(worksheet)._merges)) {
    if (merge) areas.push({ top: merge.top, left: merge.left, bottom: merge.bottom, right: merge.right });
  }
  return areas;
}

/**
 * Removes a cell's note. ExcelJS's `note` setter can only replace one, and a loaded cell also keeps the
 * note in the model it was read from, which is what gets saved.
 */
export function removeNote(cell: Cell): void {
  const internals = cell as unknown as { _comment?: unknown; _value?: { model?: { comment?: unknown } } };
  internals._comment = undefined;
  if (internals._value?.model) delete internals._value.model.comment;
}

/** One part (file) of an .xlsx package as ExcelJS renders it, before it is zipped. */
export interface RenderedPart {
  /** Path inside the package: `xl/worksheets/sheet1.xml`. */
  readonly name: string;
  /** XML text (UTF-8 in the package), bytes, or, when `base64`, an image's bytes as base64 text. */
  readonly data: string | Uint8Array;
  readonly base64: boolean;
}

/** What ExcelJS's `XLSX.write` hands each part to: the one method of its zip writer it calls. */
interface PartSink {
  append(data: string | Uint8Array, options: { name: string; base64?: boolean }): void;
}

type RenderStep = (sink: PartSink, model: unknown) => unknown;

interface XlsxWriterInternals {
  prepareModel(model: unknown, options: Record<string, unknown>): void;
  addContentTypes: RenderStep;
  addOfficeRels: RenderStep;
  addWorkbookRels: RenderStep;
  addWorksheets: RenderStep;
  addSharedStrings: RenderStep;
  addDrawings: RenderStep;
  addTables: RenderStep;
  addThemes: RenderStep;
  addStyles: RenderStep;
  addMedia: RenderStep;
  addApp: RenderStep;
  addCore: RenderStep;
  addWorkbook: RenderStep;
}

const RENDER_STEPS = [
  'addContentTypes',
  'addOfficeRels',
  'addWorkbookRels',
  'addWorksheets',
  'addSharedStrings',
  'addDrawings',
  'addTables',
  'addThemes',
  'addStyles',
  'addMedia',
  'addApp',
  'addCore',
  'addWorkbook',
] as const;

/**
 * Renders the parts `workbook.xlsx.write` would zip, by its own steps in its order (4.4), handing each
 * to `onPart` as it is made instead of to JSZip: a caller that zips faster (natively, in Node) can start
 * compressing a part while the next one renders. A name may come twice; as in JSZip, the last content
 * counts. False, before anything is rendered, when this ExcelJS lacks one of the steps.
 */
export async function renderPackageParts(workbook: ExcelWorkbook, onPart: (part: RenderedPart) => void): Promise<boolean> {
  const xlsx = workbook.xlsx as unknown as Partial<XlsxWriterInternals>;
  if (typeof xlsx.prepareModel !== 'function' || RENDER_STEPS.some((step) => typeof xlsx[step] !== 'function')) return false;
  const writer = xlsx as XlsxWriterInternals;
  const sink: PartSink = {
    append(data, options) {
      onPart({ name: options.name, data, base64: options.base64 === true });
    },
  };
  const { model } = workbook as unknown as { model: unknown };
  writer.prepareModel(model, {});
  // The same steps in the same order as `XLSX.write`, which runs themes with styles and app with core.
  await writer.addContentTypes(sink, model);
  await writer.addOfficeRels(sink, model);
  await writer.addWorkbookRels(sink, model);
  await writer.addWorksheets(sink, model);
  await writer.addSharedStrings(sink, model);
  await writer.addDrawings(sink, model);
  await writer.addTables(sink, model);
  await Promise.all([writer.addThemes(sink, model), writer.addStyles(sink, model)]);
  await writer.addMedia(sink, model);
  await Promise.all([writer.addApp(sink, model), writer.addCore(sink, model)]);
  await writer.addWorkbook(sink, model);
  return true;
}

/** A range with more cells than this is kept whole when ExcelJS loads a data validation over it. */
const LARGE_RANGE_CELLS = 10_000;

interface RangeInternals {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
  readonly tl: string;
  readonly br: string;
  forEachAddress(callback: (address: string, row: number, column: number) => void): void;
}

interface LoadingWorksheet {
  readonly rowCount: number;
  readonly columnCount: number;
  _merges: Record<string, ExcelMergeRange | undefined>;
  findCell(row: number, column: number): { readonly isMerged: boolean } | undefined;
  mergeCellsWithoutStyle(range: string): void;
  _mergeCellsInternal(dimensions: RangeInternals, ignoreStyle?: boolean): void;
  _parseMergeCells(model: { mergeCells?: readonly string[] }): void;
}

let loadingMadeLinear = false;

/**
 * Makes ExcelJS load validations and merged areas in time and memory that follow the cells, not the
 * ranges (it expands both per cell, and checks each merge against every earlier one):
 * - a data validation over more than `LARGE_RANGE_CELLS` cells (a whole column, a whole sheet) is kept
 *   as one entry keyed by its range, the form `compactValidations` writes and ExcelJS renders as `sqref`,
 *   instead of one entry per cell (a whole-sheet validation was 17 billion);
 * - merged areas are cut to `rowMargin` rows and `columnMargin` columns past the written cells (a merge
 *   over a whole column made a million cells), and each is checked for overlap by looking at its own cells
 *   (50,000 merges were 1.25 billion comparisons).
 * ExcelJS's browser build is one closed bundle, so the classes are reached through the instances they
 * make; a build without these members is left as it is.
 */
export function makeExcelJsLoadingLinear(Workbook: new () => ExcelWorkbook, rowMargin: number, columnMargin: number): void {
  if (loadingMadeLinear) return;
  loadingMadeLinear = true;
  const probe = new Workbook().addWorksheet('probe');
  probe.mergeCells('A1:B1');
  const worksheetPrototype = Object.getPrototypeOf(probe) as Partial<LoadingWorksheet>;
  const firstMerge = internalsOf(probe)._merges.A1;
  const rangePrototype = (firstMerge === undefined ? undefined : Object.getPrototypeOf(firstMerge)) as Partial<RangeInternals> | undefined;

  const forEachAddress = rangePrototype?.forEachAddress;
  if (rangePrototype && typeof forEachAddress === 'function') {
    rangePrototype.forEachAddress = function forEachAddressOrWhole(this: RangeInternals, callback) {
      const cells = (this.bottom - this.top + 1) * (this.right - this.left + 1);
      if (cells > LARGE_RANGE_CELLS) callback(`${this.tl}:${this.br}`, this.top, this.left);
      else forEachAddress.call(this, callback);
    };
  }

  const mergeInternal = worksheetPrototype._mergeCellsInternal;
  if (typeof mergeInternal === 'function' && typeof worksheetPrototype._parseMergeCells === 'function') {
    worksheetPrototype._mergeCellsInternal = function mergeCheckingOwnCells(this: LoadingWorksheet, dimensions, ignoreStyle) {
      for (let row = dimensions.top; row <= dimensions.bottom; row += 1) {
        for (let column = dimensions.left; column <= dimensions.right; column += 1) {
          if (this.findCell(row, column)?.isMerged) throw new Error('Cannot merge already merged cells');
        }
      }
      // ExcelJS's own check compares with every earlier merge: hide them while it runs.
      const earlier = this._merges;
      this._merges = {};
      try {
        mergeInternal.call(this, dimensions, ignoreStyle);
      } finally {
        this._merges = Object.assign(earlier, this._merges);
      }
    };
    worksheetPrototype._parseMergeCells = function parseMergesCut(this: LoadingWorksheet, model) {
      const lastRow = this.rowCount + rowMargin;
      const lastColumn = this.columnCount + columnMargin;
      for (const range of model.mergeCells ?? []) this.mergeCellsWithoutStyle(cutRange(range, lastRow, lastColumn));
    };
  }
}

/** `A1:A1048576` cut to `lastRow` and `lastColumn` (never above or left of its first cell). */
function cutRange(range: string, lastRow: number, lastColumn: number): string {
  const parts = /^\$?([A-Z]+)\$?(\d+):\$?([A-Z]+)\$?(\d+)$/i.exec(range);
  if (!parts) return range;
  const [, firstLetters = 'A', firstRowText = '1', lastLetters = 'A', lastRowText = '1'] = parts;
  const top = Math.min(Number(firstRowText), Number(lastRowText));
  const left = Math.min(columnNumber(firstLetters), columnNumber(lastLetters));
  const bottom = Math.max(top, Math.min(Math.max(Number(firstRowText), Number(lastRowText)), lastRow));
  const right = Math.max(left, Math.min(Math.max(columnNumber(firstLetters), columnNumber(lastLetters)), lastColumn));
  return `${columnLetters(left)}${top}:${columnLetters(right)}${bottom}`;
}

function columnNumber(letters: string): number {
  let number = 0;
  for (const letter of letters.toUpperCase()) number = number * 26 + (letter.charCodeAt(0) - 64);
  return number;
}

function columnLetters(column: number): string {
  let letters = '';
  for (let rest = column; rest > 0; rest = Math.floor((rest - 1) / 26)) letters = String.fromCharCode(65 + ((rest - 1) % 26)) + letters;
  return letters;
}
