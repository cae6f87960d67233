/**
 * Done words that open their clause right after a clause closing on an amount of one work (`新(改)建龙茶线7.7公里,已全部完成`)
 * say that work is done, the amount being how much of it there is: they are no share 100% of the row's whole, whose other
 * works keep their own figures or none. A clause that states the plan (`全年任务15个,已全部完成`, `共计8所,均已建成`) is the
 * whole, and the words stay said of it.
 */
import { clauseBefore } from './clauses';

/** A clause closing on a number and its counting word or unit (`7.7公里`, `12个`, `300m`), a comma after it. */
const AMOUNT_CLOSING = /[0-9０-９](?:\.[0-9]+)?\s*(?:[\u4e00-\u9fa5]{1,2}|[a-zA-Z²]{1,3})\s*$/u;
/** Words that make the amount the plan or the whole (`计划`, `任务`, `共`, `全年`), of which the done words are said. */
const PLAN_OR_WHOLE = /计划|任务|目标|指标|全年|年度|共|总|合计|全部/;
/** How far back the clause of the amount is read. */
const AMOUNT_CLAUSE_REACH = 40;

/**
 * Whether the done words at `wordsAt`, after the words `before` of their own clause, are said of the amount closing the clause
 * before them.
 *
 * @example
 * isDoneOfTheAmountBefore('新建绿道7.7公里,已全部完成', 10, '') // true
 * isDoneOfTheAmountBefore('全年任务15个,已全部完成', 8, '') // false
 */
export function isDoneOfTheAmountBefore(progress: string, wordsAt: number, before: string): boolean {
  if (before.trim() !== '') return false;
  const mark = wordsAt - before.length - 1;
  const markCode = progress.charCodeAt(mark);
  // A comma joins the two clauses into one statement; a full stop or semicolon ends the amount's.
  if (markCode !== 0x2c && markCode !== 0xff0c) return false;
  const amountClause = clauseBefore(progress, mark, AMOUNT_CLAUSE_REACH);
  return AMOUNT_CLOSING.test(amountClause) && !PLAN_OR_WHOLE.test(amountClause);
}

