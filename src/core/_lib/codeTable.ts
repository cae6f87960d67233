/**
 * A set of UTF-16 codes answered by one array read. Character scans ask it of every character of a cell;
 * a `Set<number>` lookup hashes each code and was a visible share of checking a sheet.
 */
export class CodeTable {
  private readonly members = new Uint8Array(0x10000);

  /** Each string contributes its first UTF-16 code. */
  constructor(characters: Iterable<string>) {
    for (const character of characters) this.members[character.charCodeAt(0)] = 1;
  }

  /** Whether `code` (as `charCodeAt` gives it; NaN past the end of a text) is a member. */
  has(code: number): boolean {
    // Past the end of a text `charCodeAt` gives NaN: compared first, it never reaches the array, whose
    // reads would otherwise turn generic (and slow for every caller) after one non-integer index.
    return code >= 0 && this.members[code] === 1;
  }
}
