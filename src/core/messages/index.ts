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
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    return value === undefined ? whole : String(value);
  });
}

export function messageKeys(language: Language): ReadonlySet<string> {
  const keys = new Set<string>();
  for (const map of registered[language]) for (const key of Object.keys(map)) keys.add(key);
  return keys;
}

export function parseLanguage(tag: string | undefined | null): Language {
  return tag && /^en\b/i.test(tag) ? 'en' : 'zh-CN';
}
