/**
 * Message maps: every text the core shows, keyed by a stable id, in zh-CN (default) and en.
 * Each part of the core keeps its own map module here (app, rules, targets, consolidate, …) exporting
 * `zhCN` and `en`; this file lists them. A test checks that both languages have the same keys.
 */
import * as app from './app';
import * as consolidate from './consolidate';
import * as documentTables from './documentTables';
import * as fill from './fill';
import * as fileMode from './fileMode';
import * as formats from './formats';
import * as pane from './pane';
import * as paneViews from './paneViews';
import * as pickedFiles from './pickedFiles';
import * as previous from './previous';
import * as rules from './rules';
import * as targets from './targets';
import * as wps from './wps';
import * as xlsxAdapter from './xlsxAdapter';

export type Language = 'zh-CN' | 'en';
export type MessageMap = Readonly<Record<string, string>>;

interface FeatureMessages {
  readonly zhCN: MessageMap;
  readonly en: MessageMap;
}

/** One entry per feature's message module. */
const FEATURE_MESSAGES: readonly FeatureMessages[] = [app, consolidate, documentTables, fill, fileMode, formats, pane, paneViews, pickedFiles, previous, rules, targets, wps, xlsxAdapter];

const registered: Record<Language, MessageMap[]> = {
  'zh-CN': FEATURE_MESSAGES.map((feature) => feature.zhCN),
  en: FEATURE_MESSAGES.map((feature) => feature.en),
};

function lookup(language: Language, key: string): string | undefined {
  const maps = registered[language];
  for (let index = maps.length - 1; index >= 0; index -= 1) {
    const found = maps[index]?.[key];
    if (found !== undefined) return found;
  }
  return undefined;
}

/**
 * The text for a key with `{placeholders}` filled. Falls back to zh-CN, then to the key itself
 * (a missing text shows its id rather than nothing; a test checks both maps have every key).
 *
 * @example
 * formatMessage('zh-CN', 'progress.empty') // '进展情况为空'
 */
export function formatMessage(
  language: Language,
  key: string,
  params: Readonly<Record<string, string | number>> = {},
): string {
  const template = lookup(language, key) ?? lookup('zh-CN', key) ?? key;
  return fillPlaceholders(template, params);
}

function isWordCode(code: number): boolean {
  return (code >= 0x30 && code <= 0x39) || (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a) || code === 0x5f;
}

/**
 * Each `{name}` (name: letters, digits, `_`) replaced by its value; one without a value stays as written.
 * A scan rather than `replace` with a callback: `--json` renders a sentence per target, and the callback's
 * match arrays were most of that cost.
 */
function fillPlaceholders(template: string, params: Readonly<Record<string, string | number>>): string {
  let open = template.indexOf('{');
  if (open < 0) return template;
  let filled = '';
  let copiedTo = 0;
  while (open >= 0) {
    let close = open + 1;
    while (close < template.length && isWordCode(template.charCodeAt(close))) close += 1;
    if (close > open + 1 && template.charCodeAt(close) === 0x7d) {
      const value = params[template.slice(open + 1, close)];
      if (value !== undefined) {
        filled += template.slice(copiedTo, open) + String(value);
        copiedTo = close + 1;
      }
      open = template.indexOf('{', close + 1);
    } else {
      open = template.indexOf('{', open + 1);
    }
  }
  return copiedTo === 0 ? template : filled + template.slice(copiedTo);
}

export function messageKeys(language: Language): ReadonlySet<string> {
  const keys = new Set<string>();
  for (const map of registered[language]) for (const key of Object.keys(map)) keys.add(key);
  return keys;
}

export function parseLanguage(tag: string | undefined | null): Language {
  return tag && /^en\b/i.test(tag) ? 'en' : 'zh-CN';
}
