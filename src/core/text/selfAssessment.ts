/** The self-assessment (自我评价) vocabulary and its near-synonyms (DOMAIN §1). */
import { removeWhitespace, toHalfWidth, trimTrailing } from './characters';

/** The default vocabulary; each bureau may configure its own. */
export const DEFAULT_VOCABULARY: readonly string[] = ['完成', '基本完成', '序时推进', '超序时推进', '未完成', '滞后'];

/**
 * A vocabulary typed as one line (`--vocab`, a settings field): words split at Chinese or Western commas,
 * 顿号 or semicolons, blanks dropped; [] when nothing is left.
 *
 * @example
 * parseVocabulary('完成，基本完成、滞后') // ['完成', '基本完成', '滞后']
 */
export function parseVocabulary(text: string): string[] {
  return text
    .split(/[,，、;；]/)
    .map((word) => word.trim())
    .filter((word) => word !== '');
}

/** Near-synonyms seen in sheets, each mapped to a default vocabulary word. */
const SYNONYMS: Readonly<Record<string, string>> = {
  已完成: '完成',
  全部完成: '完成',
  已全部完成: '完成',
  完成任务: '完成',
  已完成任务: '完成',
  按期完成: '完成',
  按时完成: '完成',
  如期完成: '完成',
  超额完成: '完成',
  已办结: '完成',
  办结: '完成',
  基本完成任务: '基本完成',
  大部分完成: '基本完成',
  基本已完成: '基本完成',
  按计划推进: '序时推进',
  按序时推进: '序时推进',
  按时序推进: '序时推进',
  序时: '序时推进',
  正常推进: '序时推进',
  有序推进: '序时推进',
  稳步推进: '序时推进',
  按进度推进: '序时推进',
  按计划进行: '序时推进',
  正在推进: '序时推进',
  推进中: '序时推进',
  超序时: '超序时推进',
  超计划推进: '超序时推进',
  提前推进: '超序时推进',
  超前推进: '超序时推进',
  超进度推进: '超序时推进',
  没有完成: '未完成',
  尚未完成: '未完成',
  未完成任务: '未完成',
  进度滞后: '滞后',
  滞后推进: '滞后',
  推进滞后: '滞后',
  落后: '滞后',
  延期: '滞后',
};

const CLOSING_MARKS: ReadonlySet<string> = new Set(['。', '.', '!', '！', ',', '，', ';', '；']);

/**
 * Compact forms already computed: a sheet repeats a handful of self-assessments thousands of times, and
 * each is compared with every vocabulary word. Only short texts are kept, and the map is emptied when
 * full, so memory stays bounded whatever the sheets hold.
 */
const COMPACT_CACHE = new Map<string, string>();
const COMPACT_CACHE_LIMIT = 4096;
const LONGEST_CACHED_TEXT = 64;

function compact(text: string): string {
  const known = COMPACT_CACHE.get(text);
  if (known !== undefined) return known;
  const key = trimTrailing(removeWhitespace(toHalfWidth(text)), CLOSING_MARKS);
  if (text.length <= LONGEST_CACHED_TEXT) {
    if (COMPACT_CACHE.size >= COMPACT_CACHE_LIMIT) COMPACT_CACHE.clear();
    COMPACT_CACHE.set(text, key);
  }
  return key;
}

/**
 * The vocabulary word a self-assessment stands for: itself when it is one (ignoring spaces and a
 * trailing full stop), the mapped word for a near-synonym whose word is in the vocabulary, else null.
 *
 * @example
 * vocabularyWordFor('已完成。', DEFAULT_VOCABULARY) // '完成'
 * vocabularyWordFor('很好', DEFAULT_VOCABULARY)     // null
 */
export function vocabularyWordFor(text: string, vocabulary: readonly string[]): string | null {
  const key = compact(text);
  if (key === '') return null;
  const own = vocabulary.find((word) => compact(word) === key);
  if (own !== undefined) return own;
  const mapped = SYNONYMS[key];
  return mapped !== undefined && vocabulary.includes(mapped) ? mapped : null;
}
