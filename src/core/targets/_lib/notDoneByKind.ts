/**
 * A progress that gives the items not yet done sorts them by the plan's own kinds, in brackets after their count
 * (`未完成33项〔生态环境保护工作7项、“一港双城”(城镇化)工作15项…〕`, `未开复工10项(续建8项,新建2项)`). Those figures tell
 * which kinds lag; they do not measure each kind as a target of its own, as a count done of a kind would (`封山育林1万亩`).
 */
import type { ReportedStatement } from '../readReportedFigures';
import { enclosingBracketStart } from './brackets';

/** How far back the bracket of a figure is looked for: a list of a plan's kinds runs to hundreds of characters. */
const BRACKET_REACH = 320;
/** A count of items not done, with its verb (`未完成33项`, `尚未开工5个`, `未开复工10项`), right before the bracket. */
const NOT_DONE_COUNT_BEFORE = /(?:未|没有)[\u4e00-\u9fff]{0,4}\s*[0-9０-９]+\s*(?:项|項|个|個|件|所|座|户|家|处|宗)\s*$/;
const NOT_DONE_COUNT_REACH = 16;

/**
 * Whether a figure of the progress sorts the items not done by kind: it stands in a bracket right after their count.
 *
 * @example
 * isNotDoneByKind('已开复工26项，未开复工10项(续建8项,新建2项)。', figureOf('8项')) // true
 * isNotDoneByKind('已开复工26项(续建21项,新建5项)。', figureOf('21项'))             // false
 */
export function isNotDoneByKind(progressText: string, figure: ReportedStatement): boolean {
  const open = enclosingBracketStart(progressText, figure.quantity.span.start, BRACKET_REACH);
  if (open < 0) return false;
  return NOT_DONE_COUNT_BEFORE.test(progressText.slice(Math.max(0, open - NOT_DONE_COUNT_REACH), open));
}
