/**
 * A target written as a part of a whole the task states first (`危房改造任务10081户，其中，建档立卡贫困户8513户`,
 * `开工建设15.44万套，其中包括保障性住房2.59万套、棚户区改造12.85万套`). Reports give the whole's rate (`竣工率达67.1%`,
 * `完成年度任务的41.5%`) and, where they have one, the part's own figures after a `其中` of their own: a rate of the whole
 * says nothing of how far one part has come, so a reviewer reads the part by its own figures or finds none.
 */
import { CodeTable } from '../../_lib/codeTable';

/** How far back the words that open a part are looked for: a sentence, not a pasted cell. */
const PART_REACH = 80;
const SENTENCE_MARK_CODES = new CodeTable(['。', '；', ';', '\n']);
const PART_OPENERS = ['其中', '包括'] as const;
/** `（其中63项已列入…），2022年计划投资57.35亿元`: a bracket closed after the opener ended the part before the figure. */
const CLOSING_BRACKETS = /[)）]/;
/**
 * `共720座。其中，2018年的任务为340座`: a part named by its time is the period's slice of a plan of several years, which the
 * report measures as a whole (its year's figures and share), not a part of another kind.
 */
const SLICE_OF_TIME = /\d{4}年|今年|当年|本年|年度|[上下]半年|[一二三四]季度/;
/**
 * `其中幼儿园4所，新增学位5000个`: the part runs to the end of its clause; a comma right after the opener (`其中，建档立卡贫困户…`,
 * `其中：`) only sets it off.
 */
const WHOLE_FIGURE = /[0-9０-９]/;
const OPENER_SET_OFF = /^(?:其中|包括)[，,：:]?/;
const CLAUSE_MARK = /[，,]/;
const RELATIVE_CLAUSE = '包括的';

/**
 * Whether the figure at `start` of a task or milestone text stands in the part of its sentence that `其中` or `包括`
 * opens, within the clause it opens, no bracket has closed since and no time names the part. Reads at most 80 characters back.
 *
 * @example
 * isPartOfWholeTarget('改造任务21286户,其中,建档立卡贫困户13208户。', 20) // true (at 13208)
 * isPartOfWholeTarget('改造任务21286户,其中,建档立卡贫困户13208户。', 4) // false (at 21286)
 */
export function isPartOfWholeTarget(text: string, start: number): boolean {
  let from = start;
  const limit = Math.max(0, start - PART_REACH);
  while (from > limit && !SENTENCE_MARK_CODES.has(text.charCodeAt(from - 1))) from -= 1;
  const before = text.slice(from, start);
  let opener = -1;
  for (const word of PART_OPENERS) opener = Math.max(opener, before.lastIndexOf(word));
  if (opener < 0) return false;
  // `今年农村危房改造，包括中央下达的任务7.1万户和…4.2万户`: with no whole stated before it, 包括 lists the targets themselves;
  // an opener that begins its sentence (`…20万户。其中，南疆…`) refers to the whole of the sentence before.
  // A part's whole is in its own cell: an opener that begins the cell (`其中平阳县任务数是11所`) refers to a whole another row
  // states, and the row's progress answers the row's own figure. `包括的` (`18项重点民生工程所包括的65个具体项目`) is the verb of
  // a clause that counts the whole again in smaller items, not the opener of a part.
  if (before.startsWith(RELATIVE_CLAUSE, opener)) return false;
  const opening = before.slice(0, opener);
  if (opening.trim() === '' && text.slice(0, from).trim() === '') return false;
  if (opening.trim() !== '' && !WHOLE_FIGURE.test(opening)) return false;
  const part = before.slice(opener);
  if (CLOSING_BRACKETS.test(part) || SLICE_OF_TIME.test(part)) return false;
  const clauses = part.replace(OPENER_SET_OFF, '');
  return !CLAUSE_MARK.test(clauses) || continuesPartsInOneUnit(text, start, clauses);
}

const FIGURE_AT = /^[0-9０-９][0-9０-９.．]*\s*/;
const UNIT_AFTER = /^[^\d０-９，,。；;、（()）\s]{1,3}/;
/** A clause of a list of parts: a few words naming the part, then its figure and unit (`改造配套 549 处`). */
const PART_CLAUSE = /^\s*[\u4e00-\u9fff]{1,10}\s*[0-9０-９][0-9０-９.．]*\s*(\S{1,3})\s*$/;

/**
 * `其中管网延伸 106 处,改造配套 549 处,新建 316 处`: the parts a 其中 opens run on over commas while each clause names a part
 * and its figure in the same unit as the figure at `start`; a clause in another unit (`其中幼儿园4所，新增学位5000个`) is a
 * target of its own.
 */
function continuesPartsInOneUnit(text: string, start: number, clauses: string): boolean {
  const figure = FIGURE_AT.exec(text.slice(start, start + 24));
  const unit = figure ? UNIT_AFTER.exec(text.slice(start + figure[0].length, start + figure[0].length + 3))?.[0] : undefined;
  if (!unit) return false;
  const all = clauses.split(CLAUSE_MARKS_ALL);
  const earlier = all.slice(0, -1);
  return PART_NAME.test(all[all.length - 1] ?? '') && earlier.length > 0 && earlier.every((clause) => PART_CLAUSE.exec(clause)?.[1] === unit);
}

const CLAUSE_MARKS_ALL = /[，,]/;
/** The words of the figure's own clause: a part's name only (`新建`, `棚户区改造`), not a work with its date (`年底前完成…`). */
const PART_NAME = /^\s*(?:(?!前|底)[\u4e00-\u9fff]){1,10}\s*$/;
