/**
 * A web page saved as `.xls` (report systems export their tables this way) read as Excel opens it: one
 * sheet named after the file, the page's lines of text outside tables (the title, 填报单位) each a row in
 * column A, and every table's rows below them, `rowspan`/`colspan` as merged areas, `<br>` as a line
 * break within a cell (the page's <title> is not shown, as in Excel). Each cell's text becomes what Excel
 * makes of it (`cellOfTypedText`: numbers, TRUE/FALSE, dates, percentages), shown in the cell's
 * `mso-number-format` when it has one; a cell styled `mso-number-format:"\@"` stays text. A tolerant
 * scanner, as browsers are: unclosed cells and rows end where the next begins. Scripts are never read;
 * style sheets only for the number formats of their rules.
 */
import { sheetNameOf } from '../csv/csvWorkbook';
import { GridWorkbook } from '../formats/gridWorkbook';
import { SparseSheet } from '../formats/sparseSheet';
import { cellNumberFormat, NO_FORMAT_RULES, readCellFormatRules, type CellFormatRules } from './cellNumberFormats';
import { cellOfTypedText, type ExcelCellMarks } from './cellOfTypedText';

/** Elements that end a line of text outside tables. */
const BLOCK_ELEMENTS = new Set(['p', 'div', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'br', 'tr', 'table', 'caption', 'body', 'center', 'section', 'header', 'footer']);
/** Spans are kept within Excel's sheet (a hostile `colspan="99999999"` costs nothing more). */
const MAX_COLUMNS = 16_384;
const MAX_ROWS = 1_048_576;
const NAMED_ENTITIES: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0', middot: '·', mdash: '—', ndash: '–', hellip: '…', ldquo: '“', rdquo: '”', lsquo: '‘', rsquo: '’', times: '×', yen: '¥' };
/**
 * A comment, a tag (its attributes bounded, so a stray quote costs a bounded look-ahead, never a scan of
 * the rest of the page per tag), a declaration or a processing instruction.
 */
