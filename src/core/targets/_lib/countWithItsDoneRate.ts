/**
 * `排查一般隐患1200处,整改率100%`, `受理办结投诉356件，办结率98.6%`: a count followed at once by the rate at which that very work is
 * done (the rate's verb, `整改`, `办结`, is a word of the count's clause) tells how the work stands: the count is what was
 * found or handled and the rate how much of it is already done. Neither is an aim, unless a word of intent (`力争`, `确保`,
 * `要求`) is written in either clause. Reached only for a count that a `…率` clause follows, or a rate after a count.
 */
import type { Quantity } from '../../numbers/types';
import { clauseBefore } from './clauses';

/** The rate's clause right after the count: its verb (two characters) before `率`, then the figure. */
const RATE_AFTER = /^\s*[，,]\s*([\u4e00-\u9fff]{2})率(?:为|达到?|是)?\s*[0-9０-９]/;
/** The rate's own clause before its figure: the verb and `率`, nothing else. */
const RATE_BEFORE = /^\s*([\u4e00-\u9fff]{2})率(?:为|达到?|是)?\s*$/;
/** The count's figure ends the clause before the rate: digits, a counting word of one or two characters. */
const COUNT_ENDS_CLAUSE = /[0-9０-９][\u4e00-\u9fff]{1,2}\s*$/;
const CLAUSE_COMMA = /[，,]/;
const REACHED = /^达到?\s*[0-9０-９]/;
const INTENT = /力争|确保|争取|计划|目标|要求|任务|将|要|应/;
const CLAUSE_REACH = 30;
const AFTER_REACH = 12;

/** Whether a count is told with the rate at which it is already done, right after it. */
export function isCountWithItsDoneRate(text: string, quantity: Quantity): boolean {
  if (quantity.comparator !== null || (quantity.unitClass !== 'count' && quantity.unitClass !== 'measure')) return false;
  const rate = RATE_AFTER.exec(text.slice(quantity.span.end, quantity.span.end + AFTER_REACH));
  if (rate === null) return false;
  const clause = clauseBefore(text, quantity.span.start, CLAUSE_REACH);
  return clause.includes(rate[1] ?? '') && !INTENT.test(clause);
}

/** Whether a rate is the done share of the count told right before it (`…1200处,整改率100%`). */
export function isDoneRateOfTheCountBefore(text: string, quantity: Quantity): boolean {
  // `整改率达91.1%`: a 达 read as the figure's comparator says where the rate stands, as a bare figure does.
  if ((quantity.comparator !== null && !REACHED.test(quantity.text)) || quantity.unitClass !== 'percent') return false;
  const own = clauseBefore(text, quantity.span.start, CLAUSE_REACH);
  const rate = RATE_BEFORE.exec(own);
  const mark = quantity.span.start - own.length - 1;
  if (rate === null || mark < 0 || !CLAUSE_COMMA.test(text.charAt(mark))) return false;
  const countClause = clauseBefore(text, mark, CLAUSE_REACH);
  return COUNT_ENDS_CLAUSE.test(countClause) && countClause.includes(rate[1] ?? '') && !INTENT.test(countClause);
}
