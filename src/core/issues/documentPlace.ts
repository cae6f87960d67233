/**
 * Places in a document's table. A Word table is read as a grid (paragraphs above it first, then its rows),
 * so the rules find issues at cell addresses like on a sheet; the user, who has a document and no
 * sheet, is told the table, row and column instead ("表1 第3行 第5列").
 */
import { parseCellAddress } from '../grid/a1';
import type { DocumentTableOrigin, DocumentTablePart } from '../grid/sheetGrid';
import { formatMessage, type Language } from '../messages';
import type { DocumentPlace, Issue } from './issue';

/**
 * The issues with their place in the table the grid came from; issues of the whole sheet keep none.
 *
 * @example
 * placeInDocumentTable([{ …, cell: 'E5' }], { table: 1, firstRow: 2 })[0].documentPlace
 * // { kind: 'tableCell', table: 1, row: 3, column: 5 }
 */
export function placeInDocumentTable(issues: readonly Issue[], origin: DocumentTableOrigin): Issue[] {
  return issues.map((issue) => {
    const place = documentPlaceOf(issue.cell, origin);
    return place === null ? issue : { ...issue, documentPlace: place };
  });
}

/**
 * The place of a cell address (the first cell of a range) of a grid read from a document table; a row
 * of a table joined to the first (`continuedIn`) is told in that table.
 *
 * @example
 * documentPlaceOf('B30', { table: 1, firstRow: 2, continuedIn: [{ table: 2, firstRow: 25 }] }) // { kind: 'tableCell', table: 2, row: 5, column: 2 }
 */
export function documentPlaceOf(cell: string, origin: DocumentTableOrigin): DocumentPlace | null {
  const position = parseCellAddress(cell.split(':')[0] ?? '');
  if (position === null) return null;
  if (position.row < origin.firstRow) return { kind: 'paragraphAbove', table: origin.table, paragraph: position.row + 1 };
  const part = tablePartOf(position.row, origin);
  return { kind: 'tableCell', table: part.table, row: position.row - part.firstRow + 1, column: position.column + 1 };
}

/** The table a 0-based grid row at or below the first table's first row is in. */
function tablePartOf(gridRow: number, origin: DocumentTableOrigin): DocumentTablePart {
  let part: DocumentTablePart = origin;
  for (const later of origin.continuedIn ?? []) if (later.firstRow <= gridRow) part = later;
  return part;
}

/**
 * Where an issue is, as the user reads it: the document place when it has one, else the cell address.
 *
 * @example
 * issuePlace({ …, cell: 'E5', documentPlace: { kind: 'tableCell', table: 1, row: 3, column: 5 } }, 'zh-CN') // '表1 第3行 第5列'
 * issuePlace({ …, cell: 'E5' }, 'zh-CN') // 'E5'
 */
export function issuePlace(issue: Pick<Issue, 'cell' | 'documentPlace'>, language: Language): string {
  const place = issue.documentPlace;
  if (place === undefined) return issue.cell;
  switch (place.kind) {
    case 'tableCell':
      return formatMessage(language, 'place.tableCell', { table: place.table, row: place.row, column: place.column });
    case 'paragraphAbove':
      return formatMessage(language, 'place.paragraphAbove', { table: place.table, paragraph: place.paragraph });
    default:
      return place satisfies never;
  }
}

/**
 * Where a cell of a checked sheet is, as the user reads it: its place in the Word table the sheet was
 * read from, else its address.
 *
 * @example
 * cellPlace('B5', { table: 1, firstRow: 2 }, 'en') // 'table 1, row 3, column 2'
 */
export function cellPlace(cell: string, origin: DocumentTableOrigin | undefined, language: Language): string {
  const place = origin === undefined ? null : documentPlaceOf(cell, origin);
  return place === null ? cell : issuePlace({ cell, documentPlace: place }, language);
}

/**
 * 1-based rows of a source grid as the user finds them in the document: rows of the table counted from
 * the table's first row (the paragraphs above are no rows of the table), grouped by table where a task
 * runs on from one table into the next (a page break).
 *
 * @example
 * tableRowsOf([25, 26], { table: 1, firstRow: 2, continuedIn: [{ table: 2, firstRow: 25 }] })
 * // [{ table: 1, rows: [23] }, { table: 2, rows: [1] }]
 */
export function tableRowsOf(gridRows: readonly number[], origin: DocumentTableOrigin): { readonly table: number; readonly rows: number[] }[] {
  const groups: { table: number; rows: number[] }[] = [];
  for (const row of gridRows) {
    const part = tablePartOf(row - 1, origin);
    const last = groups[groups.length - 1];
    if (last !== undefined && last.table === part.table) last.rows.push(row - part.firstRow);
    else groups.push({ table: part.table, rows: [row - part.firstRow] });
  }
  return groups;
}
