/** The blank standard progress sheet (DOMAIN §1), ready to fill in, print and check. */
import { DEFAULT_VOCABULARY } from '../text/selfAssessment';
import type { WorkbookOperation } from '../ports';
import type { CalendarDate } from '../report/types';
import { COLUMN_ROLES } from '../report/types';
import {
  dateLine,
  formatProgressSheet,
  STANDARD_HEADER_ROW,
  STANDARD_TITLE_ROW,
  standardHeaderTexts,
  standardTitle,
  unitLine,
} from './standardLayout';

export interface TemplateOptions {
  readonly sheet: string;
  readonly year: number;
  /** The period label the title names (`三季度`). */
  readonly period: string;
  readonly unit?: string;
  readonly reportDate?: CalendarDate | null;
  /** Blank body rows that get borders, wrap and drop-downs. */
  readonly bodyRows?: number;
  readonly selfAssessments?: readonly string[];
  /** Replace a sheet of the same name instead of failing on it. */
  readonly replace?: boolean;
}

const DEFAULT_BODY_ROWS = 50;

/**
 * @example
 * generateTemplate({ sheet: '三季度', year: 2021, period: '三季度', unit: '济南市卫生健康委' })
 * // [{ op: 'addSheet', sheet: '三季度', replace: false }, { op: 'writeBlock', … }, …]
 */
export function generateTemplate(options: TemplateOptions): WorkbookOperation[] {
  const { sheet } = options;
  const bodyRows = Math.max(1, options.bodyRows ?? DEFAULT_BODY_ROWS);
  return [
    { op: 'addSheet', sheet, replace: options.replace ?? false },
    {
      op: 'writeBlock',
      sheet,
      row: STANDARD_TITLE_ROW,
      column: 0,
      values: [
        [standardTitle(options.year, options.period)],
        [unitLine(options.unit ?? '')],
        [dateLine(options.reportDate ?? null)],
        standardHeaderTexts(),
      ],
    },
    ...formatProgressSheet({
      sheet,
      titleRow: STANDARD_TITLE_ROW,
      headerRow: STANDARD_HEADER_ROW,
      columnRoles: COLUMN_ROLES,
      lastBodyRow: STANDARD_HEADER_ROW + bodyRows,
      selfAssessments: options.selfAssessments ?? DEFAULT_VOCABULARY,
    }),
  ];
}
