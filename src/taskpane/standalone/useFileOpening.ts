/**
 * Opening files, loading the sample and downloading the active file: the effects of file mode's toolbar.
 * Each failure becomes a problem the page lists; one file failing never keeps the others from opening.
 */
import type { FileSession, SessionFile } from '../../app/fileMode/fileSession';
import type { XlsxFiles } from '../../app/fileMode/fileWorkbook';
import type { SheetInfo } from '../../core';
import { downloadBytes, downloadName } from './downloadWorkbook';

const MEGABYTE = 1024 * 1024;
/** The limit inspectXlsxBytes applies too; checked here from the file's size, before reading it. */
const MAX_FILE_MEGABYTES = 50;

export interface Problem {
  readonly key: string;
  readonly params: Readonly<Record<string, string | number>>;
}

export interface FileOpeningOptions {
  readonly session: FileSession;
  readonly xlsxFiles: XlsxFiles;
  readonly setProblems: (problems: readonly Problem[]) => void;
  /** The sample's file name, in the page's language. */
  readonly sampleName: string;
}

export function useFileOpening({ session, xlsxFiles, setProblems, sampleName }: FileOpeningOptions) {
  const openFiles = async (files: readonly File[]) => {
    const wanted = files.filter((file) => file.name !== '');
    if (wanted.length === 0) return;
    setProblems([]);
    session.setReading(wanted.map((file) => file.name));
    const found: Problem[] = [];
    // One file at a time, each on its own: a file that fails never keeps the others from opening.
    for (const file of wanted) {
      try {
        // Refuse by size before reading the bytes into memory.
        if (file.size > MAX_FILE_MEGABYTES * MEGABYTE) {
          found.push({ key: 'file.tooLarge', params: { file: file.name, limit: MAX_FILE_MEGABYTES } });
          continue;
        }
        const opened = await xlsxFiles.open(file.name, new Uint8Array(await file.arrayBuffer()));
        if (!opened.ok) {
          found.push(opened.problem);
          continue;
        }
        session.add(file.name, opened.workbook, firstReportSheet(await opened.workbook.listSheets()));
      } catch (error) {
        found.push({ key: 'fileMode.failed', params: { detail: `${file.name}: ${error instanceof Error ? error.message : String(error)}` } });
      }
    }
    session.setReading([]);
    setProblems(found);
  };

  const loadSample = async () => {
    setProblems([]);
    const name = sampleName;
    session.setReading([name]);
    try {
      const sample = await xlsxFiles.sample();
      session.add(name, sample.workbook, sample.sheet);
    } catch (error) {
      setProblems([{ key: 'fileMode.failed', params: { detail: error instanceof Error ? error.message : String(error) } }]);
    } finally {
      session.setReading([]);
    }
  };

  const download = async (file: SessionFile) => {
    try {
      downloadBytes(downloadName(file.name), await file.workbook.toBuffer());
      session.update(file.id, () => ({ changed: false }));
    } catch (error) {
      setProblems([{ key: 'fileMode.failed', params: { detail: error instanceof Error ? error.message : String(error) } }]);
    }
  };

  return { openFiles, loadSample, download };
}

/** The sheet to show first: the first visible one whose name says it is a quarter's report, else the first visible. */
function firstReportSheet(sheets: readonly SheetInfo[]): string | null {
  const visible = sheets.filter((sheet) => sheet.visible);
  return (visible.find((sheet) => /季度|进展|进度/.test(sheet.name)) ?? visible[0])?.name ?? null;
}
