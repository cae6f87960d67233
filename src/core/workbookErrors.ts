/**
 * Failures a workbook adapter reports through the ports when asked for something the workbook refuses:
 * a sheet that is not there, a sheet that is protected. Every adapter (xlsx, memory) throws these, so
 * callers test one class whatever the host.
 */

export class SheetNotFoundError extends Error {
  constructor(readonly sheetName: string) {
    super(`sheet not found: ${sheetName}`);
    this.name = 'SheetNotFoundError';
  }
}

export class SheetProtectedError extends Error {
  constructor(readonly sheetName: string) {
    super(`sheet is protected: ${sheetName}`);
    this.name = 'SheetProtectedError';
  }
}
