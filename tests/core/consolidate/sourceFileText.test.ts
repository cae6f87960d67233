import { sourceFileText } from '../../../src/core/consolidate/sourceFileText';
import type { SourceOrigin } from '../../../src/core';

describe('sourceFileText', () => {
  it.each<{ description: string; origin: SourceOrigin; zh: string; en: string }>([
    { description: 'an .xlsx under its own name is named alone', origin: { file: '市教育局.xlsx', sheet: '三季度', format: 'xlsx' }, zh: '市教育局.xlsx', en: '市教育局.xlsx' },
    { description: 'a sheet of the open workbook has no format to name', origin: { file: '', sheet: '三季度' }, zh: '', en: '' },
    { description: 'a Word document under its own name (来源 says Word 表1 already)', origin: { file: '市卫健委.docx', sheet: '表1', format: 'docx' }, zh: '市卫健委.docx', en: '市卫健委.docx' },
    { description: 'an Excel 97-2003 workbook is named', origin: { file: '旧表.xls', sheet: 'Sheet1', format: 'xls' }, zh: '旧表.xls（Excel 97-2003 工作簿）', en: '旧表.xls (Excel 97-2003 workbook)' },
    {
      description: 'a web page saved as .xls is named a web page, the extension told',
      origin: { file: '导出.XLS', sheet: 'Sheet1', format: 'html' },
      zh: '导出.XLS（HTML 表格，扩展名为 .xls）',
      en: '导出.XLS (HTML table, named .xls)',
    },
    { description: 'an .xlsx renamed .et', origin: { file: '报表.et', sheet: 'Sheet1', format: 'xlsx' }, zh: '报表.et（Excel 工作簿，扩展名为 .et）', en: '报表.et (Excel workbook, named .et)' },
    { description: 'a CSV read from a .txt', origin: { file: '市文旅局.txt', sheet: '市文旅局', format: 'csv' }, zh: '市文旅局.txt（CSV 文本）', en: '市文旅局.txt (CSV text)' },
    { description: 'a file without an extension', origin: { file: '进展', sheet: 'Sheet1', format: 'spreadsheetXml' }, zh: '进展（Excel 2003 XML 表格）', en: '进展 (Excel 2003 XML spreadsheet)' },
  ])('$description', ({ origin, zh, en }) => {
    expect(sourceFileText(origin, 'zh-CN')).toBe(zh);
    expect(sourceFileText(origin, 'en')).toBe(en);
  });
});
