/** Texts about the formats files arrive in: what was read how, and what cannot be read and what to do instead. */
import type { MessageMap } from './index';

export const zhCN: MessageMap = {
  'format.legacyXls': '“{file}”是 Excel 97-2003 工作簿（.xls），暂不能直接读取。请在 Excel 或 WPS 中另存为 .xlsx 后重试。',
  'format.spreadsheetXml': '“{file}”是 Excel 2003 XML 表格（常见于报送系统导出），暂不能直接读取。请在 Excel 或 WPS 中打开后另存为 .xlsx。',
  'format.html': '“{file}”实际是网页表格（常见于报送系统导出的 .xls），暂不能直接读取。请在 Excel 或 WPS 中打开后另存为 .xlsx。',
  'format.wpsEt': '“{file}”是 WPS 表格专有格式（.et），无法读取。请在 WPS 中另存为 .xlsx 后重试。',
  'format.legacyWord': '“{file}”是旧版 Word 或 WPS 文字文档（.doc / .wps），无法读取。请另存为 .docx 后重试。',
  'format.wordNotRead': '“{file}”是 Word 文档（.docx），暂不能直接读取其中的表格。请把表格复制到 Excel 中另存为 .xlsx。',
  'format.otherZip': '“{file}”是压缩包或其他办公文档（如 .ods），不是 .xlsx、.csv 或 .docx，无法读取。',
  'format.unknown': '“{file}”不是可读取的表格文件（支持 .xlsx、.csv；.xls、.et 请另存为 .xlsx）。',
  'format.csvFieldTooLong': '“{file}”第 {row} 行有一个超过 32767 个字符的字段，超出单元格容量，已拒绝读取。',
  'format.csvEmpty': '“{file}”中没有任何内容。',
};

export const en: MessageMap = {
  'format.legacyXls': '"{file}" is an Excel 97-2003 workbook (.xls), which cannot be read directly yet. Save it as .xlsx in Excel or WPS and try again.',
  'format.spreadsheetXml': '"{file}" is an Excel 2003 XML spreadsheet (as report systems export), which cannot be read directly yet. Open it in Excel or WPS and save it as .xlsx.',
  'format.html': '"{file}" is really a web-page table (as report systems export under .xls), which cannot be read directly yet. Open it in Excel or WPS and save it as .xlsx.',
  'format.wpsEt': '"{file}" is in WPS Spreadsheets\' own format (.et) and cannot be read. Save it as .xlsx in WPS and try again.',
  'format.legacyWord': '"{file}" is an old Word or WPS Writer document (.doc / .wps) and cannot be read. Save it as .docx and try again.',
  'format.wordNotRead': '"{file}" is a Word document (.docx); its tables cannot be read directly yet. Copy the table into Excel and save it as .xlsx.',
  'format.otherZip': '"{file}" is an archive or another office document (such as .ods), not .xlsx, .csv or .docx, and cannot be read.',
  'format.unknown': '"{file}" is not a spreadsheet file that can be read (.xlsx and .csv are read; save .xls and .et as .xlsx).',
  'format.csvFieldTooLong': '"{file}" has a field longer than 32767 characters in line {row}, more than a cell holds; it was refused.',
  'format.csvEmpty': '"{file}" holds nothing.',
};
