/**
 * `新开工棚改住房7899套,占年度目标任务的72.3%` in a row whose targets are 10918套 to start and 10813套 and 11564套 to build: the
 * report gives the plan it reckons the amount against, as the amount over the share (7899 / 72.3% ≈ 10925). Where that plan is
 * another target of the row, the amount and its share answer that target, and not this one — whatever stage of works the amount
 * counts. The plan is allowed the rounding of the share as written (`72.3%` stands for 72.25%–72.35%).
 */

import { decimalsWritten } from './statedRates';

/** Relative slack beside the share's rounding: reports reckon against a plan rounded too. */
const RECKONING_SLACK = 0.005;

/** Whether `amount` over `sharePercent` gives the plan `planValue`, within the share's rounding. */
function fitsThePlan(planValue: number, amount: number, sharePercent: number): boolean {
  const plan = (amount * 100) / sharePercent;
  const rounding = (0.5 * 10 ** -decimalsWritten(String(sharePercent))) / sharePercent;
  return Math.abs(plan - planValue) <= (rounding + RECKONING_SLACK) * planValue;
}

/**
 * Whether the plan an amount and its share give (`amount` / `sharePercent`) is not `targetValue` but the figure of another of
 * the row's targets counted alike (`otherTargetValues`): the share reckons the amount against that target. A plan that fits no
 * target of the row (rounded targets, an adjusted plan) says nothing against this one.
 *
 * @example
 * isShareOfAnotherPlan(11564, 7899, 72.3, [10918, 10813]) // true  (the plan is about 10925: 10918's)
 * isShareOfAnotherPlan(10918, 7899, 72.3, [10813, 11564]) // false
 */
export function isShareOfAnotherPlan(targetValue: number, amount: number, sharePercent: number, otherTargetValues: Iterable<number>): boolean {
  if (sharePercent <= 0 || targetValue <= 0 || amount <= 0 || fitsThePlan(targetValue, amount, sharePercent)) return false;
  for (const other of otherTargetValues) if (other > 0 && other !== targetValue && fitsThePlan(other, amount, sharePercent)) return true;
  return false;
}
