/**
 * File mode's .xlsx files (the XlsxFiles port), each call loading the xlsx chunk on first use: the page
 * shows at once and fetches ExcelJS only when a file is opened, the sample loaded or a split downloaded.
 * A file in another format (CSV, a Word table …) opens as a new workbook holding what it holds, as Excel
 * opens it; what is downloaded is .xlsx.
 */
import type { XlsxFiles } from '../../app/fileMode/fileWorkbook';
import { buildSampleWorkbook, SAMPLE_REPORT_SHEET } from './buildSampleWorkbook';
import { copyWorkbookOperations } from '../formats/copyWorkbookOperations';
import { openPickedFile } from '../formats/openPickedFile';
import { sniffFormat } from '../formats/sniffFormat';
import { loadXlsxAdapter } from './loadXlsxAdapter';
import { zipFiles } from './zipFiles';

export const xlsxFilesOnDemand: XlsxFiles = {
  async open(name, bytes) {
    // Any format a bureau sends: an .xls, a CSV … opens as a new .xlsx copy (read in the xlsx chunk).
    const xlsx = await loadXlsxAdapter();
    if (sniffFormat(bytes) === 'xlsx') return xlsx.openFileWorkbook(name, bytes);
    const opened = await openPickedFile(name, bytes);
    if (!opened.ok) return opened;
    const workbook = xlsx.XlsxWorkbook.create();
    await workbook.apply(await copyWorkbookOperations(opened.workbook));
    // A Word table's copy keeps its origin, so the pane names places in the document, as the CLI does.
    for (const sheet of await opened.workbook.listSheets()) {
      const { documentTable } = await opened.workbook.readSheet(sheet.name);
      if (documentTable !== undefined && sheet.visible) workbook.rememberDocumentTable(sheet.name, documentTable);
    }
    return { ok: true, workbook };
  },
  async sample() {
    return { workbook: await buildSampleWorkbook(await loadXlsxAdapter()), sheet: SAMPLE_REPORT_SHEET };
  },
  async bytesOf(operations) {
    const xlsx = await loadXlsxAdapter();
    const workbook = xlsx.XlsxWorkbook.create();
    await workbook.apply(operations);
    return workbook.toBuffer();
  },
  async zip(entries) {
    return zipFiles(entries);
  },
};
