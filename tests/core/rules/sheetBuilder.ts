/** Builds small progress sheets for rule tests: title, metadata, the standard header, then task rows. */
import { gridFromRows, type CellValue, type SheetGrid } from '../../../src/core';

export const STANDARD_HEADER: CellValue[] = ['序号', '《政府工作报告》重点工作任务 (省、市民生实事)', '时间', '节点任务', '进展情况', '自我评价'];

/** A task row that passes every rule; override single cells by role. */
export function taskRow(overrides: Partial<Record<'serial' | 'task' | 'period' | 'milestone' | 'progress' | 'selfAssessment', CellValue>> = {}): CellValue[] {
  const row = {
    serial: 40,
    task: '开工建设济南黄河体育中心。（责任单位：市卫生健康委、市体育局）',
    period: '三季度',
    milestone: '制定选址方案，明确建设规模。',
    progress: '已向市政府呈报选址方案，明确了建设规模和建设模式。',
    selfAssessment: '完成',
    ...overrides,
  };
  return [row.serial, row.task, row.period, row.milestone, row.progress, row.selfAssessment];
}

export interface SheetSpec {
  readonly title?: CellValue[] | null;
  readonly metadata?: CellValue[][];
  readonly header?: CellValue[];
  readonly rows: CellValue[][];
}

/** Rows 1–3 are title and metadata, row 4 the header, tasks from row 5 (E5 is the first progress cell). */
export function sheet({ title, metadata, header, rows }: SheetSpec, name = '三季度'): SheetGrid {
  const top: CellValue[][] = [];
  if (title !== null) top.push(title ?? ['2021年《政府工作报告》重点工作任务和民生实事三季度进展情况']);
  top.push(...(metadata ?? [['填报单位：济南市卫生健康委'], ['填报时间：2021年10月11日']]));
  return gridFromRows(name, [...top, header ?? STANDARD_HEADER, ...rows]);
}
