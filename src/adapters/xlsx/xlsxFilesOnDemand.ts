/**
 * File mode's .xlsx files (the XlsxFiles port), each call loading the xlsx chunk on first use: the page
 * shows at once and fetches ExcelJS only when a file is opened, the sample loaded or a split downloaded.
 */
import type { XlsxFiles } from '../../app/fileMode/fileWorkbook';
import { buildSampleWorkbook, SAMPLE_REPORT_SHEET } from './buildSampleWorkbook';
import { loadXlsxAdapter } from './loadXlsxAdapter';
import { zipFiles } from './zipFiles';

export const xlsxFilesOnDemand: XlsxFiles = {
  async open(name, bytes) {
    // Any format a bureau sends: an .xls, a CSV … opens as a new .xlsx copy (read in the xlsx chunk).
    const xlsx = await loadXlsxAdapter();
    return xlsx.openFileWorkbook(name, bytes);
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
