/** Texts about reports that arrive as tables of a Word document (.docx): where things are, and why one is refused. */
import type { MessageMap } from './index';

export const zhCN: MessageMap = {
  'place.tableCell': '表{table} 第{row}行 第{column}列',
  'place.paragraphAbove': '表{table} 上方第{paragraph}段',
  'consolidate.origin.documentTable': '{file}｜Word 表{table}｜第{rows}行',
  'consolidate.origin.documentTables': '{file}｜{parts}',
  'consolidate.origin.tablePart': 'Word 表{table} 第{rows}行',
  'consolidate.origin.tablePartSeparator': '；',
  'format.wordNoTable': '“{file}”是 Word 文档（.docx），但正文中没有表格，无法读取进展情况表。',
  'format.wordTableTooLarge': '“{file}”中的表格过大（超过 {limit} 个单元格），已拒绝读取。',
  'format.wordUnsafeXml': '“{file}”的文档内容含有不安全的 XML（文档类型声明或嵌套过深的表格），已拒绝读取。',
  'format.wordDamaged': '“{file}”已损坏或不是有效的 Word 文档（.docx），无法读取。请在 Word 或 WPS 中打开后重新保存。',
  'format.wordDocumentTooLarge': '“{file}”的文档正文解压后超过 {limit} MB，可能是恶意构造的文件，已拒绝读取。',
};

export const en: MessageMap = {
  'place.tableCell': 'table {table}, row {row}, column {column}',
  'place.paragraphAbove': 'paragraph {paragraph} above table {table}',
  'consolidate.origin.documentTable': '{file} | Word table {table} | row {rows}',
  'consolidate.origin.documentTables': '{file} | {parts}',
  'consolidate.origin.tablePart': 'Word table {table} row {rows}',
  'consolidate.origin.tablePartSeparator': '; ',
  'format.wordNoTable': '"{file}" is a Word document (.docx) without a table in its body, so no progress sheet can be read from it.',
  'format.wordTableTooLarge': '"{file}" holds a table too large to read (more than {limit} cells); it was refused.',
  'format.wordUnsafeXml': '"{file}" holds unsafe XML in its text (a document type declaration, or tables nested too deep); it was refused.',
  'format.wordDamaged': '"{file}" is damaged or not a valid Word document (.docx) and cannot be read. Open it in Word or WPS and save it again.',
  'format.wordDocumentTooLarge': '"{file}" has a document body that unpacks to more than {limit} MB and may be built to harm; it was refused.',
};
