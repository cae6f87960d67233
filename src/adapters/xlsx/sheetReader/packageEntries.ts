/**
 * The parts of a package as the sheet reader asks for them, whoever unpacks the zip: node:zlib in the CLI
 * (`ZipEntries`), `DecompressionStream` in the browser (`UnpackedZipEntries`), so both read the same grid.
 */
export interface PackageEntries {
  has(name: string): boolean;
  /** The entry names, in the order of the central directory. */
  names(): IterableIterator<string>;
  /** The entry's bytes as UTF-8 text, or null when there is no such entry. */
  text(name: string): string | null;
  /** Throws `DamagedXlsxError` when an entry not in `alreadyRead` does not inflate (ExcelJS unpacks them all). */
  checkEntriesInflate(alreadyRead: ReadonlySet<string>): void;
}
