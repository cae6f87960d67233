/**
 * A legacy workbook whose structure contradicts itself (a cyclic sector chain, a record longer than its
 * stream, sizes beyond the file). `reason` is for developers; users see `format.legacyDamaged`.
 */
export class DamagedFileError extends Error {
  constructor(readonly reason: string) {
    super(`damaged legacy workbook: ${reason}`);
    this.name = 'DamagedFileError';
  }
}

/** A workbook this reader will not read for a reason the user can act on: a message key and its placeholders. */
export class RefusedFileError extends Error {
  constructor(
    readonly key: string,
    readonly params: Readonly<Record<string, string | number>> = {},
  ) {
    super(`refused: ${key}`);
    this.name = 'RefusedFileError';
  }
}
