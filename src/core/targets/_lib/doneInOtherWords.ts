/**
 * Ways of saying the whole is done without a number that news reports and 通报 use beside `已全部完成`: the kind of
 * work written between `全部` and the done word (`已全部建设完成`, `全部改造完工`), an overfulfilment that closes its
 * clause with no object (`全面超额完成，…`), and the row's own aim pointed at and said reached (`今年提前一年实现了该目标`).
 * A reviewer reads each as the target reached: the share 100%.
 */
import { clauseBefore } from './clauses';
import { namesNothing } from './namesNothing';
import { percentInWords, type FigureInWords } from './percentInWords';

/**
 * `已全部建设完成`, `均已全部改造完工`: `全部` and the done word with the kind of work between them, the row's work named
 * again. `全部建设完成后` is a time, not a state, and is left out.
 */
const ALL_OF_THE_WORK_DONE = /(?:已经?|均已|现已|目前已)?全部(?:建设|改造|施工|安装|整治|修建|搬迁|铺设|硬化)(?:完成|完工|竣工)(?!后|之后|以后|时)/;
/**
 * `全面超额完成，` / `已超额完成。`: overfulfilled, the clause closed without naming what (which would make it another thing's).
 * At most four words of how before it: unbounded, a cell of thousands of `已` was read from each of them to its end.
 */
const OVERFULFILLED_ALONE = /(?:全面|提前|均|已经?){0,4}超额完成(?:了)?(?=\s*(?:[。；;，,！!]|$))/;
/**
 * `提前一年实现了该目标`, `已完成上述任务`: the aim pointed at by `该`, `这一`, `此`, `上述`, said reached — with `了` or `已`,
 * because `为实现这一目标` and `力争实现该目标` name a purpose, not a result.
 */
const AIM_POINTED_AT_REACHED = /(?:(?:已经?|均已|现已)[^，,。；;\d]{0,6}?(?:实现|完成|达到)了?|(?:实现|完成|达到)了)(?:该|这一|这个|此|上述|以上)(?:项)?(?:目标|任务)/;
/**
 * `已圆满完成建设任务`, `已经提前半年完成全年度工作任务目标`: the row's task, named only by its kind of work, said done with how
 * or how early — the whole task done. With an object of its own (`顺利完成方案编制`) it is a step, and is not reached.
 */
const TASK_DONE_WITH_MANNER = /(?:已经?|现已|均已)(?:圆满|顺利|如期|按期|按时|提前[^，,。；;\d]{0,3}|全面|高质量){1,4}完成(?:了)?(?:全年度?|年度|既定|预定)?(?:建设|改造|施工|工程|工作)?任务(?:目标)?/;
/**
 * `已完成建设并投入使用`, `现已完成改造。`: the building or rebuilding of the row's works done, closing its clause (or put to use
 * after it).
 */
const BUILDING_DONE = /(?:已经?|现已|均已)完成(?:建设|改造|施工)(?:并(?:投入使用|投用|交付使用|通过验收))?(?=\s*(?:[。；;，,！!]|$))/;
/**
 * `于2020年5月20日开工建设,2020年6月20日完工`: a 自评报告 tells its project's life by dates, the day the works were finished
 * closing its clause. Forecast (`预计2024年12月底完工`) the intent before it rules it out.
 */
const FINISHED_ON_A_DATE = /(?:于)?\d{4}年\d{1,2}月(?:\d{1,2}日)?(?:底|前)?(?:全面|全部)?(?:完工|竣工|建成)(?=\s*(?:[。；;，,！!]|$))/;
/** `预计年底前全部建设完成`, `力争超额完成`: a plan or a hope, said before the words in their clause. */
const INTENT_BEFORE = /(?:将|要|拟|计划|预计|力争|确保|争取|有望|可望)[^，,。；;]{0,8}$/;
/** The ways that must be said of the row's own work, tried in this order. */
const SAID_OF_THE_ROWS_WORK: readonly RegExp[] = [ALL_OF_THE_WORK_DONE, OVERFULFILLED_ALONE, TASK_DONE_WITH_MANNER, BUILDING_DONE, FINISHED_ON_A_DATE];
/** `尚未全部建设完成`, `没有实现该目标`. */
const NEGATED = /[未没]\s*(?:能|有)?\s*$/;
const NEGATION_REACH = 4;
const CLAUSE_REACH = 40;

function notNegated(progress: string, at: number): boolean {
  return !NEGATED.test(progress.slice(Math.max(0, at - NEGATION_REACH), at));
}

/**
 * The share of 100% a progress states by one of these ways, or null. The first two must be said of the row's own work
 * (nothing counted named before them in their clause: `44个宣传栏已全部建设完成` counts its own things); the pointed-at aim
 * is the row's by its pointing word.
 *
 * @example
 * doneInOtherWordsShare('已全部建设完成；')?.quantity.value // 100
 * doneInOtherWordsShare('为实现这一目标，正在加快建设。') // null
 */
export function doneInOtherWordsShare(progress: string): FigureInWords | null {
  for (const words of SAID_OF_THE_ROWS_WORK) {
    const match = words.exec(progress);
    if (match === null || !notNegated(progress, match.index)) continue;
    const before = clauseBefore(progress, match.index, CLAUSE_REACH);
    if (namesNothing(before) && !INTENT_BEFORE.test(before)) return percentInWords(progress, 100, match[0], match.index);
  }
  const aim = AIM_POINTED_AT_REACHED.exec(progress);
  if (aim && notNegated(progress, aim.index)) return percentInWords(progress, 100, aim[0], aim.index);
  return null;
}
