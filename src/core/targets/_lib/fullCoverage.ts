/**
 * `全覆盖` in a task (`实现…移动支付全覆盖`, `推进垃圾分类全覆盖`, `年底前实现…经费补助全覆盖`) aims at covering all of it:
 * a reviewer reads it as a level of 100%, as `覆盖率100%`, and checks the coverage the progress gives (`覆盖率达到100%`,
 * `占总户数67%`). It is no target where a count of the same clause brings the whole about (`对全市34所学校实行课后服务全覆盖`,
 * `再开设1家…,实现…全覆盖`): that count is the target. Nor is it one where it qualifies a way of working
 * (`全覆盖式排查`, `开展全覆盖检查`): the words after it must close the clause.
 */
import type { Quantity } from '../../numbers/types';
import { clauseBefore } from './clauses';
import { percentQuantityOver } from './percentInWords';

const FULL_COVERAGE = '全覆盖';
/** What may follow the words for them to be the aim itself: the end of a clause or a bracket of dates. */
const CLAUSE_CLOSES = /^(?:目标)?\s*(?:$|[，,。；;：:！!？?、（(\n])/;
const CLAUSE_REACH = 40;
/** A count or amount before it in its clause, or closing the clause before one that opens with `实现`. */
const COUNT_IN_CLAUSE = /\d\s*(?:个|家|所|处|座|项|件|户|人|名|村|条|套|台|辆|支|间)/;
const ACHIEVED_CLAUSE = /^\s*(?:从而|进而|以|并)?\s*实现/;

/**
 * The levels of 100% a task text aims at in the words `全覆盖`, as quantities at those words.
 *
 * @example
 * fullCoveragesIn('市区公交车实现移动支付全覆盖。').map((quantity) => quantity.value) // [100]
 * fullCoveragesIn('对全市34所学校实行课后服务全覆盖。') // []
 */
export function fullCoveragesIn(text: string): Quantity[] {
  let at = text.indexOf(FULL_COVERAGE);
  if (at < 0) return [];
  const found: Quantity[] = [];
  while (at >= 0) {
    const end = at + FULL_COVERAGE.length;
    if (isCoverageAim(text, at, end)) found.push(coverageQuantity(at));
    at = text.indexOf(FULL_COVERAGE, end);
  }
  return found;
}

/** A progress says the coverage reached (`实现了农村义务教育学生全覆盖`, `已实现全覆盖`), not planned (`力争年底实现全覆盖`). */
const REACHED_BEFORE = /(?:实现了|已实现|已经实现|已全面实现|已)[^，,。；;]{0,20}$/;
const PLANNED_BEFORE = /力争|计划|将|预计|确保|争取|要/;

/**
 * The coverage a progress text says reached in the words `全覆盖`, as the share 100% at those words: the README's
 * `实现了…全覆盖` is the share 100%, as `已全部完成` is.
 *
 * @example
 * coverageReachedIn('上半年,…实现了农村义务教育学生全覆盖。').map((quantity) => quantity.value) // [100]
 * coverageReachedIn('力争年底实现全覆盖。') // []
 */
export function coverageReachedIn(text: string): Quantity[] {
  let at = text.indexOf(FULL_COVERAGE);
  if (at < 0) return [];
  const found: Quantity[] = [];
  while (at >= 0) {
    const end = at + FULL_COVERAGE.length;
    const clause = clauseBefore(text, at, CLAUSE_REACH);
    if (REACHED_BEFORE.test(clause) && !PLANNED_BEFORE.test(clause) && CLAUSE_CLOSES.test(text.slice(end, end + 4))) found.push(coverageQuantity(at));
    at = text.indexOf(FULL_COVERAGE, end);
  }
  return found;
}

/**
 * Whether a row's milestone states a count of things or people (`18个` beside `推行“一村一辅警”全覆盖`): the count that
 * brings the task's whole about, the target in place of `全覆盖`.
 */
export function countBringsCoverageAbout(milestone: readonly { readonly quantity: Quantity }[]): boolean {
  return milestone.some(({ quantity }) => quantity.unitClass === 'count' || quantity.unitClass === 'people');
}

/** Words of a percent that say what share of the whole is covered (`100%覆盖`, `覆盖率达到100%`, `占总户数67%`, `占比`). */
const COVERAGE_WORDS = /覆盖|占总|占全|占比/;

/** Whether a reported percent measures a coverage: it is said of covering or of a share of the whole. */
export function measuresCoverage(figure: Quantity, phrase: string): boolean {
  return figure.unitClass === 'percent' && COVERAGE_WORDS.test(phrase);
}

/** Whether a quantity is the level `全覆盖` aims at, read from the words. */
export function isFullCoverage(quantity: Quantity): boolean {
  return quantity.text === FULL_COVERAGE && quantity.unitClass === 'percent';
}

function isCoverageAim(text: string, start: number, end: number): boolean {
  if (!CLAUSE_CLOSES.test(text.slice(end, end + 4))) return false;
  const clause = clauseBefore(text, start, CLAUSE_REACH);
  if (COUNT_IN_CLAUSE.test(clause)) return false;
  const clauseStart = start - clause.length;
  return !(ACHIEVED_CLAUSE.test(clause) && COUNT_IN_CLAUSE.test(clauseBefore(text, Math.max(0, clauseStart - 1), CLAUSE_REACH)));
}

/** `全覆盖` at `start`, read as 100%. */
function coverageQuantity(start: number): Quantity {
  return percentQuantityOver(100, FULL_COVERAGE, start);
}
