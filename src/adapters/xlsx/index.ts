/**
 * The .xlsx adapter for browsers and Node. Node-only file helpers live in `./openWorkbookFile`
 * (import that module directly; it is not re-exported here so the browser bundle stays free of node:*).
 */
export { XlsxWorkbook, SheetNotFoundError, SheetProtectedError, type SavedDecoration } from './xlsxWorkbook';
export { openWorkbookBytes, type OpenedWorkbook } from './openWorkbookBytes';
export { openFileWorkbook, openWorkbookForReading } from './openFileWorkbook';
export {
  inspectXlsxBytes,
  MAX_FILE_MEGABYTES,
  MAX_UNPACKED_MEGABYTES,
  type FileProblem,
  type FileProblemKey,
  type XlsxInspection,
} from './inspectXlsxBytes';
export { formatCellText, formatGeneral } from './formatCellText';
