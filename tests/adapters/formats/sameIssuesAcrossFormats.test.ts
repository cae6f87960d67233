import fc from 'fast-check';
import iconv from 'iconv-lite';
import { CsvWorkbook } from '../../../src/adapters/csv/csvWorkbook';
import { DocxWorkbook } from '../../../src/adapters/docx/docxWorkbook';
import { XlsxWorkbook } from '../../../src/adapters/xlsx';
import { checkWorkbook } from '../../../src/core/check';
import type { CellValue } from '../../../src/core/grid/sheetGrid';
import { xlsxBytesOf } from '../../fixtures/consolidate/writeBureauFiles';
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

/** The report model as the compiler sees it: every task row's serial and cell texts by role. */
async function reportModelOf(workbook: Parameters<typeof checkWorkbook>[0]) {
  const checked = await checkWorkbook(workbook);
  return checked.sheets.map((sheet) => ({ unit: sheet.unit, period: sheet.period, rows: sheet.report?.rows.map((row) => JSON.stringify(row)) ?? [] }));
}

describe('the same report as .xlsx, as CSV (UTF-8 and GBK) and as a Word table', () => {
  it('yields identical report models and identical issues at identical cells', async () => {
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
        expect(await issuesOf(CsvWorkbook.read('市教育局.csv', new TextEncoder().encode(`\uFEFF${csvOf(rows)}`)))).toEqual(expected);
        expect(await issuesOf(CsvWorkbook.read('市教育局.csv', iconv.encode(csvOf(rows), 'gbk')))).toEqual(expected);
        // A Word table: the title and 填报单位 lines as paragraphs above it, the header and tasks as its rows.
        const word = await DocxWorkbook.open('市教育局.docx', await wordBytesOfSheetRows(rows, 2));
        if (!word.ok) throw new Error(word.problem.key);
        expect(await issuesOf(word.workbook)).toEqual(expected);
        expect(await reportModelOf(word.workbook)).toEqual(await reportModelOf(xlsx));
      }),
      { numRuns: 25 },
    );
  });
});
