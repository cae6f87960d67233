/**
 * One entry point from a file's bytes to a workbook the core can read, whatever the bureau saved: the
 * format is sniffed from the bytes, the reader for it chosen, and a file no reader takes is refused with
 * a message that says what it is and what to do (另存为 .xlsx / .docx), never skipped in silence.
 * Browser-safe: the .xlsx opener is passed in, so the CLI can give its fast Node reader.
 */
import type { SourceFormat, WorkbookReader } from '../../core';
import { CsvWorkbook } from '../csv/csvWorkbook';
import { DocxWorkbook } from '../docx/docxWorkbook';
import { FieldTooLongError } from '../csv/parseDelimited';
import { MAX_FILE_MEGABYTES } from '../xlsx/inspectXlsxBytes';
import { sniffFormat, type FileFormat } from './sniffFormat';

/** A message key (src/core/messages) and its placeholders; `file` is always there. */
export interface ReadProblem {
  readonly key: string;
  readonly params: Readonly<Record<string, string | number>>;
}

export type OpenedSpreadsheet =
  | { readonly ok: true; readonly workbook: WorkbookReader; readonly format: FileFormat }
  | { readonly ok: false; readonly problem: ReadProblem; readonly format: FileFormat };

export type XlsxOpener = (
  fileName: string,
  bytes: Uint8Array,
) => Promise<{ readonly ok: true; readonly workbook: WorkbookReader } | { readonly ok: false; readonly problem: ReadProblem }>;

/** The refusal for each format no reader takes yet, by its message key. */
const REFUSED: Readonly<Partial<Record<FileFormat, string>>> = {
  doc: 'format.legacyWord',
  otherZip: 'format.otherZip',
  encrypted: 'file.encrypted',
  empty: 'file.empty',
  unknown: 'format.unknown',
};

/**
 * @example
 * const opened = await openSpreadsheetBytes('市教育局.csv', bytes, openXlsx);
 * if (!opened.ok) show(formatMessage(language, opened.problem.key, opened.problem.params));
 */
export async function openSpreadsheetBytes(fileName: string, input: Uint8Array | ArrayBuffer, openXlsx: XlsxOpener): Promise<OpenedSpreadsheet> {
  const bytes = ArrayBuffer.isView(input) ? new Uint8Array(input.buffer, input.byteOffset, input.byteLength) : new Uint8Array(input);
  const format = sniffFormat(bytes);
  const refuse = (key: string, extra: Record<string, string | number> = {}): OpenedSpreadsheet => ({
    ok: false,
    format,
    problem: { key, params: { file: fileName, ...extra } },
  });
  if (bytes.length > MAX_FILE_MEGABYTES * 1024 * 1024) return refuse('file.tooLarge', { limit: MAX_FILE_MEGABYTES });
  if (format === 'xlsx') {
    const opened = await openXlsx(fileName, bytes);
    return opened.ok ? { ok: true, workbook: opened.workbook, format } : { ok: false, format, problem: opened.problem };
  }
  if (format === 'docx') {
    const opened = await DocxWorkbook.open(fileName, bytes);
    return opened.ok ? { ok: true, workbook: opened.workbook, format } : { ok: false, format, problem: opened.problem };
  }
  // Excel itself refuses text named .xlsx, and so do we: such a file is damaged or mislabelled, not a CSV.
  if (format === 'text') return /\.xls[xm]$/i.test(fileName) ? refuse('file.notXlsx') : openDelimitedText(fileName, bytes, refuse);
  if (format === 'xls' || format === 'spreadsheetXml' || format === 'html') {
    // Its own chunk in the page: fetched the first time such a file is opened, never for .xlsx or CSV.
    const { openLegacySpreadsheet } = await import(/* webpackChunkName: "legacy-formats" */ '../xls/openLegacySpreadsheet');
    const opened = await openLegacySpreadsheet(fileName, bytes, format);
    return opened.ok ? { ok: true, workbook: opened.workbook, format } : { ok: false, format, problem: opened.problem };
  }
  // A compound file that is no Excel or Word stream, named .et, is WPS's own spreadsheet format.
  if (format === 'otherCompound') return refuse(/\.et$/i.test(fileName) ? 'format.wpsEt' : 'format.unknown');
  return refuse(REFUSED[format] ?? 'format.unknown');
}

/**
 * The format a workbook was read from, as the core names it in 来源 (every format a reader takes has one).
 *
 * @example
 * sourceFormatOf('text') // 'csv'
 */
export function sourceFormatOf(format: FileFormat): SourceFormat | undefined {
  switch (format) {
    case 'xlsx':
    case 'xls':
    case 'spreadsheetXml':
    case 'html':
    case 'docx':
      return format;
    case 'text':
      return 'csv';
    default:
      return undefined;
  }
}

function openDelimitedText(fileName: string, bytes: Uint8Array, refuse: (key: string, extra?: Record<string, string | number>) => OpenedSpreadsheet): OpenedSpreadsheet {
  try {
    const workbook = CsvWorkbook.read(fileName, bytes);
    if (workbook.isBlank()) return refuse('format.csvEmpty');
    return { ok: true, workbook, format: 'text' };
  } catch (error) {
    if (error instanceof FieldTooLongError) return refuse('format.csvFieldTooLong', { row: error.row });
    throw error;
  }
}
