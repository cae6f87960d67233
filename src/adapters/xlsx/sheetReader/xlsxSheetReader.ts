/**
 * A read-only workbook over .xlsx bytes that goes straight from the zip to `SheetGrid`s (Node only:
 * it inflates with node:zlib). It reads only what the ports need, with a hand-written XML scanner,
 * and gives the grids `XlsxWorkbook.readSheet` gives for the same file at a fraction of ExcelJS's cost.
 * Files it does not read exactly as ExcelJS does are refused with `UnsupportedXlsxError`; damaged ones
 * with `DamagedXlsxError` (callers fall back to ExcelJS: `openWorkbookFileForReading`).
 */
import type { SheetGrid } from '../../../core';
import type { SheetInfo, WorkbookReader } from '../../../core';
import { SheetNotFoundError } from '../../../core';
import { normalizeSpreadsheetXml } from '../normalizeSpreadsheetXml';
import { DamagedXlsxError, UnsupportedXlsxError } from './readerErrors';
import { readSharedStrings } from './readSharedStrings';
import { readStylesPart } from './readStylesPart';
import { readWorkbookPart } from './readWorkbookPart';
import { readWorksheetPart, type WorksheetPart } from './readWorksheetPart';
import { ZipEntries } from './readZipEntries';

interface ReadSheet extends WorksheetPart {
  readonly info: SheetInfo;
}

function normalizedText(entries: ZipEntries, name: string): string | null {
  const xml = entries.text(name);
  return xml === null ? null : normalizeSpreadsheetXml(xml);
}

export class XlsxSheetReader implements WorkbookReader {
  private constructor(private readonly sheets: readonly ReadSheet[]) {}

  /**
   * Reads every sheet at once, so that a refusal or damage shows here, while the caller can still open
   * the file another way, and never half-way through a check.
   *
   * @example
   * const reader = XlsxSheetReader.read(await readFile('市发改委-三季度.xlsx'));
   * const grid = await reader.readSheet('三季度');
   */
  static read(bytes: Uint8Array): XlsxSheetReader {
    const entries = ZipEntries.read(bytes);
    // CDATA and prefixed SpreadsheetML rewritten as ExcelJS gets them (`normalizePackage`), so both read the same.
    const zip = { has: (name: string) => entries.has(name), text: (name: string) => normalizedText(entries, name), checkEntriesInflate: (read: ReadonlySet<string>) => entries.checkEntriesInflate(read) };
    const workbookXml = zip.text('xl/workbook.xml');
    if (workbookXml === null) throw new DamagedXlsxError('no xl/workbook.xml');
    const workbook = readWorkbookPart(workbookXml, zip.text('xl/_rels/workbook.xml.rels'), (name) => zip.has(name));
    if (workbook.sheets.length === 0) {
      zip.checkEntriesInflate(new Set(['xl/workbook.xml', 'xl/_rels/workbook.xml.rels']));
      return new XlsxSheetReader([]);
    }
    const stylesXml = zip.text('xl/styles.xml');
    if (stylesXml === null) throw new UnsupportedXlsxError('no xl/styles.xml');
    const sharedStringsXml = zip.text('xl/sharedStrings.xml');
    const context = {
      styles: readStylesPart(stylesXml),
      sharedStrings: sharedStringsXml === null ? null : readSharedStrings(sharedStringsXml),
      date1904: workbook.date1904,
    };
    const sheets = workbook.sheets.map((sheet): ReadSheet => {
      const xml = zip.text(sheet.part);
      if (xml === null) throw new DamagedXlsxError(`no ${sheet.part}`);
      const part = readWorksheetPart(xml, sheet.name, sheet.part, context);
      return { ...part, info: { name: sheet.name, visible: sheet.visible, protected: part.protected } };
    });
    zip.checkEntriesInflate(new Set(['xl/workbook.xml', 'xl/_rels/workbook.xml.rels', 'xl/styles.xml', 'xl/sharedStrings.xml', ...workbook.sheets.map((sheet) => sheet.part)]));
    return new XlsxSheetReader(sheets);
  }

  async listSheets(): Promise<readonly SheetInfo[]> {
    return this.sheets.map((sheet) => sheet.info);
  }

  /** The sheet's grid; names match exactly first, then ignoring case, as in `XlsxWorkbook`. */
  async readSheet(name: string): Promise<SheetGrid> {
    const sheet =
      this.sheets.find((candidate) => candidate.info.name === name) ??
      this.sheets.find((candidate) => candidate.info.name.toLowerCase() === name.toLowerCase());
    if (!sheet) throw new SheetNotFoundError(name);
    return sheet.grid;
  }
}
