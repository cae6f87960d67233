/**
 * Brackets of official prose: `(…)`, `（…）` and the `〔…〕` that 通报 use for a list of parts (`工作任务1018项〔生态环境保护
 * 工作61项、“一港双城”(城镇化)工作542项…〕`). Read backwards within a reach, so a cell of thousands of figures stays linear.
 */
import { CodeTable } from '../../_lib/codeTable';

const OPENING_CODES = new CodeTable(['(', '（', '〔']);
const CLOSING_CODES = new CodeTable([')', '）', '〕']);

/**
 * Where the bracket that encloses `position` opens, at most `reach` characters back, or -1 when no open bracket
 * encloses it there; a pair closed before the position (`(城镇化)`) is stepped over.
 *
 * @example
 * enclosingBracketStart('任务1018项〔生态61项、“一港双城”(城镇化)工作542项〕', 26, 80) // 7, the `〔`
 */
export function enclosingBracketStart(text: string, position: number, reach: number): number {
  const from = Math.max(0, position - reach);
  // Most figures stand in no bracket: the engine's own search of the window answers that faster than a loop.
  const window = text.slice(from, position);
  if (!window.includes('(') && !window.includes('（') && !window.includes('〔')) return -1;
  let closed = 0;
  for (let index = position - 1; index >= from; index -= 1) {
    const code = text.charCodeAt(index);
    if (CLOSING_CODES.has(code)) closed += 1;
    else if (OPENING_CODES.has(code)) {
      if (closed === 0) return index;
      closed -= 1;
    }
  }
  return -1;
}
