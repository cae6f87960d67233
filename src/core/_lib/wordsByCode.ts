/**
 * Word lists keyed by a character code, for scans that ask at every character which words can start or end
 * there (indicator phrases, stage words): one table read answers the characters no word starts or ends with.
 */
import { CodeTable } from './codeTable';

/**
 * Words grouped by the UTF-16 code of one of their characters, in list order. Scans ask it of every
 * character of a phrase, and most characters begin or end no word: a table read answers those.
 */
export class WordsByCode {
  private readonly codes: CodeTable;
  private readonly words = new Map<number, string[]>();

  constructor(words: readonly string[], codeOf: (word: string) => number) {
    for (const word of words) {
      const code = codeOf(word);
      const list = this.words.get(code);
      if (list) list.push(word);
      else this.words.set(code, [word]);
    }
    this.codes = new CodeTable([...this.words.keys()].map((code) => String.fromCharCode(code)));
  }

  get(code: number): readonly string[] | undefined {
    return this.codes.has(code) ? this.words.get(code) : undefined;
  }
}

/** A backward scan asks only the few words that can end at a character. */
export function byLastCode(words: readonly string[]): WordsByCode {
  return new WordsByCode(words, (word) => word.charCodeAt(word.length - 1));
}

export function byFirstCode(words: readonly string[]): WordsByCode {
  return new WordsByCode(words, (word) => word.charCodeAt(0));
}
