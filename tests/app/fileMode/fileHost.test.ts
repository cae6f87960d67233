import { XlsxWorkbook } from '../../../src/adapters/xlsx';
import { createFileHost, createPageSettingsStore } from '../../../src/app/fileMode/fileHost';
import { createFileSession } from '../../../src/app/fileMode/fileSession';
import { DEFAULT_SETTINGS } from '../../../src/app/host';

async function openedReport() {
  const workbook = XlsxWorkbook.create();
  await workbook.apply([
    { op: 'addSheet', sheet: '说明', replace: false },
    { op: 'addSheet', sheet: '三季度', replace: false },
    { op: 'writeBlock', sheet: '三季度', row: 0, column: 0, values: [['序号', '自我评价'], [40, '完成']] },
    { op: 'setFormat', sheet: '三季度', range: 'B2', format: { fill: '#00B050' } },
  ]);
  const session = createFileSession();
  const file = session.add('卫生健康委.xlsx', workbook, '三季度');
  const host = createFileHost({ session, fileId: file.id, displayLanguage: 'zh-CN', settings: createPageSettingsStore(DEFAULT_SETTINGS) });
  return { session, file, host, workbook };
}

/** The fill and note of a cell as a saved file holds them. */
async function decorationOf(workbook: XlsxWorkbook, cell: string) {
  const reopened = await XlsxWorkbook.load(await workbook.toBuffer());
  const [saved] = reopened.saveDecorations('三季度', [cell]);
  return { fill: saved?.fill ?? null, note: saved?.note ?? null };
}

describe('the file-mode host', () => {
  it('answers the sheet the user looks at, and moves the view when the pane selects a cell', async () => {
    const { session, file, host } = await openedReport();
    await expect(host.activeSheet()).resolves.toBe('三季度');
    await host.select('三季度', 'B2');
    expect(session.file(file.id)?.selection).toEqual({ sheet: '三季度', address: 'B2' });
  });

  it('marks cells in the file and clears back exactly the fill and note they had', async () => {
    const { session, file, host, workbook } = await openedReport();
    const before = await decorationOf(workbook, 'B2');
    const outcome = await host.mark([{ sheet: '三季度', cell: 'B2', severity: 'warning', note: '进度助手：自我评价与进展不符' }]);
    expect(outcome).toEqual({ markedCells: 1, notesAdded: 1, notesUnavailable: null });
    const marked = await decorationOf(workbook, 'B2');
    expect(marked.note).toBe('进度助手：自我评价与进展不符');
    expect(marked.fill).toMatchObject({ fgColor: { argb: 'FFFFEB9C' } });
    expect(session.file(file.id)?.marks).toHaveLength(1);

    const cleared = await host.clearMarks();
    expect(cleared).toEqual({ clearedCells: 1, notesRemoved: 1, keptChangedByUser: 0 });
    expect(await decorationOf(workbook, 'B2')).toEqual(before);
    expect(session.file(file.id)?.marks).toEqual([]);
  });

  it('keeps the first fill when the same cell is marked twice', async () => {
    const { host, workbook } = await openedReport();
    const before = await decorationOf(workbook, 'B2');
    await host.mark([{ sheet: '三季度', cell: 'B2', severity: 'warning', note: '一' }]);
    await host.mark([{ sheet: '三季度', cell: 'B2', severity: 'error', note: '二' }]);
    await host.clearMarks();
    expect(await decorationOf(workbook, 'B2')).toEqual(before);
  });

  it('flags the file as changed after a write and undoes the last change', async () => {
    const { session, file, host, workbook } = await openedReport();
    await host.applyUndoable([{ op: 'writeBlock', sheet: '三季度', row: 1, column: 1, values: [['序时推进']] }], 'pane.change.repairs');
    expect(session.file(file.id)?.changed).toBe(true);
    expect(host.lastChange()).toEqual({ label: 'pane.change.repairs', sheets: ['三季度'] });
    expect((await workbook.readSheet('三季度')).text[1]?.[1]).toBe('序时推进');
    await expect(host.undoLastChange()).resolves.toBe(true);
    expect((await workbook.readSheet('三季度')).text[1]?.[1]).toBe('完成');
  });
});
