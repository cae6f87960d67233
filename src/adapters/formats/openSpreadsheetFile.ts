/**
 * A user's file on disk, in any format `openSpreadsheetBytes` reads, opened for reading (Node only: the
 * CLI's `check` and the sources of `consolidate`). An .xlsx goes to the fast Node reader as before.
 */
import { readFile, stat } from 'node:fs/promises';
import { MAX_FILE_MEGABYTES } from '../xlsx/inspectXlsxBytes';
import { openWorkbookFileForReading } from '../xlsx/openWorkbookFile';
import { openSpreadsheetBytes, type OpenedSpreadsheet } from './openSpreadsheetBytes';

/**
 * @example
 * const opened = await openSpreadsheetFile('报送/市教育局.csv');
 * if (opened.ok) await checkWorkbook(opened.workbook);
 */
export async function openSpreadsheetFile(filePath: string): Promise<OpenedSpreadsheet> {
  const problem = (key: string, extra: Record<string, number> = {}): OpenedSpreadsheet => ({
    ok: false,
    format: 'unknown',
    problem: { key, params: { file: filePath, ...extra } },
  });
  const info = await stat(filePath).catch(() => null);
  if (info === null) return problem('file.notFound');
  if (!info.isFile()) return problem(info.isDirectory() ? 'file.notXlsx' : 'file.notFound');
  // Refused by its size before it is read, so a huge file is never loaded into memory.
  if (info.size > MAX_FILE_MEGABYTES * 1024 * 1024) return problem('file.tooLarge', { limit: MAX_FILE_MEGABYTES });
  const bytes = await readFile(filePath).catch(() => null);
  if (bytes === null) return problem('file.notFound');
  // The .xlsx reader reads the file itself (it remembers the paths it opened, so no output replaces one).
  return openSpreadsheetBytes(filePath, bytes, () => openWorkbookFileForReading(filePath));
}
