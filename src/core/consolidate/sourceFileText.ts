/**
 * How 来源 names a source's file: its name, and what it really is when that is not what the name says of
 * it. Bureaus rename files and report systems export HTML or Excel 2003 XML under `.xls`; the lead office
 * opening "导出.xls" to find a row must know it is a web page, not an Excel 97-2003 workbook.
 */
import { formatMessage, type Language } from '../messages';
import type { SourceFormat, SourceOrigin } from './types';

/** The extensions each format is saved under by the programs that write it; any other is told. */
const OWN_EXTENSIONS: Readonly<Record<SourceFormat, readonly string[]>> = {
  xlsx: ['.xlsx', '.xlsm'],
  xls: ['.xls'],
  spreadsheetXml: ['.xml'],
  html: ['.html', '.htm'],
  csv: ['.csv', '.txt', '.tsv'],
  docx: ['.docx'],
};

/**
 * The file part of 来源: the name alone for an .xlsx (or a Word document, whose 来源 says "Word 表1"
 * already) under its own extension, else the name with the format sniffed from its bytes, and the
 * extension when that is not the format's own.
 *
 * @example
 * sourceFileText({ file: '市教育局.xlsx', sheet: '三季度', format: 'xlsx' }, 'zh-CN') // '市教育局.xlsx'
 * sourceFileText({ file: '旧表.xls', sheet: 'Sheet1', format: 'xls' }, 'zh-CN')       // '旧表.xls（Excel 97-2003 工作簿）'
 * sourceFileText({ file: '导出.xls', sheet: 'Sheet1', format: 'html' }, 'zh-CN')      // '导出.xls（HTML 表格，扩展名为 .xls）'
 */
export function sourceFileText(origin: SourceOrigin, language: Language): string {
  const format = origin.format;
  if (format === undefined) return origin.file;
  const extension = extensionOf(origin.file);
  const ownExtension = OWN_EXTENSIONS[format].includes(extension);
  if (ownExtension && (format === 'xlsx' || format === 'docx')) return origin.file;
  const name = formatMessage(language, `source.format.${format}`);
  const described = ownExtension || extension === '' ? name : formatMessage(language, 'source.format.misnamed', { format: name, extension });
  return formatMessage(language, 'source.file', { file: origin.file, format: described });
}

function extensionOf(file: string): string {
  const base = file.split(/[\\/]/).pop() ?? file;
  const dot = base.lastIndexOf('.');
  return dot <= 0 ? '' : base.slice(dot).toLowerCase();
}
