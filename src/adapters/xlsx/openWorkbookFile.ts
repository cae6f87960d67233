/**
 * .xlsx files on disk for the CLI (Node only; the browser goes through `openWorkbookBytes`).
 * A file opened here is never overwritten by `saveWorkbookFile`: results go to new files.
 */
import { randomUUID } from 'node:crypto';
import { lstat, readFile, realpath, rename, stat, unlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { WorkbookReader } from '../../core';
import { deflateStoredZip } from './deflateStoredZip';
import { inspectXlsxBytes, MAX_FILE_MEGABYTES, type FileProblem } from './inspectXlsxBytes';
import { measureUnpackedSize } from './measureUnpackedSize';
import { openWorkbookBytes, type OpenedWorkbook } from './openWorkbookBytes';
import { readXlsxBytes, type XlsxSheetReader } from './sheetReader';
import { UnderstatedSizeError } from './sheetReader/readerErrors';
import type { XlsxWorkbook } from './xlsxWorkbook';
import { canZipNatively, PackageZipper } from './zipPackageParts';

export type OpenedReader = { readonly ok: true; readonly workbook: WorkbookReader } | { readonly ok: false; readonly problem: FileProblem };

export type SavedWorkbook = { readonly ok: true; readonly path: string } | { readonly ok: false; readonly problem: FileProblem };

/** Real paths of every file opened in this process: outputs may not replace any of them. */
const openedPaths = new Set<string>();

type ReadFileResult = { readonly ok: true; readonly bytes: Buffer } | { readonly ok: false; readonly problem: FileProblem };

/**
 * A user's file as bytes, or the problem: missing, a folder, or too large (refused by its size before it
 * is read, so a huge file is never loaded into memory).
 */
async function readUserFile(filePath: string): Promise<ReadFileResult> {
  const problem = (key: FileProblem['key'], extra: Record<string, number> = {}): ReadFileResult => ({
    ok: false,
    problem: { key, params: { file: filePath, ...extra } },
  });
  try {
    const info = await stat(filePath);
    if (!info.isFile()) return problem(info.isDirectory() ? 'file.notXlsx' : 'file.notFound');
    if (info.size > MAX_FILE_MEGABYTES * 1024 * 1024) return problem('file.tooLarge', { limit: MAX_FILE_MEGABYTES });
  } catch {
    return problem('file.notFound');
  }
  try {
    return { ok: true, bytes: await readFile(filePath) };
  } catch {
    return problem('file.notFound');
  }
}

/**
 * @example
 * const opened = await openWorkbookFile('市发改委-三季度.xlsx');
 * if (opened.ok) await checkWorkbook(opened.workbook);
 */
export async function openWorkbookFile(filePath: string): Promise<OpenedWorkbook> {
  const read = await readUserFile(filePath);
  return read.ok ? openWithExcelJs(filePath, read.bytes) : read;
}

async function openWithExcelJs(filePath: string, bytes: Uint8Array): Promise<OpenedWorkbook> {
  const opened = await openWorkbookBytes(filePath, bytes);
  if (opened.ok) openedPaths.add(await canonicalPath(filePath));
  return opened;
}

/**
 * Opens a file only to read it (`check`, the sources of `consolidate`): the same problems as
 * `openWorkbookFile`, but the sheets are read straight from the zip by `XlsxSheetReader`, several times
 * faster than ExcelJS loads them. A file that reader refuses or finds damaged goes through ExcelJS as
 * before, so every file that opened still opens, and a damaged one is still `file.corrupt`.
 *
 * @example
 * const opened = await openWorkbookFileForReading('市发改委-三季度.xlsx');
 * if (opened.ok) await checkWorkbook(opened.workbook);
 */
export async function openWorkbookFileForReading(filePath: string): Promise<OpenedReader> {
  const read = await readUserFile(filePath);
  if (!read.ok) return read;
  const { bytes } = read;
  const inspection = inspectXlsxBytes(bytes, filePath);
  if (!inspection.ok) return inspection;
  let reader: XlsxSheetReader | null = null;
  try {
    reader = readXlsxBytes(bytes);
  } catch (error) {
    // Refused (zip64, an odd cell …) or damaged: ExcelJS decides, exactly as without the fast reader.
    reader = null;
    if (error instanceof UnderstatedSizeError) {
      // A zip that understates a part's size: what the parts really inflate to decides (a bomb is refused);
      // within the cap, the file is read allowing that, as Excel opens it.
      const measured = await measureUnpackedSize(bytes, filePath);
      if (!measured.ok) return measured;
      reader = readMeasured(bytes, measured.unpackedBytes);
    }
  }
  if (reader === null) return openWithExcelJs(filePath, bytes);
  if ((await reader.listSheets()).length === 0) return { ok: false, problem: { key: 'file.empty', params: { file: filePath } } };
  openedPaths.add(await canonicalPath(filePath));
  return { ok: true, workbook: reader };
}

function readMeasured(bytes: Uint8Array, unpackedBytes: number): XlsxSheetReader | null {
  try {
    return readXlsxBytes(bytes, unpackedBytes);
  } catch {
    return null;
  }
}

/**
 * Writes the workbook to a new file, through a temporary file in the same folder renamed into place, so
 * that a failure never leaves half a workbook behind. Refuses to replace a file opened by
 * `openWorkbookFile`, and never writes through (or replaces) a symbolic link: a link planted under an
 * output's name would otherwise send the workbook anywhere on the disk. Write errors come back as problems.
 */
export async function saveWorkbookFile(workbook: XlsxWorkbook, filePath: string): Promise<SavedWorkbook> {
  const checked = await checkOutputPath(filePath);
  if (!checked.ok) return checked;
  return writeFileAtomically(checked.path, await workbookBytes(workbook), filePath);
}

/**
 * Whether a file may be written at `filePath`, asked before the work that produces it (a command fails
 * at once, not after minutes of compiling): the absolute path to write, or why not.
 */
export async function checkOutputPath(filePath: string): Promise<SavedWorkbook> {
  const problem = (key: FileProblem['key']): SavedWorkbook => ({ ok: false, problem: { key, params: { file: filePath } } });
  if (openedPaths.has(await canonicalPath(filePath))) return problem('file.wouldOverwrite');
  const absolute = path.resolve(filePath);
  // Not `instanceof Error`: errors from node:fs belong to another realm under some runners (jest).
  const existing = await lstat(absolute).then(
    (info) => ({ info, error: null }),
    (error: NodeJS.ErrnoException) => ({ info: null, error }),
  );
  if (existing.info?.isSymbolicLink()) return problem('file.outputIsLink');
  if (existing.info?.isDirectory()) return problem('file.outputIsFolder');
  if (existing.error !== null && existing.error.code !== 'ENOENT') return writeProblem(existing.error, filePath);
  const folder = await stat(path.dirname(absolute)).catch(() => null);
  if (folder === null || !folder.isDirectory()) return problem('file.outputFolderMissing');
  return { ok: true, path: absolute };
}

/**
 * Writes `bytes` to a temporary name created exclusively (so it cannot be a planted link) and renames it
 * over `target`, checking just before that `target` has not become a link. `shownName` is the name the
 * user gave, for messages.
 */
export async function writeFileAtomically(target: string, bytes: Uint8Array, shownName: string): Promise<SavedWorkbook> {
  return writeAtomically(target, shownName, (temporary) => writeFile(temporary, bytes, { flag: 'wx' }));
}

/**
 * `writeFileAtomically` for a file written piece by piece: `write` must create `temporary` exclusively
 * (flag `wx`) and resolve once it is complete.
 */
export async function writeAtomically(target: string, shownName: string, write: (temporary: string) => Promise<void>): Promise<SavedWorkbook> {
  // A short name of its own: the target's name may already be as long as the system allows.
  const temporary = path.join(path.dirname(target), `.jindu-${randomUUID()}.tmp`);
  try {
    await write(temporary);
    const existing = await lstat(target).catch(() => null);
    if (existing?.isSymbolicLink()) {
      await unlink(temporary).catch(() => undefined);
      return { ok: false, problem: { key: 'file.outputIsLink', params: { file: shownName } } };
    }
    await rename(temporary, target);
  } catch (error) {
    await unlink(temporary).catch(() => undefined);
    return writeProblem(error as NodeJS.ErrnoException, shownName);
  }
  return { ok: true, path: target };
}

/** A failed write as the problem the user can act on. */
function writeProblem(error: NodeJS.ErrnoException, file: string): SavedWorkbook {
  const keyByCode: Readonly<Record<string, FileProblem['key']>> = {
    ENOENT: 'file.outputFolderMissing',
    ENOTDIR: 'file.outputFolderMissing',
    EACCES: 'file.outputNotWritable',
    EPERM: 'file.outputNotWritable',
    EROFS: 'file.outputNotWritable',
    ENAMETOOLONG: 'file.outputNameTooLong',
    ENOSPC: 'file.outputDiskFull',
    EDQUOT: 'file.outputDiskFull',
    EISDIR: 'file.outputIsFolder',
  };
  const key = keyByCode[error.code ?? ''];
  if (key !== undefined) return { ok: false, problem: { key, params: { file } } };
  return { ok: false, problem: { key: 'file.writeFailed', params: { file, detail: error.code ?? error.message } } };
}

/** The .xlsx bytes, zipped natively when this Node can, else through JSZip (stored) and `deflateStoredZip`. */
async function workbookBytes(workbook: XlsxWorkbook): Promise<Uint8Array> {
  if (canZipNatively()) {
    const zipper = new PackageZipper();
    if (await workbook.renderParts((part) => zipper.add(part))) return zipper.finish();
  }
  return deflateStoredZip(await workbook.toBuffer({ uncompressed: true }));
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
