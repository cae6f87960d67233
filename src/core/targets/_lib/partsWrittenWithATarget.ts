/**
 * Parts written with a target in a bracket that opens on `其中` or `包含` (`共2100户(其中:第一批808户…;第二批1292户…)`,
 * `受益人口107万户、452万人(其中建档立卡贫困户12.5万户、51万人)`, `新(扩)建幼儿园80所(其中公办30所以上)`) are aims the plan
 * sets for each part, due with the whole: targets of their own, answered by the progress's figure for the part and
 * `no-figure` without one. A part is one only where a target stands before the bracket in the part's own unit and above
 * it: parts of a sum that is no target (`补助资金2077万元(其中…606万元)`) are none, and a bare bracket that spells the whole
 * out member by member, without `其中` (`146所学校(74所中小学和72所幼儿园)`), stays the whole's split. A bracket that counts
 * projects (`(其中,投产项目5宗,续建项目28宗,新开工项目39宗)`, `(其中货币化安置项目5个,6287户)`) sorts a list by kind or parts
 * the projects a work involves: the list's own rule decides whether its parts are measured.
 */
import type { Quantity } from '../../numbers/types';
import { enclosingBracketStart } from './brackets';

/** How far back the bracket's opening is looked for: a list of parts runs long. */
const PARTS_REACH = 320;
/** The words that open a bracket of parts, after the bracket and an optional colon. */
const PARTS_OPENING = /^[\s:：,，]*(?:其中|包含)/;
const OPENING_WORDS_REACH = 6;
/** A count of projects, either way round (`项目5个`, `5个项目`, `续建项目28宗`). */
const PROJECTS_COUNTED = /(?:项目|項目)\s*\d+(?:\.\d+)?\s*[个項项宗]|\d+(?:\.\d+)?\s*[个项宗]\s*(?:[\u4e00-\u9fff]{0,6})(?:项目|項目)/;

/**
 * Whether a figure in a bracket is a part written with a target: the bracket opens on `其中`/`包含`, and one of `wholes` (the
 * targets read outside brackets) stands before the bracket in the part's unit and above the part.
 *
 * @example
 * isPartWrittenWithATarget('计划共2100户(其中:第一批808户)', quantityOf('808户'), [quantityOf('2100户')]) // true
 */
export function isPartWrittenWithATarget(text: string, part: Quantity, wholes: readonly Quantity[]): boolean {
  const open = partsBracketStart(text, part.span.start);
  if (open < 0) return false;
  if (PROJECTS_COUNTED.test(bracketText(text, open))) return false;
  return wholes.some((whole) => whole.span.end <= open && whole.unit === part.unit && whole.value > part.value);
}

const CLOSING = /[)）〕]/;

/** The bracket's text from its opening to its closing (or the reach). */
function bracketText(text: string, open: number): string {
  const inside = text.slice(open + 1, open + 1 + PARTS_REACH);
  const close = inside.search(CLOSING);
  return close < 0 ? inside : inside.slice(0, close);
}

/** Where the bracket of parts that encloses `start` opens (`(其中…`, `（包含…`), or -1. */
function partsBracketStart(text: string, start: number): number {
  const open = enclosingBracketStart(text, start, PARTS_REACH);
  return open >= 0 && PARTS_OPENING.test(text.slice(open + 1, open + 1 + OPENING_WORDS_REACH)) ? open : -1;
}

