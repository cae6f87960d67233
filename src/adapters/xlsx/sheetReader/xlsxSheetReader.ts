/**
 * A read-only workbook over .xlsx bytes that goes straight from the zip to `SheetGrid`s, the one reader of
 * users' files in the CLI (entries inflated with node:zlib, `readXlsxBytes`) and the page (with
 * `DecompressionStream`, `readXlsxBytesInBrowser`). It reads only what the ports need, with a hand-written XML scanner,
 * and gives what Excel (zh-CN) shows, at a fraction of ExcelJS's cost: where ExcelJS reads as Excel shows,
 * the grids equal `XlsxWorkbook.readSheet`'s; where it does not (formula results of 0 or FALSE, ISO dates,
 * parts found only through relationships, cells without addresses), this reader follows Excel.
 * Files it does not read are refused with `UnsupportedXlsxError`; damaged ones with `DamagedXlsxError`
 * (callers fall back to ExcelJS: `openWorkbookFileForReading`).
 */
import type { SheetGrid } from '../../../core';
import type { SheetInfo, WorkbookReader } from '../../../core';
import { gridOfSheetNamed } from './gridOfSheetNamed';
import { normalizeSpreadsheetXml } from '../normalizeSpreadsheetXml';
import { DamagedXlsxError } from './readerErrors';
import { readSharedStrings } from './readSharedStrings';
import { readStylesPart } from './readStylesPart';
import { readRelationships, readWorkbookPart, relationshipOfKind, relationshipsPartOf, resolvePartName, type Relationship } from './readWorkbookPart';
import { readWorksheetPart, type WorksheetPart } from './readWorksheetPart';
import type { PackageEntries } from './packageEntries';

interface ReadSheet extends WorksheetPart {
  readonly info: SheetInfo;
}

/**
 * The package's parts by name. Part names are case-insensitive (ECMA-376 Part 2, 6.2.2.3): Excel opens a
 * `xl/SharedStrings.xml` that the relationships call `sharedStrings.xml`.
 */
class PackageParts {
  private readonly byLowerCaseName = new Map<string, string>();

  constructor(private readonly entries: PackageEntries) {
    for (const name of entries.names()) {
      const lower = name.toLowerCase();
      if (!this.byLowerCaseName.has(lower)) this.byLowerCaseName.set(lower, name);
    }
  }

  /** The zip entry of a part name, or undefined. */
  entryOf(name: string): string | undefined {
    return this.entries.has(name) ? name : this.byLowerCaseName.get(name.toLowerCase());
  }

  /** The part's text, CDATA and prefixed SpreadsheetML rewritten (`normalizeSpreadsheetXml`), or null. */
  text(name: string | undefined): string | null {
    const entry = name === undefined ? undefined : this.entryOf(name);
    const xml = entry === undefined ? null : this.entries.text(entry);
    return xml === null ? null : normalizeSpreadsheetXml(xml);
  }
}

/** Where the workbook part is: the package's `officeDocument` relationship, else the usual place. */
function workbookPartName(parts: PackageParts): string {
  const rootRelationships = parts.text('_rels/.rels');
  const document = rootRelationships === null ? undefined : relationshipOfKind(readRelationships(rootRelationships, '_rels/.rels'), 'officeDocument');
  const named = document === undefined ? undefined : parts.entryOf(resolvePartName('', document.target));
  return named ?? parts.entryOf('xl/workbook.xml') ?? 'xl/workbook.xml';
}

export class XlsxSheetReader implements WorkbookReader {
  private constructor(private readonly sheets: readonly ReadSheet[]) {}

  /**
   * Reads every sheet at once, so that a refusal or damage shows here, while the caller can still open
   * the file another way, and never half-way through a check.
   *
   * @example
   * const reader = XlsxSheetReader.fromEntries(ZipEntries.read(await readFile('市发改委-三季度.xlsx')));
   * const grid = await reader.readSheet('三季度');
   */
  static fromEntries(entries: PackageEntries): XlsxSheetReader {
    const parts = new PackageParts(entries);
    const workbookName = workbookPartName(parts);
    const workbookXml = parts.text(workbookName);
    if (workbookXml === null) throw new DamagedXlsxError(`no workbook part (${workbookName})`);
    const relationshipsName = relationshipsPartOf(workbookName);
    const relationshipsXml = parts.text(relationshipsName);
    const workbook = readWorkbookPart(workbookXml, workbookName, relationshipsXml, (name) => parts.entryOf(name));
    const read = new Set([workbookName, relationshipsName, '_rels/.rels'].map((name) => parts.entryOf(name) ?? name));
    if (workbook.sheets.length === 0) {
      entries.checkEntriesInflate(read);
      return new XlsxSheetReader([]);
    }
    const relationships = relationshipsXml === null ? new Map<string, Relationship>() : readRelationships(relationshipsXml, relationshipsName);
    const partOfKind = (kind: string, usual: string): string | undefined => {
      const relationship = relationshipOfKind(relationships, kind);
      return parts.entryOf(relationship === undefined ? usual : resolvePartName(workbookName, relationship.target));
    };
    const stylesName = partOfKind('styles', 'xl/styles.xml');
    const sharedStringsName = partOfKind('sharedStrings', 'xl/sharedStrings.xml');
    const stylesXml = parts.text(stylesName);
    const sharedStringsXml = parts.text(sharedStringsName);
    const context = {
      // A package without styles (some generators write none) has every cell in General.
      styles: readStylesPart(stylesXml ?? '<styleSheet/>'),
      sharedStrings: sharedStringsXml === null ? null : readSharedStrings(sharedStringsXml),
      date1904: workbook.date1904,
    };
    const sheets = workbook.sheets.map((sheet): ReadSheet => {
      const xml = parts.text(sheet.part);
      if (xml === null) throw new DamagedXlsxError(`no ${sheet.part}`);
      const part = readWorksheetPart(xml, sheet.name, sheet.part, context);
      return { ...part, info: { name: sheet.name, visible: sheet.visible, protected: part.protected } };
    });
    for (const name of [stylesName, sharedStringsName, ...workbook.sheets.map((sheet) => sheet.part)]) if (name !== undefined) read.add(name);
    entries.checkEntriesInflate(read);
    return new XlsxSheetReader(sheets);
  }

  async listSheets(): Promise<readonly SheetInfo[]> {
    return this.sheets.map((sheet) => sheet.info);
  }

  async readSheet(name: string): Promise<SheetGrid> {
    return gridOfSheetNamed(this.sheets, name);
  }
}
