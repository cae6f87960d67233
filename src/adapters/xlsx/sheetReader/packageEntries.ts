/**
 * The parts of a package as the sheet reader asks for them, whoever unpacks the zip: node:zlib in the CLI
 * (`ZipEntries`), `DecompressionStream` in the browser (`UnpackedZipEntries`), so both read the same grid.
 */
export interface PackageEntries {
  has(name: string): boolean;
  /** The entry names, in the order of the central directory. */
  names(): IterableIterator<string>;
  /** The entry's text (UTF-8, or UTF-16 where the part is written so), or null when there is no such entry. */
  text(name: string): string | null;
  /**
   * Throws `UnderstatedSizeError` when an entry not in `alreadyRead` inflates past its size (a bomb in a part no
   * sheet needs); a damaged one (a thumbnail) is left alone, as Excel opens the file without it.
   */
  checkEntriesInflate(alreadyRead: ReadonlySet<string>): void;
}
