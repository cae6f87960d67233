/**
 * Why the fast reader gave up on a file. Neither is shown to users: `openWorkbookFileForReading` then
 * opens the file through ExcelJS, which reads what this reader does not support and reports damage as
 * `file.corrupt`, so a file opens (or is refused) exactly as it did before the fast reader existed.
 */

/** The file uses something this reader does not read the way ExcelJS does (zip64, encryption, an odd cell). */
export class UnsupportedXlsxError extends Error {
  constructor(readonly reason: string) {
    super(`the fast .xlsx reader does not read this file: ${reason}`);
    this.name = 'UnsupportedXlsxError';
  }
}

/**
 * A part inflates past the size the zip declares for it. A zip bomb hides that way, and so does a file whose
 * sizes a tool forgot to update after an edit: the caller measures what the parts really inflate to
 * (`measureUnpackedSize`, against the cap) and, when that is within the cap, reads the file again allowing it.
 */
export class UnderstatedSizeError extends UnsupportedXlsxError {
  constructor(readonly part: string) {
    super(`${part} inflates past its declared size`);
    this.name = 'UnderstatedSizeError';
  }
}

/** A part of the file is broken (bad zip data, XML that is not well formed, a reference to nothing). */
export class DamagedXlsxError extends Error {
  constructor(readonly reason: string) {
    super(`damaged .xlsx part: ${reason}`);
    this.name = 'DamagedXlsxError';
  }
}
