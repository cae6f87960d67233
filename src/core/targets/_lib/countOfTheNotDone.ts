/**
 * `2017年项目未竣工1项:`, `去年批复项目尚未开工3个`, `上年交办问题未整改到位2件`: a count of the things not yet done, closing its
 * clause after the words that say so, is how the work stands — a tally a 通报 lists the laggards under — not an amount to reach.
 * An aim for those things says what is to become of them after the count (`确保未完工的3个项目年底前竣工`), and stays a target.
 */
import type { Quantity } from '../../numbers/types';
import { clauseAfter, clauseBefore } from './clauses';

/** `未`/`尚未`/`还未`/`没有`, a verb of works or handling, then at most a few words before the count. */
const NOT_DONE_BEFORE = /(?:未|尚未|还未|仍未|没有)(?:竣工|完工|开工|开复工|复工|完成|建成|启动|实施|整改|办结|销号|验收|投产|到位)[^，,。；;\d０-９]{0,6}$/;
/** Words of an aim in the clause: the things not yet done are to be done. */
const AIM_BEFORE = /确保|力争|争取|计划|要求|督促|推动|加快|必须|务必|要|将/;
const CLAUSE_REACH = 24;
const NOT_CODE = '未';
const NOT_CODE_REACH = 10;

/**
 * Whether a count tallies things said not yet done, at the end of its clause.
 *
 * @example
 * isCountOfTheNotDone('2017年项目未竣工1项:', quantityOf('1项')) // true
 * isCountOfTheNotDone('确保未完工的3个项目年底前竣工', quantityOf('3个')) // false
 */
export function isCountOfTheNotDone(text: string, quantity: Quantity): boolean {
  if (quantity.unitClass !== 'count') return false;
  if (isStillNotDoneAfter(text, quantity)) return true;
  // Most counts have no 未 or 没有 shortly before them: one look before any clause is read.
  const near = text.slice(Math.max(0, quantity.span.start - NOT_CODE_REACH), quantity.span.start);
  if (!near.includes(NOT_CODE) && !near.includes('没有')) return false;
  const clause = clauseBefore(text, quantity.span.start, CLAUSE_REACH);
  if (!NOT_DONE_BEFORE.test(clause) || AIM_BEFORE.test(clause)) return false;
  return clauseAfter(text, quantity.span.end, CLAUSE_REACH).trim() === '';
}

/**
 * The same tally said the other way round, the count first (`全区仍有52万户农村危房尚未得到改造`, `还有3个项目未开工`): `仍有` or
 * `还有` before the count and the words that say not yet done after it, in one clause.
 */
const STILL_HAVING_BEFORE = /(?:仍然有|仍有|还有|尚有)[\u4e00-\u9fff]{0,2}\s*$/;
const NOT_DONE_AFTER = /^[^，,。；;\d０-９]{0,14}?(?:未|尚未|还未|仍未|没有)(?:得到|实现)?(?:竣工|完工|开工|复工|完成|建成|启动|实施|整改|改造|解决|脱贫|销号|验收|投产|到位|通畅|通达|通|覆盖|达标)/;
const STILL_REACH = 16;

function isStillNotDoneAfter(text: string, quantity: Quantity): boolean {
  const clause = clauseBefore(text, quantity.span.start, STILL_REACH);
  if (!STILL_HAVING_BEFORE.test(clause) || AIM_BEFORE.test(clause)) return false;
  return NOT_DONE_AFTER.test(text.slice(quantity.span.end, quantity.span.end + CLAUSE_REACH));
}
