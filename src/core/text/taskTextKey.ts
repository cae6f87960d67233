/**
 * The form in which two bureaus' copies of one task text are compared: they copy it from the same
 * document, but through PDFs, WPS and chat tools, so whitespace, punctuation width, the task's own
 * leading number and the responsibility parenthesis differ without the task being different.
 */
import { trimTrailing } from './characters';

const RESPONSIBILITY_LABEL = /责任领导|责任单位|牵头单位|牵头部门|配合单位|责任部门/g;
const OPENING = new Set(['(', '（']);
const CLOSING = new Set([')', '）']);

/**
 * Removes every parenthesis that names responsibility (`(责任领导：…，责任单位：…)`, `（牵头部门：省卫生健康委）`),
 * nested parentheses inside it included (`中国(山东)自贸试验区济南片区管委会`).
 */
export function removeResponsibilityParentheses(text: string): string {
  const spans: { start: number; end: number }[] = [];
  for (const match of text.matchAll(RESPONSIBILITY_LABEL)) {
    const labelAt = match.index;
    if (spans.some((span) => labelAt >= span.start && labelAt < span.end)) continue;
    const start = openingBefore(text, labelAt);
    if (start < 0) continue;
    const end = closingAfter(text, start);
    spans.push({ start, end });
  }
  if (spans.length === 0) return text;
  let kept = '';
  let from = 0;
  for (const span of spans.sort((a, b) => a.start - b.start)) {
    if (span.start < from) continue;
    kept += text.slice(from, span.start);
    from = span.end;
  }
  return kept + text.slice(from);
}

/** Index of the unmatched opening parenthesis before `index`, or -1. */
function openingBefore(text: string, index: number): number {
  let depth = 0;
  for (let at = index - 1; at >= 0; at -= 1) {
    const mark = text[at] ?? '';
    if (CLOSING.has(mark)) depth += 1;
    else if (OPENING.has(mark)) {
      if (depth === 0) return at;
      depth -= 1;
    }
  }
  return -1;
}

/** Index just after the parenthesis opened at `start` closes; the end of the text when it never does. */
function closingAfter(text: string, start: number): number {
  let depth = 0;
  for (let at = start; at < text.length; at += 1) {
    const mark = text[at] ?? '';
    if (OPENING.has(mark)) depth += 1;
    else if (CLOSING.has(mark)) {
      depth -= 1;
      if (depth === 0) return at + 1;
    }
  }
  return text.length;
}

/** Chinese punctuation that NFKC leaves alone, mapped to the one form used for comparing. */
const PUNCTUATION_FOLD: Readonly<Record<string, string>> = {
  '。': '.',
  '、': ',',
  '“': '"',
  '”': '"',
  '‘': "'",
  '’': "'",
  '《': '<',
  '》': '>',
  '〔': '[',
  '〕': ']',
  '【': '[',
  '】': ']',
  '—': '-',
  '－': '-',
  '～': '~',
  '…': '...',
};
/** The marks a folded text may end with: a closing full stop or comma says nothing about the task. */
const FOLDED_ENDINGS: ReadonlySet<string> = new Set(['.', ';', ',']);
const FOLDED_PUNCTUATION = new RegExp(`[${Object.keys(PUNCTUATION_FOLD).join('')}]`, 'g');

/**
 * @example
 * taskTextKey('16.提升县级医疗机构服务能力。（牵头部门：省卫生健康委）') === taskTextKey('提升县级医疗机构服务能力.')
 */
export function taskTextKey(text: string): string {
  const folded = removeResponsibilityParentheses(text)
    .normalize('NFKC')
    .replace(FOLDED_PUNCTUATION, (mark) => PUNCTUATION_FOLD[mark] ?? mark)
    .replace(/\s+/g, '')
    .replace(/^\d{1,3}[.,]/, '');
  return trimTrailing(folded, FOLDED_ENDINGS);
}
