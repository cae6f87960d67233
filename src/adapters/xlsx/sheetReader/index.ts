/**
 * The fast read-only .xlsx reader (Node only: node:zlib). Not re-exported from ../index.ts, which the
 * browser bundle uses; the CLI reaches it through `openWorkbookFileForReading`.
 */
export { XlsxSheetReader } from './xlsxSheetReader';
export { DamagedXlsxError, UnsupportedXlsxError } from './readerErrors';
