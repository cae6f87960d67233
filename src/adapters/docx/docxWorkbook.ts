/**
 * A Word document (.docx) as a read-only workbook: each table of its body is a sheet (表1, 表2 …), the
 * paragraphs above it its first rows; a table that only continues the one before it (a page break) is
 * joined to it. Hardened like the .xlsx reader: the zip's directory is read by the
 * same code, only `word/document.xml` is inflated, as a stream counted against a cap whatever size the
 * zip declares, and its XML goes through the same scanner, which refuses document type declarations.
 * Browser and Node alike (`inflateChunks`).
 */
import type { SheetGrid, SheetInfo, WorkbookReader } from '../../core';
import { SheetNotFoundError } from '../../core';
import { readCentralDirectory } from '../xlsx/inspectXlsxBytes';
import { inflateChunks } from '../xlsx/inflateChunks';
import { DamagedXlsxError, UnsupportedXlsxError } from '../xlsx/sheetReader/readerErrors';
import { gridOfDocumentTable, TableTooLargeError } from './gridOfDocumentTable';
import { joinContinuedTables } from './joinContinuedTables';
import { readDocumentTables, UnsafeDocumentError } from './readDocumentTables';

/** What `word/document.xml` may inflate to: a 10,000-row table is some 30 MB of XML. */
export const MAX_DOCUMENT_XML_MEGABYTES = 64;
const MEGABYTE = 1024 * 1024;
const DOCUMENT_PART = 'word/document.xml';
const METHOD_STORED = 0;
const METHOD_DEFLATED = 8;
const FLAG_ENCRYPTED = 0x0001;

export type OpenedDocx =
  | { readonly ok: true; readonly workbook: DocxWorkbook }
  | { readonly ok: false; readonly problem: { readonly key: string; readonly params: Readonly<Record<string, string | number>> } };

export class DocxWorkbook implements WorkbookReader {
  private constructor(private readonly grids: readonly SheetGrid[]) {}

  /**
   * Never throws on the user's file: whatever is wrong with it comes back as a message key.
   *
   * @example
   * const opened = await DocxWorkbook.open('市教育局.docx', bytes);
   * if (opened.ok) await checkWorkbook(opened.workbook); // issues at 表1 第3行 第5列
   */
  static async open(fileName: string, bytes: Uint8Array): Promise<OpenedDocx> {
    const refuse = (key: string, extra: Record<string, string | number> = {}): OpenedDocx => ({ ok: false, problem: { key, params: { file: fileName, ...extra } } });
    const part = await documentXmlOf(bytes);
    if (!part.ok) {
      if (part.problem === 'tooLarge') return refuse('format.wordDocumentTooLarge', { limit: MAX_DOCUMENT_XML_MEGABYTES });
      return refuse(part.problem === 'damaged' ? 'format.wordDamaged' : part.problem);
    }
    try {
      const tables = readDocumentTables(part.xml, DOCUMENT_PART);
      if (tables.length === 0) return refuse('format.wordNoTable');
      // A report Word split into a table per page is one report (its later tables are told as themselves).
      return { ok: true, workbook: new DocxWorkbook(joinContinuedTables(tables.map((table, index) => gridOfDocumentTable(table, index + 1)))) };
    } catch (error) {
      if (error instanceof UnsafeDocumentError || error instanceof UnsupportedXlsxError) return refuse('format.wordUnsafeXml');
      if (error instanceof TableTooLargeError) return refuse('format.wordTableTooLarge', { limit: error.limit });
      if (error instanceof DamagedXlsxError || error instanceof RangeError) return refuse('format.wordDamaged');
      throw error;
    }
  }

  async listSheets(): Promise<readonly SheetInfo[]> {
    return this.grids.map((grid) => ({ name: grid.name, visible: true, protected: false }));
  }

  async readSheet(name: string): Promise<SheetGrid> {
    const grid = this.grids.find((candidate) => candidate.name === name);
    if (grid === undefined) throw new SheetNotFoundError(name);
    return grid;
  }
}

type DocumentPart = { readonly ok: true; readonly xml: string } | { readonly ok: false; readonly problem: 'tooLarge' | 'damaged' | 'file.encrypted' | 'format.wordNotRead' };

/** The document part as text, or the key of the problem that keeps it from being read ('tooLarge' for the cap). */
async function documentXmlOf(bytes: Uint8Array): Promise<DocumentPart> {
  const fail = (problem: Extract<DocumentPart, { ok: false }>['problem']): DocumentPart => ({ ok: false, problem });
  const directory = readCentralDirectory(bytes);
  const entry = directory?.entries.find((candidate) => candidate.name === DOCUMENT_PART);
  if (entry === undefined || entry.dataStart < 0) return fail('damaged');
  if ((entry.flags & FLAG_ENCRYPTED) !== 0) return fail('file.encrypted');
  const packed = bytes.subarray(entry.dataStart, entry.dataStart + entry.compressedSize);
  const limit = MAX_DOCUMENT_XML_MEGABYTES * MEGABYTE;
  let unpacked: Uint8Array;
  if (entry.method === METHOD_STORED) {
    if (packed.length > limit) return fail('tooLarge');
    unpacked = packed;
  } else if (entry.method === METHOD_DEFLATED) {
    // The declared size is only a claim: the inflated bytes are counted, and inflating stops past the cap.
    const chunks: Uint8Array[] = [];
    let total = 0;
    const outcome = await inflateChunks(packed, (chunk) => {
      total += chunk.byteLength;
      if (total > limit) return false;
      chunks.push(chunk);
      return true;
    });
    if (outcome === 'stopped') return fail('tooLarge');
    // Without an inflater (browsers before 2020), or when the end of the part could not be had, the document cannot be read whole.
    if (outcome === 'unavailable' || outcome === 'tailUnknown') return fail('format.wordNotRead');
    if (outcome === 'damaged') return fail('damaged');
    unpacked = joined(chunks, total);
  } else {
    return fail('damaged');
  }
  return { ok: true, xml: new TextDecoder('utf-8').decode(unpacked) };
}

function joined(chunks: readonly Uint8Array[], total: number): Uint8Array {
  const whole = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    whole.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return whole;
}
