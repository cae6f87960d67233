import type { WorkbookOperation } from '../../../src/core';
import { backupRequests } from '../../../src/app/undo/sheetBackups';

const cases: { description: string; operations: WorkbookOperation[]; expected: ReturnType<typeof backupRequests> }[] = [
  {
    description: 'values written into cells need no copy: their inverse restores them',
    operations: [{ op: 'writeBlock', sheet: '三季度', row: 3, column: 4, values: [['已完成']] }],
    expected: [],
  },
  {
    description: 'deleted rows take formats with them: the sheet is restored in place',
    operations: [
      { op: 'writeBlock', sheet: '三季度', row: 3, column: 1, values: [['合并后的任务']] },
      { op: 'deleteRows', sheet: '三季度', row: 4, count: 2 },
    ],
    expected: [{ sheet: '三季度', restore: 'inPlace', rows: 6, widthColumns: 0, freezePanes: false, charts: false }],
  },
  {
    description: 'formats, merges, validation and widths on a sheet are restored in place, as far down and across as they reach',
    operations: [
      { op: 'setFormat', sheet: '三季度', range: 'A1:F1', format: { bold: true } },
      { op: 'mergeCells', sheet: '三季度', range: 'A1:F1' },
      { op: 'setValidationList', sheet: '三季度', range: 'F5:F9', list: ['完成'] },
      { op: 'setColumnWidths', sheet: '三季度', widths: [6, 40, 8, 30, 40, 10, 12] },
    ],
    expected: [{ sheet: '三季度', restore: 'inPlace', rows: 9, widthColumns: 7, freezePanes: false, charts: false }],
  },
  {
    description: 'a replaced or deleted sheet comes back by swapping its copy in',
    operations: [
      { op: 'addSheet', sheet: '汇总', replace: true },
      { op: 'writeBlock', sheet: '汇总', row: 0, column: 0, values: [['序号']] },
      { op: 'deleteSheet', sheet: '说明' },
    ],
    expected: [
      { sheet: '汇总', restore: 'swap', rows: 1, widthColumns: 0, freezePanes: false, charts: false },
      { sheet: '说明', restore: 'swap', rows: 0, widthColumns: 0, freezePanes: false, charts: false },
    ],
  },
  {
    description: 'frozen rows and a chart added to an existing sheet are undone in place too',
    operations: [
      { op: 'freezeRows', sheet: '统计', count: 1 },
      { op: 'addChart', sheet: '统计', range: 'A1:B5', kind: 'columnClustered', title: '各单位任务数' },
    ],
    expected: [{ sheet: '统计', restore: 'inPlace', rows: 0, widthColumns: 0, freezePanes: true, charts: true }],
  },
];

describe('which sheets a change needs a whole copy of for exact undo', () => {
  it.each(cases)('$description', ({ operations, expected }) => {
    expect(backupRequests(operations)).toEqual(expected);
  });
});
