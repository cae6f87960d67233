/**
 * A performance table's cost indicator (`成本指标`, `培训成本`, `演出设备成本` in the 三级指标 cell) is a bound: the 指标值 cell's
 * sum without a sign (`15万元`, `400元/人、天`) is what the cost must not exceed, and a reviewer counts it met when the cost
 * stays at or under it (`按合同10.5万元`, `180元/人、天`). A sum per person and day there is that bound, not the standard of a
 * benefit (`每人每月补助600元` describes a payment). A cost to cut (`降低运输成本`) is a change to reach, and a sum with a sign
 * (`≤90万元`) says its own bound.
 */
import type { Quantity } from '../../numbers/types';
import { parseQuantities } from '../../numbers/parseQuantities';

const COST_NAMED = /成本/;
/** A cost to lower or save names a change, not a bound. */
const COST_CUT = /降低|下降|减少|节约|节省|压减|压降/;
/** The cell is one sum, perhaps per unit (`400元/人、天`), without a sign. */
const SUM_ALONE = /^\s*\d+(?:\.\d+)?\s*(?:万|亿)?元(?:\s*\/\s*[\u4e00-\u9fff、]{1,6})?\s*[。.]?\s*$/;

/**
 * The sum a milestone cell bounds the cost its task names by, or null when the task names no cost or the cell is no sum alone.
 *
 * @example
 * costBoundOf('成本指标', '15万元。')?.value // 150000
 * costBoundOf('培训成本', '400元/人、天')?.value // 400
 * costBoundOf('降低运输成本', '15万元') // null
 */
export function costBoundOf(taskText: string, milestoneText: string): Quantity | null {
  if (!COST_NAMED.test(taskText) || COST_CUT.test(taskText) || !SUM_ALONE.test(milestoneText)) return null;
  const [sum] = parseQuantities(milestoneText, { listIgnored: false }).quantities;
  return sum !== undefined && sum.unitClass === 'money' && sum.comparator === null ? sum : null;
}
