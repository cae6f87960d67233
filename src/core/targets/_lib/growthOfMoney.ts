/**
 * A growth rate of money spent (`重大项目开累完成投资增长1.7%`, `完成投资同比下降3%`) measures works by their money, as the
 * amount itself does (`完成投资131亿元`): a progress that gives only such rates reports the projects by money and counts none
 * of them, so a count of projects beside it names the group the money is spent on (`projectCountsLeft`).
 */
import type { ReportedStatement } from '../readReportedFigures';

/** The money whose change the rate gives, in the figure's own words: investment or funds spent. */
const MONEY_SPENT = /投资|资金/;

/**
 * Whether a figure of the progress is a result's change of money spent against an earlier time.
 *
 * @example
 * isGrowthOfMoneySpent(figureOf('全省重大项目开累完成投资增长1.7%')) // true
 * isGrowthOfMoneySpent(figureOf('投资完成率为51%')) // false: a share of the plan, not a change
 * isGrowthOfMoneySpent(figureOf('农民收入增长8%')) // false: no money spent
 */
export function isGrowthOfMoneySpent(figure: ReportedStatement): boolean {
  if (figure.kind !== 'percent' || figure.direction === null) return false;
  if (figure.role !== 'actual' && figure.role !== 'new') return false;
  return MONEY_SPENT.test(figure.context.indicator);
}
