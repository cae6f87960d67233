import fc from 'fast-check';
import iconv from 'iconv-lite';
import { CsvWorkbook } from '../../../src/adapters/csv/csvWorkbook';
import { DocxWorkbook } from '../../../src/adapters/docx/docxWorkbook';
import { XlsxWorkbook } from '../../../src/adapters/xlsx';
import { checkWorkbook } from '../../../src/core/check';
import type { CellValue } from '../../../src/core/grid/sheetGrid';
import { openSpreadsheetBytes } from '../../../src/adapters/formats/openSpreadsheetBytes';
import { xlsxBytesOf } from '../../fixtures/consolidate/writeBureauFiles';
import { legacyBytesOf, type LegacyBookType } from '../../fixtures/legacy/writeLegacyFiles';
import { wordBytesOfSheetRows } from '../../fixtures/docx/writeWordReport';

/** Excel's way of writing CSV: a field quoted when it holds a separator, a quote or a line break. */
function csvOf(rows: readonly (readonly CellValue[])[]): string {
  const field = (value: CellValue) => {
    const text = value === null ? '' : String(value);
    return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
  };
  return rows.map((row) => row.map(field).join(',')).join('\r\n');
}

const words = ['建成', '推进', '完成', '新增', '项目', '学校', '亿元', '，', '。', '"', ',', '\n', '（责任单位：市教育局）', '30%', '5所', '年底前'];
const text = fc.array(fc.constantFrom(...words), { minLength: 0, maxLength: 8 }).map((parts) => parts.join(''));
const taskRow = fc.tuple(fc.integer({ min: 1, max: 300 }), text, fc.constantFrom('一季度', '三季度', '全年', ''), text, text, fc.constantFrom('完成', '序时推进', '滞后', '', '好'));

/** Issues as the user sees where they are: rule, cell and severity (the sheet is named after the file in a CSV). */
async function issuesOf(workbook: Parameters<typeof checkWorkbook>[0]) {
  const checked = await checkWorkbook(workbook);
  return checked.sheets.flatMap((sheet) => sheet.issues.map((issue) => `${issue.rule}@${issue.cell}:${issue.severity}`)).sort();
}

/** The report written by SheetJS in a legacy format and read by Jindu as a bureau's `.xls` is. */
async function legacyWorkbook(rows: readonly (readonly CellValue[])[], bookType: LegacyBookType) {
  const opened = await openSpreadsheetBytes('市教育局.xls', legacyBytesOf({ 市教育局: rows }, bookType), async () => {
    throw new Error('not an .xlsx');
  });
  if (!opened.ok) throw new Error(`${bookType} not read: ${opened.problem.key}`);
  return opened.workbook;
}

/** The report model as the compiler sees it: every task row's serial and cell texts by role. */
async function reportModelOf(workbook: Parameters<typeof checkWorkbook>[0]) {
  const checked = await checkWorkbook(workbook);
  return checked.sheets.map((sheet) => ({ unit: sheet.unit, period: sheet.period, rows: sheet.report?.rows.map((row) => JSON.stringify(row)) ?? [] }));
}

describe('the same report as .xlsx, as CSV (UTF-8 and GBK), as .xls, as Excel 2003 XML, as a web-page table and as a Word table', () => {
  it('yields identical issues at identical cells and identical report models', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(taskRow, { minLength: 1, maxLength: 6 }), async (tasks) => {
        const rows: CellValue[][] = [
          ['2024年《政府工作报告》重点工作任务三季度进展情况'],
          ['填报单位：市教育局    填报时间：2024年10月9日'],
          ['序号', '《政府工作报告》重点工作任务', '时间', '节点任务', '进展情况', '自我评价'],
          ...tasks.map((row) => row.map((cell) => (cell === '' ? null : cell))),
        ];
        const xlsx = await XlsxWorkbook.load(await xlsxBytesOf({ file: '市教育局.xlsx', sheets: { 市教育局: rows } }));
        const expected = await issuesOf(xlsx);
        const model = await reportModelOf(xlsx);
        for (const csv of [CsvWorkbook.read('市教育局.csv', new TextEncoder().encode(`\uFEFF${csvOf(rows)}`)), CsvWorkbook.read('市教育局.csv', iconv.encode(csvOf(rows), 'gbk'))]) {
          expect(await issuesOf(csv)).toEqual(expected);
          expect(await reportModelOf(csv)).toEqual(model);
        }
        for (const bookType of ['xls', 'xlml'] as const) {
          const legacy = await legacyWorkbook(rows, bookType);
          expect([bookType, await issuesOf(legacy)]).toEqual([bookType, expected]);
          expect([bookType, await reportModelOf(legacy)]).toEqual([bookType, model]);
        }
        // A web page's white space is collapsed as a browser (and Excel opening the page) shows it, so
        // spaces and line breaks at a cell's edges, which the white-space rule reports, are not there to see.
        const withoutEdgeSpace = (issues: readonly string[]) => issues.filter((issue) => !issue.startsWith('text.whitespace@'));
        expect(withoutEdgeSpace(await issuesOf(await legacyWorkbook(rows, 'html')))).toEqual(withoutEdgeSpace(expected));
        // A Word table: the title and 填报单位 lines as paragraphs above it, the header and tasks as its rows.
        const word = await DocxWorkbook.open('市教育局.docx', await wordBytesOfSheetRows(rows, 2));
        if (!word.ok) throw new Error(word.problem.key);
        expect(await issuesOf(word.workbook)).toEqual(expected);
        expect(await reportModelOf(word.workbook)).toEqual(model);
      }),
      { numRuns: 25 },
    );
  });
});
