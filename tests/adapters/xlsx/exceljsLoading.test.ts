/**
 * Where ExcelJS still reads a user's file (the workbook file mode writes into, `jindu fill`'s target),
 * validations and merged areas load in time and memory that follow the cells: a validation over a whole
 * sheet or whole columns stays one range (ExcelJS expanded it per cell: minutes, gigabytes), a merge over a
 * whole column is cut past the written cells, and 50,000 merges are not compared pairwise.
 */
import { Workbook as ExcelWorkbook } from 'exceljs';
import { openWorkbookBytes } from '../../../src/adapters/xlsx/openWorkbookBytes';
import { workbookPackage } from './sheetReaderParts';

const rows = (count: number) => Array.from({ length: count }, (_, index) => `<row r="${index + 1}"><c r="A${index + 1}"><v>${index}</v></c></row>`).join('');

async function sheetXmlAfterSaving(bytes: Uint8Array): Promise<string> {
  const opened = await openWorkbookBytes('模板.xlsx', bytes);
  if (!opened.ok) throw new Error(opened.problem.key);
  const saved = await opened.workbook.toBuffer();
  const JSZip = (await import('jszip')).default;
  const zip = await JSZip.loadAsync(saved);
  return (await zip.file('xl/worksheets/sheet1.xml')?.async('string')) ?? '';
}

describe('ExcelJS loads validations and merges as ranges, not cell by cell', () => {
  it('keeps a validation over the whole sheet and whole-column dropdowns whole, and writes them back whole', async () => {
    const bytes = workbookPackage({
      sheets: [
        {
          name: '模板',
          body:
            `<sheetData>${rows(20)}</sheetData>` +
            '<dataValidations count="2"><dataValidation type="list" sqref="A1:XFD1048576"><formula1>"是,否"</formula1></dataValidation>' +
            '<dataValidation type="list" sqref="F2:F1048576 H2:H1048576"><formula1>"完成,未完成"</formula1></dataValidation></dataValidations>',
        },
      ],
    });
    const xml = await sheetXmlAfterSaving(bytes);
    expect(xml).toContain('sqref="A1:XFD1048576"');
    expect(xml).toMatch(/sqref="(F2:F1048576 H2:H1048576|H2:H1048576 F2:F1048576)"|sqref="F2:F1048576"[^>]*>[\s\S]*sqref="H2:H1048576"/);
  });

  it('cuts a merge over a whole column a thousand rows past the written cells', async () => {
    const bytes = workbookPackage({ sheets: [{ name: '模板', body: `<sheetData>${rows(20)}</sheetData><mergeCells count="1"><mergeCell ref="C1:C1048576"/></mergeCells>` }] });
    const xml = await sheetXmlAfterSaving(bytes);
    expect(xml).toContain('<mergeCell ref="C1:C1020"/>');
  });

  it('loads 50,000 merges without comparing each with every earlier one, and still refuses overlapping ones', async () => {
    const probe = new ExcelWorkbook().addWorksheet('probe');
    probe.mergeCells('A1:B1');
    const merges = (probe as unknown as { _merges: Record<string, object> })._merges;
    const rangePrototype = Object.getPrototypeOf(merges.A1) as { intersects: (other: unknown) => boolean };
    const intersects = jest.spyOn(rangePrototype, 'intersects');
    const count = 50_000;
    const mergeCells = Array.from({ length: count }, (_, index) => `<mergeCell ref="A${2 * index + 30}:B${2 * index + 30}"/>`).join('');
    const many = workbookPackage({ sheets: [{ name: '合并', body: `<sheetData>${rows(30)}</sheetData><mergeCells count="${count}">${mergeCells}</mergeCells>` }] });
    const opened = await openWorkbookBytes('合并.xlsx', many);
    expect(opened.ok).toBe(true);
    if (opened.ok) expect((await opened.workbook.readSheet('合并')).merges).toHaveLength(count);
    expect(intersects).not.toHaveBeenCalled();
    intersects.mockRestore();

    const overlapping = workbookPackage({
      sheets: [{ name: '重叠', body: `<sheetData>${rows(5)}</sheetData><mergeCells count="2"><mergeCell ref="A1:B2"/><mergeCell ref="B2:C3"/></mergeCells>` }],
    });
    expect(await openWorkbookBytes('重叠.xlsx', overlapping)).toMatchObject({ ok: false, problem: { key: 'file.corrupt' } });
  });
});
