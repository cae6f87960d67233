/**
 * The figures a progress text reports (DOMAIN §4), each with the indicator it measures. A figure stated
 * with a planning comparator (`不少于39个`, `以上`) restates a plan rather than a result and is marked so.
 */
import type { Quantity } from '../numbers/types';
import { quantitiesInContext } from './_lib/quantitiesInContext';
import type { QuantityContext } from './_lib/describeQuantity';

export interface ReportedStatement {
  readonly quantity: Quantity;
  readonly context: QuantityContext;
  /** Stated like a target (`不少于`, `以上`, `力争`): a weaker witness of what was done. */
  readonly plannedFigure: boolean;
}

const PLANNING_WORDS = ['不少于', '不低于', '至少', '力争', '以上', '不超过', '不高于', '以内', '以下', '控制在'];

/**
 * @example
 * readReportedFigures('截至 9 月底，全市共完成“两癌”筛查 126825 人，完成年度任务的 81%。', 2021)
 *   .map((figure) => [figure.quantity.value, figure.context.indicator])
 * // [[126825, '“两癌”筛查'], [81, '年度任务']]
 */
export function readReportedFigures(text: string, year: number | null): ReportedStatement[] {
  return quantitiesInContext(text, year, false, (quantity, context): ReportedStatement => ({
    quantity,
    context,
    plannedFigure: quantity.comparatorText !== '' && PLANNING_WORDS.some((word) => quantity.comparatorText.includes(word)),
  }));
}
