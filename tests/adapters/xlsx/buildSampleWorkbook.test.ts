import * as xlsx from '../../../src/adapters/xlsx';
import { checkGrid, displayTextOf, SEED_001_PLAN_SHEET, seed000Rows } from '../../../src/core';
import { buildSampleWorkbook, SAMPLE_REPORT_SHEET } from '../../../src/adapters/xlsx/buildSampleWorkbook';

describe('the built-in sample', () => {
  it('holds seed 000 as published, page-split rows and repeated headers included, beside the plan', async () => {
    const workbook = await xlsx.XlsxWorkbook.load(await (await buildSampleWorkbook(xlsx)).toBuffer());
    expect((await workbook.listSheets()).map((sheet) => sheet.name)).toEqual([SAMPLE_REPORT_SHEET, SEED_001_PLAN_SHEET]);
    const grid = await workbook.readSheet(SAMPLE_REPORT_SHEET);
    const expected = seed000Rows.map((row) => Array.from({ length: 6 }, (_, column) => displayTextOf(row[column] ?? null)));
    expect(grid.text).toEqual(expected);
    expect(grid.merges).toContainEqual({ top: 0, left: 0, bottom: 0, right: 5 });
  });

  it('shows the defects a newcomer should see when checking it', async () => {
    const grid = await (await buildSampleWorkbook(xlsx)).readSheet(SAMPLE_REPORT_SHEET);
    const rules = new Set(checkGrid(grid, {}).issues.map((issue) => issue.rule));
    expect([...rules]).toEqual(expect.arrayContaining(['selfAssessment.doneButOngoing', 'row.repeatedHeader', 'row.continuation']));
  });
});
