/**
 * The tables of a Word document's body (`word/document.xml`), each with the paragraphs written above it,
 * read the way Word shows them: a cell's paragraphs and line breaks as lines, deleted and moved-away text
 * left out, a table inside a cell flattened to lines of text. Pure (no Node, no DOM): the scanner is the
 * .xlsx reader's, which refuses document type declarations and knows only XML's five named entities.
 */
import { XML_CLOSE, XML_END, XML_OPEN, XML_TEXT, XmlCursor } from '../xlsx/sheetReader/xmlCursor';

export interface DocumentTable {
  /** The non-empty paragraphs between the previous table (or the start of the body) and this table, in order. */
  readonly paragraphsAbove: readonly string[];
  readonly rows: readonly TableRow[];
}

export interface TableRow {
  /** Grid columns left empty before the first cell and after the last (`w:gridBefore`, `w:gridAfter`). */
  readonly gridBefore: number;
  readonly cells: readonly TableCell[];
}

export interface TableCell {
  readonly text: string;
  /** Grid columns the cell spans (`w:gridSpan`), at least 1. */
  readonly span: number;
  /** `restart` starts a vertically merged cell, `continue` extends the one above (`w:vMerge`). */
  readonly verticalMerge: 'restart' | 'continue' | null;
  /**
   * `restart` starts a horizontally merged cell, `continue` extends the one to its left (`w:hMerge`: how
   * Word 97-2003 merged cells across, still found in documents converted from .doc and written by WPS).
   */
  readonly horizontalMerge: 'restart' | 'continue' | null;
}

/** Tables and text boxes nested deeper than this are no report but an attack on the reader's stack. */
export const MAX_NESTING = 16;

/** A document the reader will not read: a document type declaration, or nesting beyond `MAX_NESTING`. */
export class UnsafeDocumentError extends Error {
  constructor(readonly reason: string) {
    super(`unsafe Word document: ${reason}`);
    this.name = 'UnsafeDocumentError';
  }
}

/**
 * Elements whose content Word does not show as the text of the document: deleted and moved-away revisions,
 * field codes, properties (a paragraph's tab stops are `w:tab` too), and the fallback copy of a text box.
 */
const HIDDEN_ELEMENTS: ReadonlySet<string> = new Set(['w:del', 'w:moveFrom', 'w:delText', 'w:instrText', 'w:pPr', 'w:rPr', 'w:tblPr', 'w:tblGrid', 'w:tblPrEx', 'mc:Fallback']);

/**
 * Throws `UnsafeDocumentError`, or the scanner's `DamagedXlsxError` / `UnsupportedXlsxError` for XML that
 * is not well formed or declares a document type.
 *
 * @example
 * readDocumentTables(documentXml)
 * // [{ paragraphsAbove: ['2024年…进展情况', '填报单位：市教育局'], rows: [{ gridBefore: 0, cells: [{ text: '序号', span: 1, verticalMerge: null, horizontalMerge: null }, …] }, …] }]
 */
export function readDocumentTables(xml: string, part = 'word/document.xml'): DocumentTable[] {
  const cursor = new XmlCursor(xml, part);
  const tables: DocumentTable[] = [];
  let paragraphs: string[] = [];
  for (;;) {
    const token = cursor.next();
    if (token === XML_END) return tables;
    if (token !== XML_OPEN) continue;
    const name = cursor.name;
    if (name === 'w:p') {
      const text = readParagraph(cursor, 1).trim();
      if (text !== '') paragraphs.push(text);
    } else if (name === 'w:tbl') {
      tables.push({ paragraphsAbove: paragraphs, rows: readTable(cursor, 1) });
      paragraphs = [];
    } else if (HIDDEN_ELEMENTS.has(name)) {
      cursor.skipElement();
    }
    // Anything else (the body, content controls around paragraphs and tables) is looked into.
  }
}

/**
 * Visits the content of the element just opened, up to its end tag: `visit` is asked for each element
 * start and returns true when it read the element itself (through its end); other elements are entered.
 */
function readContent(cursor: XmlCursor, visit: (name: string) => boolean, onText?: () => void): void {
  let depth = 1;
  while (depth > 0) {
    const token = cursor.next();
    if (token === XML_OPEN) {
      const name = cursor.name;
      if (HIDDEN_ELEMENTS.has(name)) cursor.skipElement();
      else if (!visit(name)) depth += 1;
    } else if (token === XML_CLOSE) {
      depth -= 1;
    } else if (token === XML_TEXT) {
      onText?.();
    } else {
      // The scanner throws on unclosed elements before it ends; this is only a guard.
      return;
    }
  }
}

