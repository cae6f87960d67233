/** Texts of the WPS 表格 加载项: its ribbon and the errors of its host. */
import type { MessageMap } from './index';

export const zhCN: MessageMap = {
  'wps.noWorkbook': '没有打开的工作簿。请先在 WPS 表格中打开或新建一个工作簿。',
  'wps.readOnly': '工作簿为只读，无法写入。请另存一份后重试。',
  'wps.sheetExists': '工作簿中已有名为“{sheet}”的工作表。',
  'wps.unsupported.charts': '此版本的 WPS 表格不提供绘制图表的接口，未绘制图表；“统计”表照常生成，可选中其数据后用“插入 → 图表”绘制。',
  'wps.chartFailed': 'WPS 表格未能绘制图表；“统计”表照常生成，可选中其数据后用“插入 → 图表”绘制。',
  'wps.unsupported.listSeparator': '下拉列表的选项含有逗号或引号，WPS 的下拉列表无法容纳，未设置。',
  'wps.unsupported.listTooLong': '下拉列表的选项合计超过 255 个字符，WPS 无法设置，未设置。',
  'wps.paneTitle': '进度助手',
  'wps.outsideWps': '此页面是 WPS 表格的进度助手加载项，请在 WPS 表格中点击“进度助手 → 打开进度助手”使用。',
};

export const en: MessageMap = {
  'wps.noWorkbook': 'No workbook is open. Open or create one in WPS Spreadsheets first.',
  'wps.readOnly': 'The workbook is read-only. Save a copy and try again.',
  'wps.sheetExists': 'The workbook already has a sheet named "{sheet}".',
  'wps.unsupported.charts': 'This version of WPS Spreadsheets offers add-ins no way to draw charts, so none was drawn; the statistics sheet is complete: select its data and use Insert → Chart.',
  'wps.chartFailed': 'WPS Spreadsheets could not draw the chart; the statistics sheet is complete: select its data and use Insert → Chart.',
  'wps.unsupported.listSeparator': 'A drop-down list item contains a comma or a quotation mark, which a WPS drop-down list cannot hold; the list was not set.',
  'wps.unsupported.listTooLong': 'The drop-down list items pass the 255 characters WPS allows; the list was not set.',
  'wps.paneTitle': 'Jindu',
  'wps.outsideWps': 'This page is the Jindu add-in of WPS Spreadsheets: open it there with 进度助手 → 打开进度助手.',
};
