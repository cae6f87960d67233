/**
 * A performance self-assessment (绩效自评表, 评价结论) says its targets were reached in the words of the form: the 实际完成值
 * column writes `达成目标值` or `达成目标` where a figure would stand, and a 评价结论 says `绩效各指标均能高质量完成` of every
 * indicator of the table at once. A reviewer reads each as the target reached: the share 100%.
 */
import { clauseBefore } from './clauses';
import { namesNothing } from './namesNothing';
import { percentInWords, type FigureInWords } from './percentInWords';

/**
 * `达成目标值`, `已达成目标`, `达到目标值`, `达到预期目标值`: the indicator's own value reached, closing its clause. `达到目标60元`
 * states the figure itself and `达成目标值的80%` a share of it: neither closes here, and the figure is read as such. `达到年度目标`
 * is left out: news says it of a figure in the clause before (`去年开工626万套,达到年度目标`), which is another thing's.
 */
const TARGET_VALUE_REACHED = /(?:已经?|均已|均)?(?:达成(?:了)?(?:年度|预期|既定)?目标值?|达到(?:了)?(?:年度|预期|既定)?目标值)(?=\s*(?:[。；;，,！!]|$))/;
/**
 * `绩效各指标均能高质量完成`, `各项绩效指标均已达到`, `所有指标全部完成`: every indicator of the table said done. A number of
 * named indicators (`四项指标均已完成减排目标`) is a list of its own, and a standard named after (`均达到国家标准`) is another aim.
 */
const EVERY_INDICATOR_DONE = /(?:各项?|所有|全部)(?:绩效)?(?:指标|目标)(?:均|都|全部)(?:已|能)?(?:高质量|按期|如期|顺利|圆满|全面)?(?:完成|达到|达成|实现)(?:了)?(?:(?:年度|预期|既定)?目标(?:值|任务)?)?(?=\s*(?:[。；;，,！!]|$))/;
/** `未达成目标值`, `没有达到目标值`. */
const NEGATED = /[未没]\s*(?:能|有)?\s*$/;
/** `力争达成目标`, `确保各项指标均能完成`: a plan or a hope; `确保了…` says it was made sure of, a result. */
const INTENT_BEFORE = /(?:将|要|拟|计划|预计|力争|确保(?!了)|争取|有望|可望)[^，,。；;]{0,8}$/;
const SENTENCE_MARK = /[。；;！!\n]/g;
const FIGURE = /[0-9０-９]/;
const NEGATION_REACH = 4;
const CLAUSE_REACH = 40;

/** The sentence before `start` (back to the last full stop), where a figure would make the words another thing's. */
function sentenceBefore(text: string, start: number): string {
  let from = 0;
  SENTENCE_MARK.lastIndex = 0;
  for (let mark = SENTENCE_MARK.exec(text); mark !== null && mark.index < start; mark = SENTENCE_MARK.exec(text)) from = mark.index + 1;
  return text.slice(from, start);
}

function affirmed(progress: string, match: RegExpExecArray): boolean {
  if (NEGATED.test(progress.slice(Math.max(0, match.index - NEGATION_REACH), match.index))) return false;
  return !INTENT_BEFORE.test(clauseBefore(progress, match.index, CLAUSE_REACH));
}

/**
 * The share of 100% a performance self-assessment states in its words, or null. The target value must be the row's own
 * (nothing counted and no figure before it in its sentence); every indicator is every target of the row.
 *
 * @example
 * targetValueReachedShare('达成目标值')?.quantity.value // 100
 * targetValueReachedShare('去年开工626万套,达成目标。') // null
 */
export function targetValueReachedShare(progress: string): FigureInWords | null {
  const value = TARGET_VALUE_REACHED.exec(progress);
  if (value !== null && affirmed(progress, value)) {
    const before = sentenceBefore(progress, value.index);
    if (!FIGURE.test(before) && namesNothing(clauseBefore(progress, value.index, CLAUSE_REACH))) return percentInWords(progress, 100, value[0], value.index);
  }
  return everyIndicatorDoneShare(progress);
}

/**
 * `所有指标全部完成`, `年度任务所有目标全部实现`: every indicator or aim of the item said reached at once, or null. It covers every
 * target of the row, so it stands even where the progress rates some part of the work by a share of its own (a city's
 * `任务完成率为114.41%`): the words are said of the whole.
 *
 * @example
 * everyIndicatorDoneShare('确保了年度任务所有目标全部实现。')?.quantity.value // 100
 * everyIndicatorDoneShare('力争所有目标全部实现。') // null
 */
export function everyIndicatorDoneShare(progress: string): FigureInWords | null {
  const every = EVERY_INDICATOR_DONE.exec(progress);
  if (every !== null && affirmed(progress, every)) return percentInWords(progress, 100, every[0], every.index);
  return null;
}
