/**
 * Items that each carry a deadline of their own (hazards, problems, complaints put right within a set time): a report that counts
 * those done may say the rest are still within theirs (`已整改620家…余10家未到整改期限`, `其余3项尚未到整改时限`, `剩余问题均在整改
 * 期限内`). What is short is then not late: the target is on schedule, not unmet or behind at the report's date, whatever the
 * year's pace says.
 */
import { clauseBefore } from './clauses';

/** The rest (余, 剩余, 其余, 余下), then words that say they are not yet due or still within their time. */
const NOT_YET_DUE = /(?:未到|尚未到|还未到|没有到|未届|均在|仍在|尚在)[^，,。；;]{0,6}?(?:期限|时限|期内|期满)/g;
const THE_REST_BEFORE = /(?:余|剩余|其余|余下|剩下)[^，,。；;\d０-９]{0,4}?[0-9０-９]*\s*[\u4e00-\u9fff]{0,6}$/;
const REST_REACH = 16;

/**
 * The words of the progress that say the rest are not yet due, or null when it says no such thing. Asked only of a target short
 * of its figure.
 *
 * @example
 * restNotYetDue('已整改620家,余10家未到整改期限。') // '余10家未到整改期限'
 * restNotYetDue('已整改620家,余10家正在整改。') // null
 */
export function restNotYetDue(progressText: string): string | null {
  // Most progress texts name no time limit at all: one look for its character before any pattern is run.
  if (!progressText.includes('期') && !progressText.includes('时限')) return null;
  NOT_YET_DUE.lastIndex = 0;
  for (let match = NOT_YET_DUE.exec(progressText); match !== null; match = NOT_YET_DUE.exec(progressText)) {
    const rest = THE_REST_BEFORE.exec(clauseBefore(progressText, match.index, REST_REACH));
    if (rest !== null) return `${rest[0]}${match[0]}`;
  }
  return null;
}
