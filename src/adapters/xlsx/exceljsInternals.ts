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

/** A stream as far as waiting for it to take what was written is concerned. */
interface DrainableStream {
  readonly writableLength?: number;
  /** The zip's own PassThrough comes from `readable-stream` 2, which has no `writableLength`. */
  readonly _writableState?: { readonly length?: number };
  once(event: 'drain' | 'close' | 'error', listener: () => void): unknown;
  off(event: 'drain' | 'close' | 'error', listener: () => void): unknown;
}

/**
 * Waits while the rendered XML of a streamed sheet that the zip has not yet taken exceeds `limitBytes`.
 * ExcelJS's streaming writer (4.4) hands each rendered chunk of a sheet to the zip through a buffer
 * (`StreamBuf`) that pipes on without waiting: when rows are rendered faster than they are deflated, the
 * sheet's whole XML piles up in memory (about 0.9 GB for a million compiled rows). Called between rows,
 * this keeps what is waiting below the limit. Resolves at once when the internals are not where 4.4 has them.
 */
export async function waitForSheetStream(worksheet: Worksheet, limitBytes: number): Promise<void> {
  const buffer = (worksheet as unknown as { _stream?: { pipes?: unknown[] } })._stream;
  const pipes = (buffer?.pipes ?? []) as DrainableStream[];
  for (const pipe of pipes) {
    const pending = pipe.writableLength ?? pipe._writableState?.length;
    if (typeof pending !== 'number' || pending <= limitBytes) continue;
    await new Promise<void>((resolve) => {
      const done = (): void => {
        pipe.off('drain', done);
        pipe.off('close', done);
        pipe.off('error', done);
        resolve();
      };
      pipe.once('drain', done);
      pipe.once('close', done);
      pipe.once('error', done);
    });
  }
}
