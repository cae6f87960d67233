import { MemoryWorkbook } from '../../support/memoryWorkbook';
import { gridFromRows, type CellValue, type WorkbookOperation } from '../../../src/core';
import { inverseOperations } from '../../../src/app/undo/planUndo';
import { createUndoableWriter } from '../../../src/app/undo/undoableWriter';

const original: Record<string, CellValue[][]> = {
  三季度: [
    ['序号', '任务', '进展情况'],
    [40, '开工建设济南黄河体育中心', '正在全力推进相关工作'],
    ['序号', '任务', '进展情况'],
    [null, '积极推动公共服务资源集聚', '（续）'],
    [53, '加速壮大生物医药产业规模', '同上'],
  ],
  说明: [['填表说明']],
};

async function contentsOf(workbook: MemoryWorkbook): Promise<Record<string, string[][]>> {
  const sheets = await workbook.listSheets();
  const grids = await Promise.all(sheets.map((sheet) => workbook.readSheet(sheet.name)));
  // Trailing empty rows and cells are not content.
  return Object.fromEntries(
    grids.map((grid) => [
      grid.name,
      grid.text
        .map((row) => {
          const cells = [...row];
          while (cells.length > 0 && cells[cells.length - 1] === '') cells.pop();
          return cells;
        })
        .filter((row, index, rows) => row.length > 0 || rows.slice(index).some((later) => later.length > 0)),
    ]),
  );
}

const cases: { description: string; operations: WorkbookOperation[] }[] = [
  { description: 'a rewritten cell gets its old value back', operations: [{ op: 'writeBlock', sheet: '三季度', row: 4, column: 2, values: [['已完成年度任务的81%']] }] },
  {
    description: 'a block written past the end of the sheet is emptied again',
    operations: [{ op: 'writeBlock', sheet: '三季度', row: 4, column: 1, values: [['x', 'y', 'z'], ['新增', '新增', '新增']] }],
  },
  {
    description: 'merged page-split rows and deleted repeated headers come back in place',
    operations: [
      { op: 'writeBlock', sheet: '三季度', row: 1, column: 1, values: [['开工建设济南黄河体育中心，积极推动公共服务资源集聚', '正在全力推进相关工作（续）']] },
      { op: 'deleteRows', sheet: '三季度', row: 2, count: 2 },
    ],
  },
  { description: 'a sheet the change added is removed', operations: [{ op: 'addSheet', sheet: '汇总', replace: false }, { op: 'writeBlock', sheet: '汇总', row: 0, column: 0, values: [['序号']] }] },
  {
    description: 'a sheet the change replaced is restored',
    operations: [{ op: 'addSheet', sheet: '说明', replace: true }, { op: 'writeBlock', sheet: '说明', row: 0, column: 0, values: [['新的说明', '=1+1']] }],
  },
  { description: 'a sheet the change deleted is restored', operations: [{ op: 'deleteSheet', sheet: '说明' }] },
];

describe('撤销上次修改 restores exactly what the change overwrote', () => {
  it.each(cases)('$description', async ({ operations }) => {
    const workbook = MemoryWorkbook.fromSheets(original);
    const before = await contentsOf(workbook);
    const writer = createUndoableWriter(workbook);
    await writer.applyUndoable(operations, 'pane.change.repairs');
    expect(await contentsOf(workbook)).not.toEqual(before);
    expect(writer.lastChange()?.label).toBe('pane.change.repairs');
    expect(await writer.undoLastChange()).toBe(true);
    expect(await contentsOf(workbook)).toEqual(before);
    expect(writer.lastChange()).toBeNull();
    expect(await writer.undoLastChange()).toBe(false);
  });

  it('undoes only the last change, not the one before it', async () => {
    const workbook = MemoryWorkbook.fromSheets(original);
    const writer = createUndoableWriter(workbook);
    await writer.applyUndoable([{ op: 'writeBlock', sheet: '说明', row: 0, column: 0, values: [['第一次']] }], 'pane.change.repairs');
    await writer.applyUndoable([{ op: 'writeBlock', sheet: '说明', row: 0, column: 0, values: [['第二次']] }], 'pane.change.repairs');
    await writer.undoLastChange();
    expect((await workbook.readSheet('说明')).text[0]?.[0]).toBe('第一次');
  });

  it('keeps nothing to undo when the change itself failed', async () => {
    const workbook = MemoryWorkbook.fromSheets(original);
    workbook.protectSheet('三季度');
    const writer = createUndoableWriter(workbook);
    await expect(writer.applyUndoable([{ op: 'writeBlock', sheet: '三季度', row: 0, column: 0, values: [['x']] }], 'pane.change.repairs')).rejects.toThrow('三季度');
    expect(writer.lastChange()).toBeNull();
  });

  it('puts back a date or percentage format where text was written over it', () => {
    const snapshot = { ...gridFromRows('三季度', [['填报时间', 44480, 0.81]]), numberFormats: [['@', 'yyyy-mm-dd', '0%']] };
    const inverse = inverseOperations(
      [{ op: 'writeBlock', sheet: '三季度', row: 0, column: 0, values: [['时间', '2021年10月11日', '81%']] }],
      new Set(['三季度']),
      new Map([['三季度', snapshot]]),
    );
    expect(inverse).toEqual([
      { op: 'writeBlock', sheet: '三季度', row: 0, column: 0, values: [['填报时间', 44480, 0.81]] },
      { op: 'setFormat', sheet: '三季度', range: 'B1', format: { numberFormat: 'yyyy-mm-dd' } },
      { op: 'setFormat', sheet: '三季度', range: 'C1', format: { numberFormat: '0%' } },
    ]);
  });
});