const TAG = /<!--[\s\S]*?(?:-->|$)|<(\/?)([a-zA-Z][\w:-]{0,64})((?:[^>"']|"[^"]{0,4096}"|'[^']{0,4096}'){0,4096})>|<![^>]{0,4096}>|<\?[^>]{0,4096}>/g;

interface OpenCell {
  readonly row: number;
  readonly column: number;
  readonly rowSpan: number;
  readonly columnSpan: number;
  readonly format: string | undefined;
  readonly marks: ExcelCellMarks;
  text: string;
}

/**
 * @example
 * const workbook = readHtmlTables('导出.xls', decodeMarkup(bytes)); // one sheet named 导出
 */
export function readHtmlTables(fileName: string, html: string): { workbook: GridWorkbook; tables: number } {
  const sheet = new SparseSheet();
  const name = sheetNameOf(fileName);
  let row = 0;
  let line = '';
  let tableDepth = 0;
  let tables = 0;
  let cell: OpenCell | null = null;
  let rowStarted = false;
  /** For each column, the last row a cell spanning down from above covers. */
  let coveredUntil: number[] = [];
  let nextColumn = 0;

  const flushLine = (): void => {
    const text = collapse(line);
    line = '';
    if (text === '') return;
    sheet.set(row, 0, text, text);
    row += 1;
  };
  const closeCell = (): void => {
    if (cell === null) return;
    const typed = cellOfTypedText(collapse(cell.text, true), cell.format, cell.marks);
    if (typed.value !== null) sheet.set(cell.row, cell.column, typed.value, typed.text, typed.format);
    if (cell.rowSpan > 1 || cell.columnSpan > 1) {
      sheet.addMerge({ top: cell.row, left: cell.column, bottom: cell.row + cell.rowSpan - 1, right: cell.column + cell.columnSpan - 1 });
    }
    cell = null;
  };
  const closeRow = (): void => {
    closeCell();
    if (rowStarted) row += 1;
    rowStarted = false;
  };

  let last = 0;
  let skipUntil: string | null = null;
  let formatRules: CellFormatRules = NO_FORMAT_RULES;
  let styleStart = -1;
  TAG.lastIndex = 0;
  for (let match = TAG.exec(html); match !== null; match = TAG.exec(html)) {
    const between = html.slice(last, match.index);
    last = TAG.lastIndex;
    const closing = match[1] === '/';
    const tag = (match[2] ?? '').toLowerCase();
    if (skipUntil !== null) {
      if (closing && tag === skipUntil) {
        // A style sheet's rules may give cells their number format (Excel's own pages do, by class).
        if (tag === 'style') formatRules = readCellFormatRules(html.slice(styleStart, match.index), formatRules);
        skipUntil = null;
      }
      continue;
    }
    const text = decodeEntities(between);
    if (cell !== null) cell.text += text;
    else if (tableDepth === 0) line += text;
    if (tag === '') continue;
    if (!closing && (tag === 'script' || tag === 'style' || tag === 'title')) {
      skipUntil = tag;
      styleStart = TAG.lastIndex;
      continue;
    }
    // Tables inside a cell are read as that cell's text.
    if (tableDepth > 1 && tag !== 'table') {
      if (cell !== null && (tag === 'br' || tag === 'tr' || tag === 'p' || tag === 'div')) cell.text += '\n';
      else if (cell !== null && (tag === 'td' || tag === 'th') && !closing) cell.text += ' ';
      continue;
    }
    if (tag === 'table') {
      if (!closing) {
        tableDepth += 1;
        if (tableDepth === 1) {
          flushLine();
          tables += 1;
          coveredUntil = [];
          rowStarted = false;
        }
      } else if (tableDepth > 0) {
        tableDepth -= 1;
        if (tableDepth === 0) closeRow();
      }
      continue;
    }
    if (tableDepth === 0) {
      if (BLOCK_ELEMENTS.has(tag)) flushLine();
      continue;
    }
    if (tag === 'tr') {
      closeRow();
      if (!closing) {
        rowStarted = true;
        nextColumn = 0;
      }
      continue;
    }
    if (tag === 'td' || tag === 'th') {
      closeCell();
      if (closing) continue;
      if (!rowStarted) {
        rowStarted = true;
        nextColumn = 0;
      }
      if (row >= MAX_ROWS) continue;
      const attributes = match[3] ?? '';
      let column = nextColumn;
      while ((coveredUntil[column] ?? -1) >= row) column += 1;
      if (column >= MAX_COLUMNS) continue;
      const columnSpan = Math.min(spanOf(attributes, 'colspan'), MAX_COLUMNS - column);
      const rowSpan = Math.min(spanOf(attributes, 'rowspan'), MAX_ROWS - row);
      for (let c = column; c < column + columnSpan && rowSpan > 1; c += 1) coveredUntil[c] = row + rowSpan - 1;
      nextColumn = column + columnSpan;
      const format = cellNumberFormat(attributeOf(attributes, 'style'), attributeOf(attributes, 'class'), formatRules);
      cell = { row, column, rowSpan, columnSpan, format, marks: excelMarksOf(attributes), text: '' };
      continue;
    }
    if (cell !== null && (tag === 'br' || ((tag === 'p' || tag === 'div') && closing))) cell.text += '\n';
  }
  const rest = decodeEntities(html.slice(last));
  if (cell !== null) (cell as OpenCell).text += rest;
  else if (tableDepth === 0 && skipUntil === null) line += rest;
  closeRow();
  flushLine();
  return { workbook: new GridWorkbook([{ info: { name, visible: true, protected: false }, grid: sheet.toGrid(name) }]), tables };
}

type CellAttribute = 'style' | 'class' | 'x:num' | 'x:bool' | 'x:str';
/** Each attribute a cell is read for, its pattern made once: a page may hold a million cells. */
const ATTRIBUTE_PATTERNS = new Map<CellAttribute, RegExp>(
  (['style', 'class', 'x:num', 'x:bool', 'x:str'] as const).map((name) => [name, new RegExp(`(?:^|\\s)${name}(?:\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s"'>]+)))?(?=\\s|/|$)`, 'i')]),
);

/** An attribute's value, entities decoded; '' for a bare attribute, undefined when absent. */
function attributeOf(attributes: string, name: CellAttribute): string | undefined {
  const match = ATTRIBUTE_PATTERNS.get(name)?.exec(attributes) ?? null;
  if (match === null) return undefined;
  return decodeEntities(match[1] ?? match[2] ?? match[3] ?? '');
}

/** Excel's own marks on a cell it wrote (`x:num`, `x:bool`, `x:str`). */
function excelMarksOf(attributes: string): ExcelCellMarks {
  if (attributes.indexOf('x:') < 0) return {};
  const number = attributeOf(attributes, 'x:num');
  const truth = attributeOf(attributes, 'x:bool');
  const text = attributeOf(attributes, 'x:str') !== undefined;
  return { ...(number === undefined ? {} : { number }), ...(truth === undefined ? {} : { truth }), ...(text ? { text } : {}) };
}

function spanOf(attributes: string, name: string): number {
  const match = new RegExp(`\\b${name}\\s*=\\s*["']?(\\d+)`, 'i').exec(attributes);
  const span = match ? parseInt(match[1] ?? '1', 10) : 1;
  return Number.isFinite(span) && span >= 1 ? span : 1;
}

/** White space as a browser shows it: runs collapsed to one space, line breaks only where `<br>` put them. */
function collapse(text: string, keepBreaks = false): string {
  if (!keepBreaks) return text.replace(/[\s\u00a0]+/g, ' ').trim();
  return text
    .split('\n')
    .map((part) => part.replace(/[ \t\r\f\v\u00a0]+/g, ' ').trim())
    .join('\n')
    .replace(/^\n+|\n+$/g, '');
}

function decodeEntities(text: string): string {
  // Source line breaks are white space in HTML; only <br> makes a break, so they become spaces first.
  const spaced = text.replace(/[\r\n]+/g, ' ');
  if (spaced.indexOf('&') < 0) return spaced;
  return spaced.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);?/gi, (whole, body: string) => {
    if (body[0] === '#') {
      const code = body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return NAMED_ENTITIES[body.toLowerCase()] ?? whole;
  });
}
