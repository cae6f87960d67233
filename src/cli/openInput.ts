/**
 * A file named on the command line, opened as the application layer's use cases take it: any format the
 * readers take, with what the file really is (sniffed from its bytes) named for 来源.
 */
import type { OpenedFile } from '../app/useCases/useCaseContext';
import { sourceFormatOf } from '../adapters/formats/openSpreadsheetBytes';
import { openSpreadsheetFile } from '../adapters/formats/openSpreadsheetFile';

export async function openInput(file: string): Promise<OpenedFile> {
  const opened = await openSpreadsheetFile(file);
  if (!opened.ok) return { ok: false, problem: opened.problem };
  const format = sourceFormatOf(opened.format);
  return format === undefined ? { ok: true, workbook: opened.workbook } : { ok: true, workbook: opened.workbook, format };
}
