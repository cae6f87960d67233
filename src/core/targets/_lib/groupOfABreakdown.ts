/**
 * A report that sorts its list of projects into groups opens the sentence with the way it sorts them (`分行业看,`,
 * `按阶段划分,`, `分领域看,`, `按行业来看,`, `从投资主体看,`) and then sizes each group (`39个工业项目`, `其中46个投产项目`):
 * those counts say how the list is made up, as `其中` parts of a list do, and the progress answers each group with its money
 * or its share of the plan. Works counted under such a heading (`分领域看,新建学校10所`) stay targets: only counts of
 * projects are groups.
 */
import type { Quantity } from '../../numbers/types';

/** The heading that opens the sentence, after an item number if any (`(二)分行业看：`). */
const BREAKDOWN_HEADING = /^\s*(?:[(（]?[一二三四五六七八九十\d]{1,2}[)）、.．]\s*)?(?:分|按|从)[\u4e00-\u9fff]{1,6}?(?:来看|看|划分|区分)\s*[,，:：]/;
/** The projects the count is of, right after it (`39个工业项目`, `46个投产项目`). */
const PROJECTS_AFTER = /^[\u4e00-\u9fff]{0,8}?(?:项目|項目)/;
const SENTENCE_MARKS: ReadonlySet<number> = new Set([...'。；;！!？?\n'].map((mark) => mark.charCodeAt(0)));
/** How far back the sentence's opening is looked for: a heading and a few groups before the count. */
const HEADING_REACH = 80;

/**
 * Whether a count of projects sizes one group of a list the sentence's heading sorts.
 *
 * @example
 * isGroupOfABreakdown('分行业看,39个工业项目', quantityOf('39个')) // true
 * isGroupOfABreakdown('今年实施39个工业项目', quantityOf('39个')) // false
 */
export function isGroupOfABreakdown(text: string, quantity: Quantity): boolean {
  if (quantity.unitClass !== 'count' || quantity.kind === 'range') return false;
  if (!PROJECTS_AFTER.test(text.slice(quantity.span.end, quantity.span.end + 12))) return false;
  const from = Math.max(0, quantity.span.start - HEADING_REACH);
  let index = quantity.span.start;
  while (index > from && !SENTENCE_MARKS.has(text.charCodeAt(index - 1))) index -= 1;
  // A sentence longer than the reach has its opening out of sight: no heading is read from its middle.
  if (index === from && from > 0) return false;
  return BREAKDOWN_HEADING.test(text.slice(index, quantity.span.start));
}

/**
 * A year's list of projects sorted by stage without a heading: its projects to finish, to start, going on from past years and
 * in reserve, each counted (`其中建成投产项目19项,续建项目71项,计划新开工项目101项,预备项目7项`, `新开工项目266个、续建项目149个`).
 * Three stages or more counted in one sentence, one of them under way (续建) or in reserve (预备), show the counts sort the
 * whole list by stage; a report answers them with their money, not by the projects started. The year's starts beside the
 * projects under way only (`其中新开工项目40个，续建项目46个`) are the year's plan of starts and stay a target, as do works to
 * start or finish counted without such a group (`新开工项目20个,竣工项目10个`).
 */
const STAGE_PROJECTS_BEFORE = /(?:新开工|建成投产|投产|竣工|完工|建成)[^\d０-９，,。；;、]{0,4}?(?:项目|項目)(?:共|有)?\s*$/;
const STAGE_PROJECTS_AFTER = /^[^\d０-９，,。；;、]{0,4}?(?:新开工|建成投产|投产|竣工|完工|建成)[^\d０-９，,。；;、]{0,4}?(?:项目|項目)/;
const GROUP_NOT_OF_THE_YEAR = /(?:续建|續建|预备|預備)[^\d０-９，,。；;、]{0,4}?(?:项目|項目)\s*[0-9０-９]+\s*[个個项項]|[0-9０-９]+\s*[个個项項][^\d０-９，,。；;、]{0,4}?(?:续建|續建|预备|預備)(?:项目|項目)/;
/** Any stage's group counted, the count's own among them. */
const STAGE_GROUP = /(?:新开工|建成投产|投产|竣工|完工|建成|续建|續建|预备|預備|前期)[^\d０-９，,。；;、]{0,4}?(?:项目|項目)(?:共|有)?\s*[0-9０-９]+\s*[个個项項]|[0-9０-９]+\s*[个個项項][^\d０-９，,。；;、]{0,4}?(?:新开工|建成投产|投产|竣工|完工|建成|续建|續建|预备|預備|前期)[^\d０-９，,。；;、]{0,4}?(?:项目|項目)/g;
const LEAST_STAGES = 3;
const STAGE_WORDS_REACH = 10;
const STAGE_GROUPS_REACH = 60;
const STAGE_COUNT_UNITS: ReadonlySet<string> = new Set(['个', '個', '项', '項']);

const PROJECTS_MARK = 0x76ee;

function hasProjectsMarkNear(text: string, start: number, end: number): boolean {
  for (let index = Math.max(0, start - 3); index < start; index += 1) if (text.charCodeAt(index) === PROJECTS_MARK) return true;
  const last = Math.min(text.length, end + STAGE_WORDS_REACH);
  for (let index = end; index < last; index += 1) if (text.charCodeAt(index) === PROJECTS_MARK) return true;
  return false;
}

/**
 * Whether a count of projects of one stage sizes a group of a list sorted by stage, a group not of the year among them.
 *
 * @example
 * isStageGroupOfAList('其中建成投产项目19项,续建项目71项,计划新开工项目101项', quantityOf('101项')) // true
 * isStageGroupOfAList('新开工项目20个,竣工项目10个', quantityOf('20个')) // false
 */
export function isStageGroupOfAList(text: string, quantity: Quantity): boolean {
  if (quantity.unitClass !== 'count' || quantity.kind === 'range' || !STAGE_COUNT_UNITS.has(quantity.unit)) return false;
  const { start, end } = quantity.span;
  // Projects are named 项目 next to the count: a count with no 目 near it is passed over without a slice.
  if (!hasProjectsMarkNear(text, start, end)) return false;
  if (!STAGE_PROJECTS_BEFORE.test(text.slice(Math.max(0, start - STAGE_WORDS_REACH), start)) && !STAGE_PROJECTS_AFTER.test(text.slice(end, end + STAGE_WORDS_REACH))) return false;
  let from = start;
  const least = Math.max(0, start - STAGE_GROUPS_REACH);
  while (from > least && !SENTENCE_MARKS.has(text.charCodeAt(from - 1))) from -= 1;
  let to = end;
  const most = Math.min(text.length, end + STAGE_GROUPS_REACH);
  while (to < most && !SENTENCE_MARKS.has(text.charCodeAt(to))) to += 1;
  const sentence = text.slice(from, to);
  if (!GROUP_NOT_OF_THE_YEAR.test(sentence)) return false;
  let stages = 0;
  STAGE_GROUP.lastIndex = 0;
  while (stages < LEAST_STAGES && STAGE_GROUP.exec(sentence) !== null) stages += 1;
  return stages >= LEAST_STAGES;
}
