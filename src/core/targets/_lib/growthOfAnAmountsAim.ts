/**
 * An amount's aim given as a bare percent in a table (`规上工业总产值 | 年度目标 8%`, `一般公共预算收入 年度目标：6%以上`):
 * an amount (产值, 收入, 投资, 总额…) is never a percent of itself, so a percent written as its year's aim is how far it is
 * to grow, and the reported change (`增幅 11.1%`, `同比增长9%`) measures it. A rate's aim (`森林覆盖率 | 年度目标 60%`) is a
 * level and stays one. Reached only for a percent no direction word stands beside.
 */
import type { Quantity } from '../../numbers/types';
import type { Direction } from './quantityDirection';

/** The aim's own label right before the figure: `年度目标`, `全年预期目标为`, `目标值：`. */
const AIM_LABEL = /(?:年度|全年|本年|年)?(?:预期)?目标(?:值)?(?:为|是)?[:：]?\s*$/;
/** The amount the label belongs to, named last before it (a column's separator or a space between). */
const AMOUNT_BEFORE_LABEL = /(?:产值|增加值|总额|收入|营收|投资|税收|产量|利润|销售额|交易额|营业额|出口|进口|进出口)\s*[|｜:：]?\s*$/;
/** How far back the label and its amount are looked for: `营业收入 | 全年预期目标为` fits. */
const LOOKBACK = 24;

/**
 * The direction of a percent aim of an amount, or null when the figure is no such aim.
 *
 * @example
 * growthOfAnAmountsAim('工业总产值 | 年度目标 8%', quantityOf('8%')) // 'up'
 * growthOfAnAmountsAim('森林覆盖率 | 年度目标 60%', quantityOf('60%')) // null: a rate's level
 */
export function growthOfAnAmountsAim(text: string, quantity: Quantity): Direction {
  if (quantity.unitClass !== 'percent') return null;
  const before = text.slice(Math.max(0, quantity.span.start - LOOKBACK), quantity.span.start);
  const label = AIM_LABEL.exec(before);
  if (label === null) return null;
  return AMOUNT_BEFORE_LABEL.test(before.slice(0, label.index)) ? 'up' : null;
}
