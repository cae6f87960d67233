/**
 * Two bureaus' 三季度 reports as .xlsx bytes: 市卫生健康委 (seed 000 as published) and 市工业和信息化局, which
 * reports two of the same tasks (serial 53 with a reworded task text: a conflict) and one of its own.
 */
import { XlsxWorkbook } from '../../../src/adapters/xlsx';
import { isCellError, seed000Rows, type CellValue, type WritableValue } from '../../../src/core';

export const HEALTH_UNIT = '济南市卫生健康委';
export const INDUSTRY_UNIT = '市工业和信息化局';
const HEADER = ['序号', '《政府工作报告》重点工作任务 (省、市民生实事)', '时间', '节点任务', '进展情况', '自我评价'];

function taskText(serial: number): string {
  const row = seed000Rows.find((candidate) => candidate[0] === serial);
  const text = row?.[1];
  if (typeof text !== 'string') throw new Error(`seed 000 has no task ${serial}`);
  return text;
}

export const industryRows: readonly (readonly WritableValue[])[] = [
  ['2021年《政府工作报告》重点工作任务和民生实事三季度进展情况'],
  [`填报单位：${INDUSTRY_UNIT}`],
  ['填报时间：2021年10月9日'],
  HEADER,
  [53, taskText(53).replace('加速壮大', '加快壮大'), '三季度', '组织生物医药企业参加专场招商推介会。', '7月组织12家企业参加推介会，签约项目3个。', '完成'],
  [54, taskText(54), '三季度', '推进国际医药港规划建设。', '国际医药港规划已通过专家评审。', '完成'],
  [300, '推动工业互联网平台建设，新增上云企业1000家。(责任领导：孙斌，责任单位：市工业和信息化局)', '三季度', '新增上云企业800家。', '截至9月底，新增上云企业860家。', '序时推进'],
];

/** The integer serials each bureau reports (seed 000 also has 为民办实事/省民生实事 serials, some split by page breaks). */
export const healthNumberSerials: readonly number[] = seed000Rows.flatMap((row) => (typeof row[0] === 'number' ? [row[0]] : []));
export const industrySerials: readonly number[] = [53, 54, 300];

async function workbookBytes(sheet: string, rows: readonly (readonly WritableValue[])[]): Promise<Uint8Array> {
  const workbook = XlsxWorkbook.create();
  await workbook.apply([
    { op: 'addSheet', sheet, replace: false },
    { op: 'writeBlock', sheet, row: 0, column: 0, values: rows },
    { op: 'mergeCells', sheet, range: 'A1:F1' },
  ]);
  return workbook.toBuffer();
}

function writable(value: CellValue): WritableValue {
  return isCellError(value) ? value.error : value;
}

export function healthReportBytes(): Promise<Uint8Array> {
  return workbookBytes('三季度', seed000Rows.map((row) => row.map(writable)));
}

export function industryReportBytes(): Promise<Uint8Array> {
  return workbookBytes('三季度', industryRows);
}
