/** Texts about the formats files arrive in: what was read how, and what cannot be read and what to do instead. */
import type { MessageMap } from './index';

export const zhCN: MessageMap = {
  'format.legacyDamaged': '“{file}”是 Excel 97-2003 工作簿（.xls），但文件结构已损坏，无法读取。请在 Excel 或 WPS 中打开，如能打开请另存为 .xlsx 后重试。',
  'format.oldBiff': '“{file}”是 Excel 95 或更早版本的工作簿，无法读取。请在 Excel 或 WPS 中另存为 .xlsx 后重试。',
  'format.spreadsheetXmlDamaged': '“{file}”是报送系统导出的 Excel 2003 XML 或网页表格，但内容不完整或格式有误，无法读取。请在 Excel 或 WPS 中打开后另存为 .xlsx。',
  'format.htmlNoTable': '“{file}”是网页文件，其中没有表格，无法读取。',
  'format.tooManyCells': '“{file}”中有工作表超过 {limit} 个单元格（行数 × 列数），已拒绝读取。请删去多余的行列，或另存为 .xlsx 后重试。',
  'format.wpsEt': '“{file}”是 WPS 表格专有格式（.et），无法读取。请在 WPS 中另存为 .xlsx 后重试。',
  'format.legacyWord': '“{file}”是旧版 Word 或 WPS 文字文档（.doc / .wps），无法读取。请另存为 .docx 后重试。',
  'format.wordNotRead': '“{file}”是 Word 文档（.docx），暂不能直接读取其中的表格。请把表格复制到 Excel 中另存为 .xlsx。',
  'format.otherZip': '“{file}”是压缩包或其他办公文档（如 .ods），不是 .xlsx、.csv 或 .docx，无法读取。',
  'format.unknown': '“{file}”不是可读取的表格文件（支持 .xlsx、.xls、.et、.csv 和含表格的 .docx；其他格式请另存为 .xlsx）。',
  'format.csvFieldTooLong': '“{file}”第 {row} 行有一个超过 32767 个字符的字段，超出单元格容量，已拒绝读取。',
  'format.csvEmpty': '“{file}”中没有任何内容。',
};

export const en: MessageMap = {
  'format.legacyDamaged': '"{file}" is an Excel 97-2003 workbook (.xls) whose structure is damaged; it cannot be read. Open it in Excel or WPS and, if it opens, save it as .xlsx and try again.',
  'format.oldBiff': '"{file}" is an Excel 95 or older workbook and cannot be read. Save it as .xlsx in Excel or WPS and try again.',
  'format.spreadsheetXmlDamaged': '"{file}" is an Excel 2003 XML or web-page table (as report systems export) that is incomplete or malformed; it cannot be read. Open it in Excel or WPS and save it as .xlsx.',
  'format.htmlNoTable': '"{file}" is a web page with no table in it; it cannot be read.',
  'format.tooManyCells': '"{file}" has a sheet of more than {limit} cells (rows × columns); it was refused. Delete the unused rows and columns, or save it as .xlsx, and try again.',
  'format.wpsEt': '"{file}" is in WPS Spreadsheets\' own format (.et) and cannot be read. Save it as .xlsx in WPS and try again.',
  'format.legacyWord': '"{file}" is an old Word or WPS Writer document (.doc / .wps) and cannot be read. Save it as .docx and try again.',
  'format.wordNotRead': '"{file}" is a Word document (.docx); its tables cannot be read directly yet. Copy the table into Excel and save it as .xlsx.',
  'format.otherZip': '"{file}" is an archive or another office document (such as .ods), not .xlsx, .csv or .docx, and cannot be read.',
  'format.unknown': '"{file}" is not a spreadsheet file that can be read (.xlsx, .xls, .et, .csv and .docx with a table are read; save other formats as .xlsx).',
  'format.csvFieldTooLong': '"{file}" has a field longer than 32767 characters in line {row}, more than a cell holds; it was refused.',
  'format.csvEmpty': '"{file}" holds nothing.',
};
