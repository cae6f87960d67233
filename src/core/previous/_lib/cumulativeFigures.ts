/**
 * The figures of a progress text that may not go down from one report to the next: totals to date
 * (`累计完成…`, `完成…`, `已建成…`) and shares of the year's task, read by the targets engine
 * (`readReportedFigures`). A change (`增长7%`), an addition of the period (`新增`, `本季度`), a restated plan,
 * a baseline, a part and a rate (`失业率3.3%`) all may.
 */
import type { Quantity } from '../../numbers/types';
import { readReportedFigures, type ReportedStatement } from '../../targets/readReportedFigures';

export interface CumulativeFigure {
  readonly quantity: Quantity;
  readonly indicator: string;
  /** What it compares with (`targetKind`): the same kind of count, money, share … */
  readonly kind: string;
}

/**
 * A single quarter or month named in the figure's sentence (`二季度签约…`, `9月份完成…`, `本月`): that figure
 * counts one period, not the year to date. 一季度 is the year to date at the first quarter, and `前三季度`,
 * `1-9月`, `截至9月底` are totals, so they do not count as single periods.
 */
const SINGLE_PERIOD = /(?:^|[^前一、至到\-—–~])[二三四]季度|第[二三四]季度|本季度|当季|本月|当月|单月|(?:^|[^\d\-—–~至到])(?:[2-9]|1[0-2])月份(?!以来)/;
/**
 * A comparison with last year in the figure's clause (`同比增收197,017万元`, `比上年增加…`): the change, not the
 * total, even where no word of direction the targets engine knows stands before it.
 */
const YEAR_ON_YEAR = /同比|比上年|较上年|比去年|较去年|比上年同期|较上年同期/;
/** Only a total to date (an actual) or a share of the year's task; every other role may fall. */
const CUMULATIVE_ROLES: ReadonlySet<ReportedStatement['role']> = new Set(['actual', 'share']);

function isCumulative(statement: ReportedStatement, text: string): boolean {
  const { quantity, role, direction } = statement;
  if (!CUMULATIVE_ROLES.has(role) || direction !== null) return false;
  if (quantity.kind !== 'single' || quantity.comparator === '<=') return false;
  // A rate or a level (`失业率3.3%`, `涨幅2.8%`) may fall; a share of the year's task may not.
  if ((quantity.unitClass === 'percent' || quantity.unitClass === 'points') && role !== 'share') return false;
  const sentence = text.slice(statement.context.sentenceStart, quantity.span.start);
  if (SINGLE_PERIOD.test(sentence)) return false;
  return !YEAR_ON_YEAR.test(clauseBefore(text, quantity.span.start));
}

/**
 * @example
 * cumulativeFigures('截至9月底，累计完成投资5.2亿元，三季度新增1.1亿元。', 2021).map((figure) => figure.quantity.value)
 * // [520000000]
 */
export function cumulativeFigures(text: string, year: number | null): CumulativeFigure[] {
  if (text.trim() === '') return [];
  return readReportedFigures(text, year)
    .filter((statement) => isCumulative(statement, text))
    .map((statement) => ({ quantity: statement.quantity, indicator: statement.context.indicator.trim(), kind: statement.kind }))
    .filter((figure) => figure.indicator !== '');
}

/** The clause of a figure before it: from the last comma or full stop. */
function clauseBefore(text: string, start: number): string {
  const before = text.slice(Math.max(0, start - 40), start);
  const cut = Math.max(...['，', ',', '。', '；', ';', '\n'].map((mark) => before.lastIndexOf(mark)));
  return before.slice(cut + 1);
}
