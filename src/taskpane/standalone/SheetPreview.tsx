/**
 * What Excel's grid shows in the pane's place: the sheet being worked on, with the cell the pane
 * selected and the cells Jindu marked. Read-only; the file changes only through the pane's use cases.
 */
import { Text, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { useEffect, useRef, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { cellAddress, columnLetters, parseRangeAddress, type RangePosition, type SheetGrid, type WorkbookReader } from '../../core';
import type { CellMark } from '../../app/host';
import { useColumnWidths, useSheetGrid } from './useSheetPreview';

/** Enough rows for any progress sheet (seed 000 has 60); beyond it the page stays responsive. */
const PREVIEW_ROWS = 400;
/** Excel's default column (8.43 characters) and the row-number column, in pixels. */
const DEFAULT_COLUMN_PIXELS = 64;
const ROW_NUMBER_PIXELS = 40;

/** Excel's width unit (characters of the default font, 7 px each at 100 %, plus 5 px padding) in pixels. */
export function columnPixels(width: number | null | undefined): number {
  return typeof width === 'number' && width > 0 ? Math.round(width * 7 + 5) : DEFAULT_COLUMN_PIXELS;
}

const useStyles = makeStyles({
  frame: { overflow: 'auto', maxHeight: '70vh', border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}` },
  table: { borderCollapse: 'collapse', fontSize: tokens.fontSizeBase200, minWidth: '100%' },
  // With the sheet's widths the columns are as Excel draws them: 时间 stays one short line.
  fixed: { tableLayout: 'fixed', minWidth: 'auto' },
  fixedCell: { maxWidth: 'none', overflowWrap: 'anywhere' },
  heading: {
    position: 'sticky',
    top: 0,
    backgroundColor: tokens.colorNeutralBackground3,
    color: tokens.colorNeutralForeground2,
    fontWeight: tokens.fontWeightRegular,
    padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalS}`,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  rowNumber: {
    backgroundColor: tokens.colorNeutralBackground3,
    color: tokens.colorNeutralForeground2,
    textAlign: 'right',
    padding: `0 ${tokens.spacingHorizontalS}`,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  cell: {
    verticalAlign: 'top',
    padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalS}`,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    maxWidth: '28em',
  },
  clamp: { display: '-webkit-box', WebkitLineClamp: 3, WebkitBoxOrient: 'vertical', overflow: 'hidden', whiteSpace: 'pre-wrap' },
  selectedRow: { outline: `${tokens.strokeWidthThick} solid ${tokens.colorBrandStroke1}`, outlineOffset: '-2px' },
  selectedCell: { boxShadow: `inset 0 0 0 ${tokens.strokeWidthThick} ${tokens.colorBrandStroke1}` },
  error: { backgroundColor: tokens.colorPaletteRedBackground2 },
  warning: { backgroundColor: tokens.colorPaletteYellowBackground2 },
  info: { backgroundColor: tokens.colorPaletteBlueBackground2 },
});

export interface SheetPreviewProps {
  readonly workbook: WorkbookReader;
  readonly sheet: string;
  /** Changes whenever the workbook was written, so the preview reads it again. */
  readonly revision: number;
  readonly selection: { readonly sheet: string; readonly address: string } | null;
  readonly marks: readonly CellMark[];
  /** The sheet's column widths in Excel's units; without it the columns size to their text. */
  readonly readColumnWidths?: (sheet: string) => Promise<readonly (number | null)[]>;
}

export function SheetPreview({ workbook, sheet, revision, selection, marks, readColumnWidths }: SheetPreviewProps) {
  const styles = useStyles();
  const { t } = useTranslation();
  const grid = useSheetGrid(workbook, sheet, revision);
  const columnWidths = useColumnWidths(readColumnWidths, sheet, revision);
  const selectedRowRef = useRef<HTMLTableRowElement | null>(null);

  const selected = selection && selection.sheet === sheet ? parseSelection(selection.address) : null;
  useEffect(() => {
    selectedRowRef.current?.scrollIntoView?.({ block: 'center' });
  }, [selected?.top, grid]);

  if (!grid) return null;
  if (grid.values.length === 0) return <Text>{t('fileMode.emptySheet')}</Text>;

  const marksHere = new Map(marks.filter((mark) => mark.sheet === sheet).map((mark) => [mark.cell, mark.severity]));
  const width = grid.values.reduce((widest, row) => Math.max(widest, row.length), 0);
  const shownRows = grid.text.slice(0, PREVIEW_ROWS);
  const widths = columnWidths ? Array.from({ length: width }, (_, column) => columnPixels(columnWidths[column])) : null;
  const spans = mergedSpans(grid.merges, shownRows.length);
  addLoneTextSpans(spans, shownRows, width);
  return (
    <div className={styles.frame}>
      <table
        className={mergeClasses(styles.table, widths !== null && styles.fixed)}
        style={widths ? { width: `${ROW_NUMBER_PIXELS + widths.reduce((sum, pixels) => sum + pixels, 0)}px` } : undefined}
        aria-label={t('fileMode.preview', { sheet })}
        data-sheet={sheet}
      >
        {widths && (
          <colgroup>
            <col style={{ width: `${ROW_NUMBER_PIXELS}px` }} />
            {widths.map((pixels, column) => (
              <col key={column} style={{ width: `${pixels}px` }} data-column={columnLetters(column)} />
            ))}
          </colgroup>
        )}
        <thead>
          <tr>
            <th className={styles.heading} scope="col" />
            {Array.from({ length: width }, (_, column) => (
              <th key={column} className={styles.heading} scope="col">
                {columnLetters(column)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {shownRows.map((row, r) => (
            <PreviewRow key={r} row={row} index={r} width={width} spans={spans} marks={marksHere} selected={selected} fixed={widths !== null} selectedRowRef={selectedRowRef} />
          ))}
        </tbody>
      </table>
      {grid.text.length > PREVIEW_ROWS && (
        <Text size={200}>{t('fileMode.previewRows', { shown: PREVIEW_ROWS, total: grid.text.length })}</Text>
      )}
    </div>
  );
}

type Spans = Map<string, { columns: number; rows: number } | 'covered'>;

interface PreviewRowProps {
  readonly row: readonly string[];
  /** 0-based row index. */
  readonly index: number;
  readonly width: number;
  readonly spans: Spans;
  readonly marks: ReadonlyMap<string, CellMark['severity']>;
  readonly selected: RangePosition | null;
  /** Columns have Excel's widths (cells then clip their text). */
  readonly fixed: boolean;
  readonly selectedRowRef: RefObject<HTMLTableRowElement | null>;
}

/** One row of the preview: its number, and its cells with their marks, merges and the selection. */
function PreviewRow({ row, index: r, width, spans, marks, selected, fixed, selectedRowRef }: PreviewRowProps) {
  const styles = useStyles();
  const isSelectedRow = selected !== null && r >= selected.top && r <= selected.bottom;
  return (
    <tr ref={isSelectedRow && r === selected?.top ? selectedRowRef : undefined} className={isSelectedRow ? styles.selectedRow : undefined} aria-selected={isSelectedRow} data-row={r + 1}>
      <th className={styles.rowNumber} scope="row">
        {r + 1}
      </th>
      {Array.from({ length: width }, (_, column) => {
        const span = spans.get(`${r}:${column}`);
        if (span === 'covered') return null;
        const address = cellAddress(r, column);
        const severity = marks.get(address);
        const isSelectedCell = isSelectedRow && selected !== null && column >= selected.left && column <= selected.right;
        return (
          <td
            key={column}
            className={mergeClasses(styles.cell, fixed && styles.fixedCell, severity && styles[severity], isSelectedCell && styles.selectedCell)}
            data-cell={address}
            data-mark={severity}
            {...(span ? { colSpan: span.columns, rowSpan: span.rows } : {})}
          >
            <span className={styles.clamp}>{row[column] ?? ''}</span>
          </td>
        );
      })}
    </tr>
  );
}

/**
 * Merged areas as Excel draws them: the top-left cell spans the area (a title over the whole width stays one
 * line instead of wrapping in column A), the cells under it are not drawn. Rows past the preview are cut off.
 */
function mergedSpans(merges: SheetGrid['merges'], shownRows: number): Map<string, { columns: number; rows: number } | 'covered'> {
  const spans = new Map<string, { columns: number; rows: number } | 'covered'>();
  for (const merge of merges) {
    if (merge.top >= shownRows) continue;
    const bottom = Math.min(merge.bottom, shownRows - 1);
    for (let row = merge.top; row <= bottom; row += 1) {
      for (let column = merge.left; column <= merge.right; column += 1) spans.set(`${row}:${column}`, 'covered');
    }
    spans.set(`${merge.top}:${merge.left}`, { columns: merge.right - merge.left + 1, rows: bottom - merge.top + 1 });
  }
  return spans;
}

/**
 * A row holding one text only (填报单位：…, 填报时间：…) shows it across the row, as Excel lets text run over
 * empty cells to its right, instead of wrapping it in a narrow column A.
 */
function addLoneTextSpans(spans: Map<string, { columns: number; rows: number } | 'covered'>, rows: readonly (readonly string[])[], width: number): void {
  rows.forEach((row, r) => {
    const filled = row.flatMap((text, column) => (text === '' ? [] : [column]));
    const only = filled[0];
    if (filled.length !== 1 || only === undefined || width - only < 2) return;
    for (let column = only; column < width; column += 1) if (spans.has(`${r}:${column}`)) return;
    for (let column = only + 1; column < width; column += 1) spans.set(`${r}:${column}`, 'covered');
    spans.set(`${r}:${only}`, { columns: width - only, rows: 1 });
  });
}

/** A1 cells and ranges, plus whole rows (`12:12`) as the pane selects rows of 汇总. */
function parseSelection(address: string): RangePosition | null {
  const rows = /^\$?(\d+):\$?(\d+)$/.exec(address.trim());
  if (rows) {
    const first = Number(rows[1]) - 1;
    const last = Number(rows[2]) - 1;
    return { top: Math.min(first, last), bottom: Math.max(first, last), left: 0, right: Number.MAX_SAFE_INTEGER };
  }
  return parseRangeAddress(address);
}
