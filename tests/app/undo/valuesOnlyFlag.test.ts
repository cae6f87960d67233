import { MemoryWorkbook } from '../../support/memoryWorkbook';
import type { WorkbookOperation } from '../../../src/core';
import { createUndoableWriter } from '../../../src/app/undo/undoableWriter';

const sheets = { 三季度: [['序号', '任务'], ['序号', '任务'], [40, '开工建设济南黄河体育中心']] };

const cases: { description: string; flagValuesOnly: boolean; operations: WorkbookOperation[]; flagged: boolean }[] = [
  { description: 'deleted rows on a host that asks for the flag are flagged', flagValuesOnly: true, operations: [{ op: 'deleteRows', sheet: '三季度', row: 1, count: 1 }], flagged: true },
  { description: 'formats on an existing sheet are flagged', flagValuesOnly: true, operations: [{ op: 'setFormat', sheet: '三季度', range: 'A1:B1', format: { bold: true } }], flagged: true },
  { description: 'values alone are not flagged', flagValuesOnly: true, operations: [{ op: 'writeBlock', sheet: '三季度', row: 2, column: 1, values: [['x']] }], flagged: false },
  { description: 'a new sheet is not flagged: undo removes it whole', flagValuesOnly: true, operations: [{ op: 'addSheet', sheet: '四季度', replace: false }, { op: 'mergeCells', sheet: '四季度', range: 'A1:B1' }], flagged: false },
  { description: 'file mode keeps today’s undo without the flag', flagValuesOnly: false, operations: [{ op: 'deleteRows', sheet: '三季度', row: 1, count: 1 }], flagged: false },
];

describe('a change whose formats undo cannot restore is marked values-only', () => {
  it.each(cases)('$description', async ({ flagValuesOnly, operations, flagged }) => {
    const writer = createUndoableWriter(MemoryWorkbook.fromSheets(sheets), { flagValuesOnly });
    await writer.applyUndoable(operations, 'pane.change.repairs');
    expect(writer.lastChange()?.restoresValuesOnly ?? false).toBe(flagged);
  });
});
