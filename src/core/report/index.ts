/** The report model: parse a sheet grid into a progress report, and the value parsers it uses. */
export * from './types';
export { parseReport, REQUIRED_ROLES } from './parseReport';
export { findHeaderRow, headerRole, readHeaderRow, repeatsHeader, HEADER_SEARCH_ROWS } from './findHeaderRow';
export { parseSerial, compareSerials, serialKey } from './parseSerial';
export { parsePeriod, periodEndDate, periodCoversReport, findPeriodInText, daysInMonth } from './parsePeriod';
export { parseCalendarDate, dateFromExcelSerial, formatIsoDate, compareDates } from './parseCalendarDate';
export { parseResponsibility, unitKey } from './parseResponsibility';
export { readMetadata, readTitle, readLabelledValues, startsWithMetadataLabel } from './readMetadata';
export { reportIssue, cellIssue, type IssueDetails } from './reportIssue';
export { isReportSheet, findReportSheets, type ReportSheets } from './findReportSheets';
