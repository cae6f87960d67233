import { removeWhitespace, toHalfWidth } from './characters';

/**
 * A comparison key for labels and headers: no white space or line breaks, full-width forms as
 * ASCII (`（省、市民生实事）` → `(省、市民生实事)`), Latin letters lower-cased.
 *
 * @example
 * compactKey('《政府工作报告》重点工作任务\n（省、市民生实事）') // '《政府工作报告》重点工作任务(省、市民生实事)'
 */
export function compactKey(text: string): string {
  return removeWhitespace(toHalfWidth(text)).toLowerCase();
}
