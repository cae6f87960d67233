/** Why the .xlsx adapter (CLI, file mode, files added to the pane) skipped an operation: `WriteResult.skipped[].reason`. */
import type { MessageMap } from './index';

export const zhCN: MessageMap = {
  'xlsx.unsupported.charts': '在 Excel 之外生成的 .xlsx 文件中无法绘制图表；请在 Excel 中打开“统计”表后插入图表。',
  'xlsx.unsupported.listSeparator': '下拉列表的选项含有逗号或引号，.xlsx 文件中的下拉列表无法容纳，未设置。',
  'xlsx.unsupported.listTooLong': '下拉列表的选项合计超过 Excel 允许的 255 个字符，未设置。',
};

export const en: MessageMap = {
  'xlsx.unsupported.charts': 'Charts cannot be drawn in .xlsx files written outside Excel; open the statistics sheet in Excel and insert one there.',
  'xlsx.unsupported.listSeparator': 'A drop-down list item contains a comma or a quotation mark, which an .xlsx drop-down list cannot hold; the list was not set.',
  'xlsx.unsupported.listTooLong': 'The drop-down list items pass the 255 characters Excel allows; the list was not set.',
};
