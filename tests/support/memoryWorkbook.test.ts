import { MemoryWorkbook } from './memoryWorkbook';
import { describeWorkbookContract } from '../adapters/workbookContract';

describeWorkbookContract('MemoryWorkbook', {
  create: async (sheets) => MemoryWorkbook.fromSheets(sheets),
  reopen: async (workbook) => workbook,
  protect: async (workbook, sheet) => (workbook as MemoryWorkbook).protectSheet(sheet),
});

describe('MemoryWorkbook', () => {
  it('keeps notes, validations and charts for tests to inspect', async () => {
    const workbook = MemoryWorkbook.fromSheets({ 统计: [['单位', '任务数']] });
    await workbook.apply([
      { op: 'setNote', sheet: '统计', cell: 'A1', text: '进度助手' },
      { op: 'setValidationList', sheet: '统计', range: 'B2:B5', list: ['完成'] },
      { op: 'addChart', sheet: '统计', range: 'A1:B3', kind: 'columnClustered', title: '各单位' },
    ]);
    const sheet = workbook.sheet('统计');
    expect(sheet?.notes.get('A1')).toBe('进度助手');
    expect(sheet?.validations).toEqual([{ range: 'B2:B5', list: ['完成'] }]);
    expect(sheet?.charts).toHaveLength(1);
  });
});