function guardNesting(nesting: number): void {
  if (nesting > MAX_NESTING) throw new UnsafeDocumentError(`tables or text boxes nested more than ${MAX_NESTING} deep`);
}

/** A paragraph's text: runs, tabs and breaks; a text box inside it gives its own paragraphs as lines. */
function readParagraph(cursor: XmlCursor, nesting: number): string {
  guardNesting(nesting);
  let text = '';
  readContent(cursor, (name) => {
    switch (name) {
      case 'w:t':
        readContent(
          cursor,
          () => false,
          () => (text += cursor.text()),
        );
        return true;
      case 'w:tab':
      case 'w:ptab':
        text += '\t';
        cursor.skipElement();
        return true;
      case 'w:br':
      case 'w:cr':
        text += '\n';
        cursor.skipElement();
        return true;
      case 'w:noBreakHyphen':
        text += '-';
        cursor.skipElement();
        return true;
      case 'w:p': {
        const inner = readParagraph(cursor, nesting + 1);
        if (inner !== '') text += text === '' ? inner : `\n${inner}`;
        return true;
      }
      case 'w:tbl': {
        const inner = flattenTable(readTable(cursor, nesting + 1));
        if (inner !== '') text += text === '' ? inner : `\n${inner}`;
        return true;
      }
      default:
        return false;
    }
  });
  return text;
}

function readTable(cursor: XmlCursor, nesting: number): TableRow[] {
  guardNesting(nesting);
  const rows: TableRow[] = [];
  readContent(cursor, (name) => {
    if (name !== 'w:tr') return false;
    rows.push(readRow(cursor, nesting));
    return true;
  });
  return rows;
}

function readRow(cursor: XmlCursor, nesting: number): TableRow {
  let gridBefore = 0;
  const cells: TableCell[] = [];
  readContent(cursor, (name) => {
    if (name === 'w:trPr') {
      readContent(cursor, (property) => {
        if (property === 'w:gridBefore') gridBefore = countOf(cursor.attribute('w:val'), 0);
        return false;
      });
      return true;
    }
    if (name !== 'w:tc') return false;
    cells.push(readCell(cursor, nesting));
    return true;
  });
  return { gridBefore, cells };
}

function readCell(cursor: XmlCursor, nesting: number): TableCell {
  let span = 1;
  let verticalMerge: TableCell['verticalMerge'] = null;
  let horizontalMerge: TableCell['horizontalMerge'] = null;
  const lines: string[] = [];
  readContent(cursor, (name) => {
    switch (name) {
      case 'w:tcPr':
        readContent(cursor, (property) => {
          if (property === 'w:gridSpan') span = Math.max(1, countOf(cursor.attribute('w:val'), 1));
          // `<w:vMerge/>` without a value continues the merged cell above (ECMA-376 17.4.85).
          else if (property === 'w:vMerge') verticalMerge = cursor.attribute('w:val') === 'restart' ? 'restart' : 'continue';
          // The same for `<w:hMerge/>` (ECMA-376 17.4.22): without a value it continues the cell to its left.
          else if (property === 'w:hMerge') horizontalMerge = cursor.attribute('w:val') === 'restart' ? 'restart' : 'continue';
          return false;
        });
        return true;
      case 'w:p':
        lines.push(readParagraph(cursor, nesting + 1));
        return true;
      case 'w:tbl':
        lines.push(flattenTable(readTable(cursor, nesting + 1)));
        return true;
      default:
        return false;
    }
  });
  // Word ends every cell with a paragraph; empty ones at either end are layout, not text.
  while (lines.length > 0 && lines[lines.length - 1] === '') lines.pop();
  while (lines.length > 0 && lines[0] === '') lines.shift();
  return { text: lines.join('\n'), span, verticalMerge, horizontalMerge };
}

/** A table inside a cell as text: a line per row, its cells' texts side by side. */
function flattenTable(rows: readonly TableRow[]): string {
  return rows
    .map((row) =>
      row.cells
        .filter((cell) => cell.verticalMerge !== 'continue' && cell.horizontalMerge !== 'continue')
        .map((cell) => cell.text.replace(/\n/g, ' ').trim())
        .filter((text) => text !== '')
        .join(' '),
    )
    .filter((line) => line !== '')
    .join('\n');
}

/** A whole number of grid columns from an attribute; `fallback` when absent or not a number. */
function countOf(value: string | undefined, fallback: number): number {
  const parsed = value === undefined ? NaN : Number.parseInt(value, 10);
  return Number.isFinite(parsed) && parsed >= 0 ? parsed : fallback;
}
