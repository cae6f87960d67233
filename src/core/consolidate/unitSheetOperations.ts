/**
 * One unit's sheet in the standard layout (DOMAIN §1): title, 填报单位 filled, 填报时间 to fill, the six
 * standard columns, list validation on 时间 and 自我评价, frozen header, A4 landscape with the header
 * repeated on every printed page. Used by split to hand a plan out.
 */
import { rangeAddress } from '../grid/a1';
import { formatMessage, type Language } from '../messages';
import type { WorkbookOperation, WritableValue } from '../ports';
import { COLUMN_ROLES, STANDARD_HEADERS } from '../report/types';
import { DEFAULT_VOCABULARY } from '../text/selfAssessment';

const HEADER_FILL = '#DDEBF7';
const WIDTHS = [8, 42, 9, 32, 48, 9];
const PERIODS = ['一季度', '二季度', '三季度', '四季度', '一、二季度', '上半年', '下半年', '全年', '年底前'];
/** Validation lists reach this far below the last task, so rows the unit adds are covered too. */
const SPARE_ROWS = 50;

export interface UnitSheetInput {
  readonly sheet: string;
  readonly title: string;
  readonly unit: string;
  /** One row per task: the six standard columns' values. */
  readonly rows: readonly (readonly WritableValue[])[];
  readonly language: Language;
}

export const UNIT_SHEET_HEADER_ROW = 3;

export function unitSheetOperations(input: UnitSheetInput): WorkbookOperation[] {
  const { sheet } = input;
  const last = COLUMN_ROLES.length - 1;
  const headerRow = UNIT_SHEET_HEADER_ROW;
  const firstTaskRow = headerRow + 1;
  const lastTaskRow = headerRow + Math.max(input.rows.length, 1);
  const block: WritableValue[][] = [
    [input.title],
    [formatMessage(input.language, 'split.unitLine', { unit: input.unit })],
    [formatMessage(input.language, 'split.reportDate')],
    COLUMN_ROLES.map((role) => STANDARD_HEADERS[role]),
    ...input.rows.map((row) => [...row]),
  ];
  const periodColumn = COLUMN_ROLES.indexOf('period');
  const assessmentColumn = COLUMN_ROLES.indexOf('selfAssessment');
  const operations: WorkbookOperation[] = [
    { op: 'addSheet', sheet, replace: true },
    { op: 'writeBlock', sheet, row: 0, column: 0, values: block },
    { op: 'mergeCells', sheet, range: rangeAddress(0, 0, 0, last) },
    { op: 'setFormat', sheet, range: rangeAddress(0, 0, 0, last), format: { bold: true, fontSize: 14, horizontalAlignment: 'center' } },
    {
      op: 'setFormat',
      sheet,
      range: rangeAddress(headerRow, 0, headerRow, last),
      format: { bold: true, wrap: true, fill: HEADER_FILL, border: true, horizontalAlignment: 'center', verticalAlignment: 'center' },
    },
  ];
  if (input.rows.length > 0) {
    operations.push({ op: 'setFormat', sheet, range: rangeAddress(firstTaskRow, 0, lastTaskRow, last), format: { wrap: true, border: true, verticalAlignment: 'top' } });
  }
  operations.push(
    { op: 'setValidationList', sheet, range: rangeAddress(firstTaskRow, periodColumn, lastTaskRow + SPARE_ROWS, periodColumn), list: PERIODS },
    { op: 'setValidationList', sheet, range: rangeAddress(firstTaskRow, assessmentColumn, lastTaskRow + SPARE_ROWS, assessmentColumn), list: DEFAULT_VOCABULARY },
    { op: 'setColumnWidths', sheet, widths: WIDTHS },
    { op: 'freezeRows', sheet, count: headerRow + 1 },
    { op: 'setPageSetup', sheet, setup: { orientation: 'landscape', paperSize: 'A4', printTitleRows: { first: headerRow + 1, last: headerRow + 1 }, fitToWidth: true } },
  );
  return operations;
}
