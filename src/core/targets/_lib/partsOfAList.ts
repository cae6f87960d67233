/**
 * 其中 breaks down what the words before it count. Where that count is the size of a list of projects and no target
 * (`重点项目共86个，总投资…。其中新开工项目40个、续建项目46个`), its parts describe the list as well: how many of its
 * projects are new, what share of its money goes to one kind (`其中先进制造业项目投资占比达30%以上`). Where the whole
 * is a target (`搬迁安置1.2万人，其中贫困人口8000人`), its parts stay targets.
 */
import type { Quantity } from '../../numbers/types';

const OF_WHICH = '其中';
/** The sentence 其中 reads back into ends at these marks (a clause mark does not: `共86个，其中…`). */
const SENTENCE_END_AT_END = /[。；;！!？?\n][\s,，：:]*$/;
const LAST_SENTENCE_END = /[。；;！!？?\n][^。；;！!？?\n]*$/;
/** The words from 其中 to a part: its own clause, after a mark that may follow 其中 itself. */
const PART_CLAUSE = /^[\s,，：:]*[^，,。；;！!？?\n)）]*$/;
/** How far back 其中 is looked for before a figure, and how far back the whole it breaks down. */
const PART_REACH = 60;
const WHOLE_REACH = 160;

/** A clause that ends on a figure, its counting word captured: `各市项目122项`. */
const CLAUSE_ENDING_ON_A_FIGURE = /[0-9０-９]\s*(?:万|千)?\s*([\u4e00-\u9fff]{1,2})\s*$/;
const CLAUSE_MARKS = /[，,]/;
/**
 * Parts told by what is done to them (`其中管网延伸106处,改造配套549处,新建316处`) are works of their own, each a target with
 * its whole; only parts told by their kind or level (`各市项目`, `跨市域项目`) run on as a breakdown.
 */
const WORKS_BY_WHAT_IS_DONE = /新建|改建|扩建|改造|建设|建成|延伸|实施|完成|开工|竣工|提升|整治|治理|新增/;

/**
 * `其中各市项目122项,跨市域项目4项`: the words from 其中 to a part run over clauses that each end on a part in the same counting
 * word, told by kind, and no sentence ends between; the breakdown goes on clause after clause. Read only where the part's own clause test
 * fails, after a 其中 within reach.
 */
function isRunOfParallelParts(between: string, unit: string): boolean {
  if (unit === '' || /[。；;！!？?\n)）]/.test(between) || WORKS_BY_WHAT_IS_DONE.test(between)) return false;
  const clauses = between.split(CLAUSE_MARKS);
  if (clauses.length < 2) return false;
  return clauses.slice(0, -1).every((clause) => {
    const end = CLAUSE_ENDING_ON_A_FIGURE.exec(clause);
    return end !== null && (end[1] ?? '').startsWith(unit);
  });
}

/**
 * Where the words that 其中 breaks down for the figure at `start` begin and end, or null when no 其中 opens its sentence
 * part: the clause before 其中 in its sentence, or the sentence before when 其中 opens one.
 */
function wholeBefore(text: string, start: number, unit: string): { from: number; to: number } | null {
  const partFrom = Math.max(0, start - PART_REACH);
  const at = text.lastIndexOf(OF_WHICH, start - OF_WHICH.length);
  // 其中 governs its own clause (`其中：新开工项目40个、续建项目46个`), not what follows a comma or a closed parenthesis,
  // unless the clauses between are parts in the same counting word (`其中各市项目122项,跨市域项目4项`).
  if (at < partFrom) return null;
  const between = text.slice(at + OF_WHICH.length, start);
  if (!PART_CLAUSE.test(between) && !isRunOfParallelParts(between, unit)) return null;
  const before = text.slice(Math.max(0, at - WHOLE_REACH), at);
  const offset = at - before.length;
  // `…投资213亿元。其中新开工…`: 其中 opens its sentence and breaks down the sentence before.
  const opensSentence = SENTENCE_END_AT_END.test(before) || before.trim() === '';
  const body = opensSentence ? before.replace(SENTENCE_END_AT_END, '') : before;
  const lastEnd = LAST_SENTENCE_END.exec(body);
  return { from: offset + (lastEnd ? lastEnd.index + 1 : 0), to: offset + body.length };
}

/**
 * Whether `part` stands after 其中 that breaks down the words counting `list`.
 *
 * @example
 * isPartOfList('重点项目共86个，总投资120亿元。其中新开工项目40个', quantityOf('40个'), quantityOf('86个')) // true
 */
export function isPartOfList(text: string, part: Quantity, list: Quantity): boolean {
  // `…项目2903个,总投资为43953亿元,其中今年内投资目标为9062亿元`: a sum after 其中 is the list's money, no part of its count.
  if (list.span.end > part.span.start || (part.unitClass === 'money' && list.unitClass !== 'money')) return false;
  const whole = wholeBefore(text, part.span.start, part.unit);
  return whole !== null && list.span.start >= whole.from && list.span.end <= whole.to;
}
