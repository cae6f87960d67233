/**
 * A progress that says the whole is done without a number (`已全部完成`, `全部完工`, `已完成全年任务`) reports a
 * share of 100%: a reviewer reads the target as met. The figure is made here, over the words that say it,
 * so it is shown and highlighted like any other.
 */
import { percentInWords, type FigureInWords } from './percentInWords';
import { clauseBefore } from './clauses';
import { namesNothing } from './namesNothing';

const ALL_DONE = new RegExp([
  '(?:已经?|均已|现已|目前已)?(?:全部|如期|提前|全面)(?:完成|完工|建成|竣工|投用|投入使用|到位|通过[^，,。；;]{0,6}验收)',
  // `已完成建设任务`, `已完成改造任务`: the row's work, named by its kind, is done.
  '(?:已|提前|超额|全面)完成(?:了)?(?:全年|年度|既定|预定)?(?:目标|建设|改造|施工|工程)?任务',
  // `已完成既定目标`, `实现年度目标`: the row's own aim reached.
  '(?:已经?|提前)?(?:完成|实现)(?:了)?(?:既定|预定|年度|全年)目标',
  '已超额完成',
  // A progress that is only `已完成。` / `已建成`: the whole work done.
  '^\\s*(?:已经?|现已)(?:完成|完工|建成|竣工)\\s*[。；;，,]?\\s*$',
].join('|'));
/** Words that undo it: `尚未全部完成`, `未能如期完成`. */
const NEGATED = /[未没]\s*(?:能|有)?\s*$/;

/** The share of 100% a progress states in words, or null. */
export function allDoneShare(progress: string): FigureInWords | null {
  const match = ALL_DONE.exec(progress);
  if (!match) return null;
  if (NEGATED.test(progress.slice(Math.max(0, match.index - 4), match.index))) return null;
  // `“三个一”目标全部完成` says another goal is done: the words must stand for the row's own work.
  if (!namesNothing(clauseBefore(progress, match.index, 40))) return null;
  return percentInWords(progress, 100, match[0], match.index);
}
