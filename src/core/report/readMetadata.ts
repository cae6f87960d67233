/** The title and the metadata lines around the table (填报单位, 填报时间, 联系人, 联系电话). */
import { cellAddress } from '../grid/a1';
import { cellText, cellValue, type SheetGrid } from '../grid/sheetGrid';
import { removeWhitespace, toHalfWidth, trimTrailing } from '../text/characters';
import { parseCalendarDate } from './parseCalendarDate';
import { findPeriodInText } from './parsePeriod';
import type { ReportCellText, ReportMetadata, ReportTitle } from './types';

type MetadataField = 'unit' | 'reportDate' | 'contact' | 'phone';

/** Label spellings per field; a label is followed by a colon or stands alone in its cell. */
const FIELD_LABELS: readonly (readonly [MetadataField, readonly string[]])[] = [
  ['unit', ['填报单位', '报送单位', '填表单位', '单位名称']],
  ['reportDate', ['填报时间', '填报日期', '报送时间', '报送日期', '填表时间', '填表日期']],
  ['phone', ['联系电话', '联系方式', '电话']],
  ['contact', ['联系人', '填报人', '填表人']],
];

const FIELD_BY_LABEL = new Map<string, MetadataField>(
  FIELD_LABELS.flatMap(([field, labels]) => labels.map((label) => [label, field] as const)),
);
const LABEL_ALTERNATION = [...FIELD_BY_LABEL.keys()].sort((a, b) => b.length - a.length).join('|');
/** A note a clerk's label carries before its colon: `填报单位（盖章）：`, `填报人(签字):`. */
const LABEL_NOTE = '(?:\\s*[（(][^（()）]{1,6}[)）])?';
/** Longer labels first, so `联系电话` is read whole and never as `电话`. */
const LABEL_PATTERN = new RegExp(`(${LABEL_ALTERNATION})${LABEL_NOTE}\\s*(?:[:：]|$)`, 'g');
const LINE_LABEL = new RegExp(`^\\s*(?:${LABEL_ALTERNATION})${LABEL_NOTE}\\s*(?:[:：]|$)`);

/** What separates labelled values that share a line (`填报单位：市教育局；填报时间：…`); no value ends with it. */
const SEPARATORS: ReadonlySet<string> = new Set([',', '，', ';', '；', '、', '|']);


/** Whether a cell's text starts with a metadata label (`联系电话: 66601746`), as footers do. */
export function startsWithMetadataLabel(text: string): boolean {
  return LINE_LABEL.test(toHalfWidth(text));
}

export interface MetadataValue extends ReportCellText {
  readonly field: MetadataField;
  /** 0-based position of the cell the value was read from. */
  readonly row: number;
  readonly column: number;
}

/**
 * Every labelled value in one row: several labels may share a cell (`填报单位：X  填报时间：Y`);
 * a label alone in its cell takes the next non-empty cell of the row.
 */
export function readLabelledValues(grid: SheetGrid, row: number): MetadataValue[] {
  const found: MetadataValue[] = [];
  const width = grid.values[row]?.length ?? 0;
  for (let column = 0; column < width; column += 1) {
    const text = cellText(grid, row, column);
    if (text.trim() === '') continue;
    const labels = [...text.matchAll(LABEL_PATTERN)];
    labels.forEach((label, index) => {
      const field = FIELD_BY_LABEL.get(label[1] ?? '');
      if (field === undefined) return;
      const valueStart = label.index + label[0].length;
      const valueEnd = labels[index + 1]?.index ?? text.length;
      const value = trimTrailing(text.slice(valueStart, valueEnd), SEPARATORS, true).trim();
      if (value !== '' || index < labels.length - 1) {
        found.push({ field, text: value, address: cellAddress(row, column), row, column });
        return;
      }
      const next = nextFilledColumn(grid, row, column + 1);
      if (next === null) found.push({ field, text: '', address: cellAddress(row, column), row, column });
      else found.push({ field, text: cellText(grid, row, next).trim(), address: cellAddress(row, next), row, column: next });
    });
  }
  return found;
}

function nextFilledColumn(grid: SheetGrid, row: number, from: number): number | null {
  const width = grid.values[row]?.length ?? 0;
  for (let column = from; column < width; column += 1) {
    if (cellText(grid, row, column).trim() !== '') return column;
  }
  return null;
}

/** The metadata read from the given rows (those above the header and the footer rows), first value wins. */
export function readMetadata(grid: SheetGrid, rows: readonly number[]): ReportMetadata {
  const values: Partial<Record<MetadataField, MetadataValue>> = {};
  for (const row of rows) {
    for (const value of readLabelledValues(grid, row)) {
      const existing = values[value.field];
      if (existing === undefined || (existing.text === '' && value.text !== '')) values[value.field] = value;
    }
  }
  const reportDate = values.reportDate;
  return {
    unit: plain(values.unit),
    reportDate: reportDate
      ? { text: reportDate.text, address: reportDate.address, date: parseCalendarDate(dateSource(grid, reportDate)) }
      : null,
    contact: plain(values.contact),
    phone: plain(values.phone),
  };
}

function plain(value: MetadataValue | undefined): ReportCellText | null {
  return value ? { text: value.text, address: value.address } : null;
}

/** A date in its own cell may be an Excel serial whose displayed text depends on the format. */
function dateSource(grid: SheetGrid, value: MetadataValue): string | number {
  const raw = cellValue(grid, value.row, value.column);
  return typeof raw === 'number' ? raw : value.text;
}

const TITLE_HINT = /进展|进度|完成情况|工作任务|节点任务|报告|实事/;

/**
 * The title: the first text above the header that is not a metadata line and reads like a title.
 *
 * @example
 * readTitle(grid, 8)?.period?.label // '三季度'
 */
export function readTitle(grid: SheetGrid, headerRow: number): ReportTitle | null {
  for (let row = 0; row < headerRow; row += 1) {
    const width = grid.values[row]?.length ?? 0;
    for (let column = 0; column < width; column += 1) {
      const text = cellText(grid, row, column).trim();
      if (text === '' || startsWithMetadataLabel(text) || !TITLE_HINT.test(text)) continue;
      const year = /((?:19|20)\d{2})\s*年/.exec(toHalfWidth(text));
      return {
        text,
        address: cellAddress(row, column),
        year: year ? Number(year[1]) : null,
        period: findPeriodInText(removeWhitespace(text)),
      };
    }
  }
  return null;
}
