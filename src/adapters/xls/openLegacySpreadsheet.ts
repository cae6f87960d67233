/**
 * The readers of the formats bureaus still send besides .xlsx and CSV — Excel 97-2003 (.xls, and WPS .et
 * saved the same way), Excel 2003 XML and web-page tables under `.xls` — behind one door, loaded in the
 * page as a chunk of its own the first time such a file is opened. A file none can read is refused with
 * a message key that says what it is and what to do; nothing is thrown at the caller for bad bytes.
 */
import type { WorkbookReader } from '../../core';
import { decodeMarkup } from '../markup/decodeMarkup';
import { readHtmlTables } from '../markup/readHtmlTables';
import { readSpreadsheetXml } from '../markup/readSpreadsheetXml';
import { DamagedXlsxError, UnsupportedXlsxError } from '../xlsx/sheetReader/readerErrors';
import { DamagedFileError, RefusedFileError } from './damagedFileError';
import { XlsWorkbook } from './xlsWorkbook';

export type LegacyFormat = 'xls' | 'spreadsheetXml' | 'html';

export type OpenedLegacy =
  | { readonly ok: true; readonly workbook: WorkbookReader }
  | { readonly ok: false; readonly problem: { readonly key: string; readonly params: Readonly<Record<string, string | number>> } };

/** The message for a file of each format whose structure contradicts itself. */
const DAMAGED_KEY: Readonly<Record<LegacyFormat, string>> = {
  xls: 'format.legacyDamaged',
  spreadsheetXml: 'format.spreadsheetXmlDamaged',
  html: 'format.spreadsheetXmlDamaged',
};

/**
 * @example
 * const opened = await openLegacySpreadsheet('市财政局.xls', bytes, 'xls');
 * if (opened.ok) await checkWorkbook(opened.workbook);
 */
export async function openLegacySpreadsheet(fileName: string, bytes: Uint8Array, format: LegacyFormat): Promise<OpenedLegacy> {
  const refuse = (key: string, params: Readonly<Record<string, string | number>> = {}): OpenedLegacy => ({ ok: false, problem: { key, params: { file: fileName, ...params } } });
  try {
    const workbook = readWorkbook(fileName, bytes, format);
    if (workbook === null) return refuse('format.htmlNoTable');
    if ((await workbook.listSheets()).length === 0) return refuse('file.empty');
    return { ok: true, workbook };
  } catch (error) {
    if (error instanceof RefusedFileError) return refuse(error.key, error.params);
    if (error instanceof DamagedFileError || error instanceof DamagedXlsxError || error instanceof UnsupportedXlsxError || error instanceof RangeError) {
      return refuse(DAMAGED_KEY[format]);
    }
    throw error;
  }
}

function readWorkbook(fileName: string, bytes: Uint8Array, format: LegacyFormat): WorkbookReader | null {
  switch (format) {
    case 'xls':
      return XlsWorkbook.read(bytes);
    case 'spreadsheetXml':
      return readSpreadsheetXml(decodeMarkup(bytes));
    case 'html': {
      const read = readHtmlTables(fileName, decodeMarkup(bytes));
      return read.tables === 0 ? null : read.workbook;
    }
    default:
      return format satisfies never;
  }
}
