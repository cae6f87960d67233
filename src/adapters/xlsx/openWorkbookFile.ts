/**
 * .xlsx files on disk for the CLI (Node only; the browser goes through `openWorkbookBytes`).
 * A file opened here is never overwritten by `saveWorkbookFile`: results go to new files.
 */
import { randomUUID } from 'node:crypto';
import { readFile, realpath, rename, stat, unlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { deflateStoredZip } from './deflateStoredZip';
import { MAX_FILE_MEGABYTES, type FileProblem } from './inspectXlsxBytes';
import { openWorkbookBytes, type OpenedWorkbook } from './openWorkbookBytes';
import type { XlsxWorkbook } from './xlsxWorkbook';

export type SavedWorkbook = { readonly ok: true; readonly path: string } | { readonly ok: false; readonly problem: FileProblem };

/** Real paths of every file opened in this process: outputs may not replace any of them. */
const openedPaths = new Set<string>();

/**
 * @example
 * const opened = await openWorkbookFile('市发改委-三季度.xlsx');
 * if (opened.ok) await checkWorkbook(opened.workbook);
 */
export async function openWorkbookFile(filePath: string): Promise<OpenedWorkbook> {
  const problem = (key: FileProblem['key'], extra: Record<string, number> = {}): OpenedWorkbook => ({
    ok: false,
    problem: { key, params: { file: filePath, ...extra } },
  });
  let size: number;
  try {
    const info = await stat(filePath);
    if (!info.isFile()) return problem(info.isDirectory() ? 'file.notXlsx' : 'file.notFound');
    size = info.size;
  } catch {
    return problem('file.notFound');
  }
  // Refuse by size before reading, so a huge file is never loaded into memory.
  if (size > MAX_FILE_MEGABYTES * 1024 * 1024) return problem('file.tooLarge', { limit: MAX_FILE_MEGABYTES });
  let bytes: Uint8Array;
  try {
    bytes = await readFile(filePath);
  } catch {
    return problem('file.notFound');
  }
  const opened = await openWorkbookBytes(filePath, bytes);
  if (opened.ok) openedPaths.add(await canonicalPath(filePath));
  return opened;
}

/**
 * Writes the workbook to a new file, through a temporary file in the same folder so that a failure
 * never leaves half a workbook behind. Refuses to replace a file opened by `openWorkbookFile`.
 */
export async function saveWorkbookFile(workbook: XlsxWorkbook, filePath: string): Promise<SavedWorkbook> {
  const target = await canonicalPath(filePath);
  if (openedPaths.has(target)) return { ok: false, problem: { key: 'file.wouldOverwrite', params: { file: filePath } } };
  const bytes = await deflateStoredZip(await workbook.toBuffer({ uncompressed: true }));
  const temporary = path.join(path.dirname(target), `.${path.basename(target)}.${randomUUID()}.tmp`);
  try {
    await writeFile(temporary, bytes);
    await rename(temporary, target);
  } catch (error) {
    await unlink(temporary).catch(() => undefined);
    throw error;
  }
  return { ok: true, path: target };
}

/** The same file under any spelling: symlinks resolved where the file exists, else the absolute path. */
async function canonicalPath(filePath: string): Promise<string> {
  const absolute = path.resolve(filePath);
  try {
    return await realpath(absolute);
  } catch {
    try {
      return path.join(await realpath(path.dirname(absolute)), path.basename(absolute));
    } catch {
      return absolute;
    }
  }
}
