/** The responsibility parenthesis that ends a task text (DOMAIN §1). */
import { trimTrailing } from '../text/characters';
import type { Responsibility } from './types';

const LEADER_LABELS = ['责任领导', '分管领导'];
const UNIT_LABELS = ['责任单位', '牵头单位', '牵头部门', '配合单位', '责任部门', '配合部门', '协办单位'];
const LABEL = new RegExp(`(${[...LEADER_LABELS, ...UNIT_LABELS].join('|')})\\s*[:：]`, 'g');
const FIRST_LABEL = new RegExp(`(?:${[...LEADER_LABELS, ...UNIT_LABELS].join('|')})\\s*[:：]`);
const LIST_SEPARATOR = /[、，,；;]/;
const TRAILING_PUNCTUATION: ReadonlySet<string> = new Set(['，', ',', '；', ';', '。', '.', '、', ')', '）']);

const NO_RESPONSIBILITY: Responsibility = { leaders: [], units: [], text: '' };

/**
 * The leaders and units named in a task's parenthesis, full- or half-width, with nested parentheses
 * inside unit names (`中国(山东)自贸试验区济南片区管委会`) kept.
 *
 * @example
 * parseResponsibility('…(牵头单位：市商务局；责任单位：市卫生健康委、市文化和旅游局)').units
 * // ['市商务局', '市卫生健康委', '市文化和旅游局']
 */
export function parseResponsibility(taskText: string): Responsibility {
  const firstLabel = FIRST_LABEL.exec(taskText);
  if (!firstLabel) return NO_RESPONSIBILITY;
  const open = Math.max(taskText.lastIndexOf('(', firstLabel.index), taskText.lastIndexOf('（', firstLabel.index));
  const start = open >= 0 ? open : firstLabel.index;
  const close = matchingClose(taskText, start);
  const text = taskText.slice(start, close);
  const known = RESPONSIBILITY_CACHE.get(text);
  if (known !== undefined) return known;
  const responsibility = readLabels(text);
  if (text.length <= LONGEST_CACHED_PARENTHESIS) {
    if (RESPONSIBILITY_CACHE.size >= RESPONSIBILITY_CACHE_LIMIT) RESPONSIBILITY_CACHE.clear();
    RESPONSIBILITY_CACHE.set(text, responsibility);
  }
  return responsibility;
}

/**
 * Parentheses already read: the tasks of a sheet name the same few leaders and units over and over, and a
 * result is read-only, so rows may share it. Bounded (short texts, emptied when full).
 */
const RESPONSIBILITY_CACHE = new Map<string, Responsibility>();
const RESPONSIBILITY_CACHE_LIMIT = 4096;
const LONGEST_CACHED_PARENTHESIS = 256;

function readLabels(text: string): Responsibility {
  const leaders: string[] = [];
  const units: string[] = [];
  const labels = [...text.matchAll(LABEL)];
  labels.forEach((label, index) => {
    const valueStart = label.index + label[0].length;
    const valueEnd = labels[index + 1]?.index ?? text.length;
    const names = splitNames(text.slice(valueStart, valueEnd));
    const target = LEADER_LABELS.includes(label[1] ?? '') ? leaders : units;
    for (const name of names) if (!target.includes(name)) target.push(name);
  });
  return { leaders, units, text };
}

/** Index just past the bracket closing the one at `open`, or the end of the text when it is never closed. */
function matchingClose(text: string, open: number): number {
  let depth = 0;
  for (let index = open; index < text.length; index += 1) {
    const character = text[index];
    if (character === '(' || character === '（') depth += 1;
    else if (character === ')' || character === '）') {
      depth -= 1;
      if (depth === 0) return index + 1;
    }
  }
  return text.length;
}

function splitNames(list: string): string[] {
  const names: string[] = [];
  let depth = 0;
  let current = '';
  // Split on separators outside brackets only, so `中国(山东、济南)…` would stay one name.
  for (const character of list) {
    if (character === '(' || character === '（') depth += 1;
    if (character === ')' || character === '）') depth -= 1;
    if (depth <= 0 && LIST_SEPARATOR.test(character)) {
      names.push(current);
      current = '';
    } else {
      current += character;
    }
    if (depth < 0) depth = 0;
  }
  names.push(current);
  return names.map((name) => trimTrailing(name.replace(/\s+/g, ' ').trim(), TRAILING_PUNCTUATION, true).trim()).filter((name) => name !== '');
}

/**
 * Unit names compare equal across spacing, a leading place name, the 省/市 level and 委员会/委
 * (`济南市卫生健康委员会` = `市卫生健康委` = `省卫生健康委`): a city bureau reports on the tasks its
 * provincial counterpart leads (省民生实事, 牵头部门：省卫生健康委).
 */
export function unitKey(unit: string): string {
  return unit
    .replace(/[\s\u3000]/g, '')
    .replace(/^(?:济南|(?![市省])[\u4e00-\u9fff]{2,3}(?=[市省]))/, '')
    .replace(/^[省市]/, '')
    .replace(/委员会$/, '委');
}
