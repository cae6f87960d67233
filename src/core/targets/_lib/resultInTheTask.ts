/**
 * `今年全省新开工目标为40万套,实际分解落实860个项目、43.6万套,超目标任务9个百分点`: a task cell that goes on from its aim to what
 * was actually done states a result, not a second aim. Two shapes:
 * - a figure whose clause, before it, says `实际` (actually) after an aim stated with its figure in the sentence: what was done
 *   or assigned, set against that aim;
 * - how far a result passed the plan (`超目标任务9个百分点`, `超计划120户`): the difference of a result and the aim.
 * A word of intent in the clause (`力争实际完成…`, `确保超计划…`) keeps the figure an aim.
 */
import type { Quantity } from '../../numbers/types';
import { clauseBefore } from './clauses';

const CLAUSE_REACH = 30;
/**
 * `实际分解落实`, `实际完成`: 实际 as an adverb before the verb of what was done. Not `实际上` (in fact), `实际需要`, `实际情况`, nor
 * the 实际 of `结合实际`, `根据实际`, `从实际出发` (the conditions a plan is fitted to).
 */
const ACTUAL_BEFORE = /(?<!结合|根据|按照|依据|立足|切合|符合|联系|[从按据照])实际(?![上的需情困要])[^，,。；;]*$/;
/** `超目标任务`, `超过年度计划`, `超出任务数`, right before the figure. */
const OVER_THE_PLAN_BEFORE = /超(?:出|过)?(?:年度|全年)?(?:目标|任务|计划)(?:任务|数)?\s*$/;
const INTENT = /力争|确保|争取|计划|目标|要求|将|要/;

/**
 * Whether a figure of a task cell states what was actually done, or how far it passed the plan.
 *
 * @example
 * isResultInTheTask('目标为40万套,实际落实43.6万套', quantityOf('43.6万套')) // true
 * isResultInTheTask('目标为40万套,实际落实43.6万套', quantityOf('40万套'))   // false
 */
export function isResultInTheTask(text: string, quantity: Quantity): boolean {
  if (quantity.comparator !== null) return false;
  const clause = clauseBefore(text, quantity.span.start, CLAUSE_REACH);
  if (OVER_THE_PLAN_BEFORE.test(clause)) {
    const before = clause.slice(0, clause.lastIndexOf('超'));
    return !INTENT.test(before);
  }
  const actual = clause.lastIndexOf('实际');
  if (actual < 0 || !ACTUAL_BEFORE.test(clause) || INTENT.test(clause.slice(actual))) return false;
  // `实际利用外资增长10%` alone names an indicator: only after an aim stated with its figure in the sentence is 实际 what was done.
  return AIM_WITH_FIGURE.test(sentenceBefore(text, quantity.span.start - clause.length + actual));
}

/** An aim and its figure: a plan's word, then digits (`新开工目标为40万套`). */
const AIM_WITH_FIGURE = /(?:目标|计划|任务)[^。；;]{0,20}?[0-9０-９]/;
const SENTENCE_MARKS = /[。；;！!？?\n]/;
const SENTENCE_REACH = 80;

/** The sentence before `end`, at most a reach back. */
function sentenceBefore(text: string, end: number): string {
  const before = text.slice(Math.max(0, end - SENTENCE_REACH), end);
  let opening = before.length;
  while (opening > 0 && !SENTENCE_MARKS.test(before.charAt(opening - 1))) opening -= 1;
  return before.slice(opening);
}
