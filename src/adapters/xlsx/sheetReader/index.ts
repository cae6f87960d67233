/**
 * The fast read-only .xlsx reader, Node entry (node:zlib). Not re-exported from ../index.ts, which the
 * browser bundle uses; the CLI reaches it through `openWorkbookFileForReading`, the page through
 * `readXlsxBytesInBrowser`.
 */
export { XlsxSheetReader } from './xlsxSheetReader';
export { readXlsxBytes } from './readXlsxBytes';
export { DamagedXlsxError, UnsupportedXlsxError } from './readerErrors';
