/**
 * The contract every adapter of the ports must keep. Each adapter's test file calls
 * `describeWorkbookContract` with a factory; the memory adapter is the reference.
 */
import type { CellValue } from '../../src/core/grid/sheetGrid';
import type { Workbook, WorkbookReader } from '../../src/core/ports';

export interface WorkbookFactory {
  /** A workbook holding these sheets, in this order. */
  create(sheets: Record<string, CellValue[][]>): Promise<Workbook>;
  /** The same workbook as a fresh reader after saving it, where the host saves (xlsx); else itself. */
  reopen(workbook: Workbook): Promise<WorkbookReader>;
  /** Marks a sheet protected, where the host can. */
  protect?(workbook: Workbook, sheet: string): Promise<void>;
}

export function describeWorkbookContract(adapterName: string, factory: WorkbookFactory): void {
  describe(`${adapterName} keeps the workbook contract`, () => {
    it('lists the sheets in workbook order', async () => {
      const workbook = await factory.create({ 说明: [['填表说明']], 三季度: [['序号']] });
      const sheets = await workbook.listSheets();
      expect(sheets.map((sheet) => sheet.name)).toEqual(['说明', '三季度']);
      expect(sheets.every((sheet) => sheet.visible && !sheet.protected)).toBe(true);
    });

    it('reads a whole sheet from A1 as values and displayed text of one shape', async () => {
      const workbook = await factory.create({
        三季度: [
          ['序号', '任务', '时间'],
          [40, '开工建设济南黄河体育中心', '三季度'],
          [null, null, 'x'],
        ],
      });
      const grid = await workbook.readSheet('三季度');
      expect(grid.name).toBe('三季度');
      expect(grid.values[1]?.[0]).toBe(40);
      expect(grid.text[1]?.[0]).toBe('40');
      expect(grid.text[1]?.[1]).toBe('开工建设济南黄河体育中心');
      expect(grid.values.length).toBe(3);
      expect(grid.text.length).toBe(grid.values.length);
      grid.values.forEach((row, r) => expect(grid.text[r]?.length).toBe(row.length));
      expect(grid.values[2]?.[0]).toBeNull();
    });

    it('rejects reading a sheet that does not exist', async () => {
      const workbook = await factory.create({ 三季度: [['序号']] });
      await expect(workbook.readSheet('四季度')).rejects.toThrow('四季度');
    });

    it('writes a 2-D block and reads it back after saving', async () => {
      const workbook = await factory.create({ 三季度: [['序号', '任务']] });
      await workbook.apply([
        { op: 'writeBlock', sheet: '三季度', row: 1, column: 0, values: [[40, '任务一'], [53, '任务二']] },
      ]);
      const grid = await (await factory.reopen(workbook)).readSheet('三季度');
      expect(grid.text.map((row) => row.slice(0, 2))).toEqual([
        ['序号', '任务'],
        ['40', '任务一'],
        ['53', '任务二'],
      ]);
    });

    it('writes text that starts with = + - @ as text, never as a formula', async () => {
      const workbook = await factory.create({ 三季度: [['进展情况']] });
      const risky = ['=SUM(A1:A3)', '+86 531 6660', '-已完成', '@市卫生健康委'];
      await workbook.apply([{ op: 'writeBlock', sheet: '三季度', row: 1, column: 0, values: risky.map((text) => [text]) }]);
      const grid = await (await factory.reopen(workbook)).readSheet('三季度');
      expect(grid.values.slice(1).map((row) => row[0])).toEqual(risky);
      expect(grid.text.slice(1).map((row) => row[0])).toEqual(risky);
    });

    it('adds a sheet, and replaces it when asked', async () => {
      const workbook = await factory.create({ 三季度: [['序号']] });
      await workbook.apply([
        { op: 'addSheet', sheet: '汇总', replace: false },
        { op: 'writeBlock', sheet: '汇总', row: 0, column: 0, values: [['旧']] },
      ]);
      await workbook.apply([
        { op: 'addSheet', sheet: '汇总', replace: true },
        { op: 'writeBlock', sheet: '汇总', row: 0, column: 0, values: [['新', '表']] },
      ]);
      const reopened = await factory.reopen(workbook);
      expect((await reopened.listSheets()).map((sheet) => sheet.name)).toEqual(['三季度', '汇总']);
      expect((await reopened.readSheet('汇总')).text[0]).toEqual(['新', '表']);
    });

    it('deletes rows after the writes of the same batch, bottom-up', async () => {
      const workbook = await factory.create({ 三季度: [['a'], ['b'], ['c'], ['d'], ['e']] });
      await workbook.apply([
        { op: 'deleteRows', sheet: '三季度', row: 1, count: 1 },
        { op: 'deleteRows', sheet: '三季度', row: 3, count: 1 },
        { op: 'writeBlock', sheet: '三季度', row: 0, column: 0, values: [['A']] },
      ]);
      const grid = await (await factory.reopen(workbook)).readSheet('三季度');
      expect(grid.text.map((row) => row[0])).toEqual(['A', 'c', 'e']);
    });

    it('deletes blocks of several rows, also at the bottom of the sheet', async () => {
      const workbook = await factory.create({ 三季度: [['a'], ['b'], ['c'], ['d'], ['e']] });
      await workbook.apply([{ op: 'deleteRows', sheet: '三季度', row: 2, count: 2 }]);
      const grid = await (await factory.reopen(workbook)).readSheet('三季度');
      expect(grid.text.map((row) => row[0])).toEqual(['a', 'b', 'e']);
      const tail = await factory.create({ 三季度: [['a'], ['b'], ['c'], ['d'], ['e']] });
      await tail.apply([{ op: 'deleteRows', sheet: '三季度', row: 3, count: 2 }]);
      const trimmed = await (await factory.reopen(tail)).readSheet('三季度');
      expect(trimmed.text.map((row) => row[0])).toEqual(['a', 'b', 'c']);
    });

    it('accepts formats, widths, frozen rows, validation lists, notes, merges and page setup', async () => {
      const workbook = await factory.create({ 三季度: [['序号', '时间'], ['40', '三季度']] });
      const result = await workbook.apply([
        { op: 'setFormat', sheet: '三季度', range: 'A1:B1', format: { bold: true, wrap: true, fill: '#DDEBF7' } },
        { op: 'setColumnWidths', sheet: '三季度', widths: [6, 10] },
        { op: 'freezeRows', sheet: '三季度', count: 1 },
        { op: 'setValidationList', sheet: '三季度', range: 'B2:B10', list: ['一季度', '二季度', '三季度', '四季度'] },
        { op: 'setNote', sheet: '三季度', cell: 'B2', text: '进度助手：时间不是本期' },
        { op: 'setPageSetup', sheet: '三季度', setup: { orientation: 'landscape', paperSize: 'A4', printTitleRows: { first: 1, last: 1 } } },
      ]);
      expect(Array.isArray(result.skipped)).toBe(true);
      const grid = await (await factory.reopen(workbook)).readSheet('三季度');
      expect(grid.text[1]).toEqual(['40', '三季度']);
    });

    if (factory.protect) {
      const protect = factory.protect;
      it('refuses to write a protected sheet and writes nothing of the batch', async () => {
        const workbook = await factory.create({ 三季度: [['序号']], 汇总: [['x']] });
        await protect(workbook, '三季度');
        await expect(
          workbook.apply([
            { op: 'writeBlock', sheet: '汇总', row: 0, column: 0, values: [['changed']] },
            { op: 'writeBlock', sheet: '三季度', row: 0, column: 0, values: [['changed']] },
          ]),
        ).rejects.toThrow('三季度');
        expect((await workbook.readSheet('汇总')).text[0]?.[0]).toBe('x');
        expect((await workbook.readSheet('三季度')).text[0]?.[0]).toBe('序号');
      });
    }
  });
}
