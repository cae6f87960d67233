/**
 * A plan stated twice in one text, the second time with how much it changed (`总投资199亿元,年度计划投资46.8亿元…调整后…总投资206亿元,
 * 增加3.5%,年度计划投资49亿元,增加5.5%`): the change is the plan's own, against its first figure, as `isChangeOfThePlan` reads a
 * plan's change against last year's. It says what the plan now is; no progress answers it. A change after a plan's noun met for
 * the first time (`年度投资计划100亿元,增长10%`) may be the growth the plan aims at, and stays a target.
 */
import type { Quantity } from '../../numbers/types';
import { clauseBefore } from './clauses';

/** A clause that is only the change, with no comparison of its own (`增加3.51%`, `增长5%`). */
const BARE_CHANGE_CLAUSE = /^\s*(?:增加|增长|提高|减少|下降|调增|调减)了?\s*$/;
/** The clause before: a plan's noun (as `planComparedWithLastYear` names them) and its figure, ending on the comma before the change. */
const PLAN_FIGURE_BEFORE = /(年度计划投资|年计划投资|年度投资计划|年度投资|计划投资|投资计划|概算总投资|总投资)(?:为|约|达|共|调整为|达到)?\s*[0-9０-９][0-9０-９.．]*\s*(?:万|亿)?元\s*[，,]\s*$/;
const CLAUSE_REACH = 12;
const PLAN_FIGURE_REACH = 30;
/** How far back the plan's first figure is looked for: the plan and its revision are told in one passage. */
const FIRST_FIGURE_REACH = 200;

/**
 * Whether a percent or sum is the change of a plan the text has stated once already.
 *
 * @example
 * isChangeOfARestatedPlan('年度计划投资20亿元,后调整为年度计划投资22亿元,增加10%', quantityOf('10%')) // true
 * isChangeOfARestatedPlan('年度投资计划100亿元,增长10%', quantityOf('10%')) // false
 */
export function isChangeOfARestatedPlan(text: string, quantity: Quantity): boolean {
  if (quantity.unitClass !== 'percent' && quantity.unitClass !== 'money') return false;
  const clause = clauseBefore(text, quantity.span.start, CLAUSE_REACH);
  if (!BARE_CHANGE_CLAUSE.test(clause)) return false;
  const clauseStart = quantity.span.start - clause.length;
  const windowStart = Math.max(0, clauseStart - PLAN_FIGURE_REACH);
  const before = PLAN_FIGURE_BEFORE.exec(text.slice(windowStart, clauseStart));
  if (before === null) return false;
  const noun = before[1] ?? '';
  // The same noun earlier in the text: the plan's first figure, which the change is reckoned from.
  const nounAt = windowStart + before.index;
  return nounAt > 0 && text.slice(Math.max(0, nounAt - FIRST_FIGURE_REACH), nounAt).includes(noun);
}
