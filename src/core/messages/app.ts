/** Texts of the application shell: errors about files and commands, shared by all hosts. */
import type { MessageMap } from './index';

export const zhCN: MessageMap = {
  'app.name': '进度助手',
  'app.notInExcel': '当前未在 Excel 中运行。可在此页面打开 .xlsx 文件使用“文件模式”。',
  'file.notFound': '找不到文件：{file}',
  'file.notXlsx': '“{file}”不是 .xlsx 工作簿，无法读取。请在 Excel 或 WPS 中另存为 .xlsx 后重试。',
  'file.corrupt': '“{file}”已损坏或不是有效的 .xlsx 文件，无法读取。',
  'file.encrypted': '“{file}”设有打开密码，无法读取。请先在 Excel 或 WPS 中取消密码后另存。',
  'file.empty': '“{file}”中没有任何工作表。',
  'file.tooLarge': '“{file}”超过 {limit} MB，已拒绝读取。',
  'file.unpackedTooLarge': '“{file}”解压后超过 {limit} MB，已拒绝读取。',
  'file.wouldOverwrite': '输出文件不能与输入文件相同：{file}',
  'sheet.notFound': '工作簿中没有名为“{sheet}”的工作表。',
  'sheet.protected': '工作表“{sheet}”受保护，无法写入。请先撤销工作表保护（审阅 → 撤销工作表保护）。',
};

export const en: MessageMap = {
  'app.name': 'Jindu',
  'app.notInExcel': 'Not running inside Excel. Open .xlsx files on this page to use file mode.',
  'file.notFound': 'File not found: {file}',
  'file.notXlsx': '"{file}" is not an .xlsx workbook. Save it as .xlsx in Excel or WPS and try again.',
  'file.corrupt': '"{file}" is damaged or not a valid .xlsx file and cannot be read.',
  'file.encrypted': '"{file}" is protected by a password and cannot be read. Remove the password in Excel or WPS and save again.',
  'file.empty': '"{file}" contains no worksheets.',
  'file.tooLarge': '"{file}" is larger than {limit} MB and was refused.',
  'file.unpackedTooLarge': '"{file}" unpacks to more than {limit} MB and was refused.',
  'file.wouldOverwrite': 'The output file must not be the input file: {file}',
  'sheet.notFound': 'The workbook has no sheet named "{sheet}".',
  'sheet.protected': 'The sheet "{sheet}" is protected and cannot be written. Unprotect it first (Review → Unprotect Sheet).',
};
