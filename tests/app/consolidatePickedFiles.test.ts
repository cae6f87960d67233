import iconv from 'iconv-lite';
import { openPickedFile } from '../../src/adapters/formats/openPickedFile';
import { createCoreEngine } from '../../src/app/coreEngine';
import { createPaneUseCases } from '../../src/app/paneUseCases';
import { memoryHost } from '../support/memoryHost';
import { COMMERCE } from '../fixtures/consolidate/bureaus';
import { xlsxBytesOf } from '../fixtures/consolidate/writeBureauFiles';
import { wordBytesOfSheetRows } from '../fixtures/docx/writeWordReport';
import { legacyBytesOf } from '../fixtures/legacy/writeLegacyFiles';

const progress = () => ({ signal: new AbortController().signal, report: jest.fn() });
const rowsOf = (unit: string) => (COMMERCE.sheets['三季度'] ?? []).map((row) => row.map((cell) => (typeof cell === 'string' ? cell.replace('市商务局', unit) : cell)));
const csvOf = (rows: ReturnType<typeof rowsOf>) =>
  rows.map((row) => row.map((cell) => (cell === null ? '' : typeof cell === 'object' ? cell.error : /[",\n]/.test(String(cell)) ? `"${String(cell).replace(/"/g, '""')}"` : String(cell))).join(',')).join('\r\n');

describe('compiling files picked in the pane or file mode', () => {
  it('reads each in its format, lists every one compiled or left out with the reason, and notes the left-out ones on 统计', async () => {
    const host = memoryHost({ 说明: [['填表说明']] }, '说明');
    const useCases = createPaneUseCases(host, createCoreEngine(), openPickedFile, 'zh-CN');
    const files = [
      { name: '市住建局.docx', bytes: await wordBytesOfSheetRows(rowsOf('市住建局'), 2) },
      { name: '市民政局.csv', bytes: iconv.encode(csvOf(rowsOf('市民政局')), 'gbk') },
      { name: '目录.xlsx', bytes: await xlsxBytesOf({ file: '目录.xlsx', sheets: { 目录: [['各单位报送目录']] } }) },
      { name: '旧表.doc', bytes: Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...new Array<number>(504).fill(0), ...Array.from('WordDocument').flatMap((c) => [c.charCodeAt(0), 0])]) },
    ];
    const outcome = await useCases.consolidate({ sheets: [], files }, progress());

    expect(outcome.files).toEqual([
      { file: '市住建局.docx', compiledSheets: ['表1'], refusal: '' },
      { file: '市民政局.csv', compiledSheets: ['市民政局'], refusal: '' },
      { file: '目录.xlsx', compiledSheets: [], refusal: '“目录.xlsx”中没有可识别的进展情况表，未纳入汇总。' },
      { file: '旧表.doc', compiledSheets: [], refusal: expect.stringContaining('另存为 .docx') },
    ]);
    expect([...outcome.result.units].sort()).toEqual(['市住建局', '市民政局'].sort());
    const note = host.workbook.sheet('统计')?.notes.get('A1') ?? '';
    expect(note).toContain('以下文件或工作表未纳入本次汇总');
    expect(note).toContain('目录.xlsx');
    expect(note).toContain('旧表.doc');
    const compiled = await host.workbook.readSheet('汇总');
    expect(compiled.text.some((row) => row.some((text) => text.startsWith('市住建局.docx｜Word 表1｜第')))).toBe(true);
  });

  it('names in 来源 what a picked file really is when its name says otherwise', async () => {
    const host = memoryHost({ 说明: [['填表说明']] }, '说明');
    const useCases = createPaneUseCases(host, createCoreEngine(), openPickedFile, 'zh-CN');
    const files = [{ name: '市交通局.xls', bytes: legacyBytesOf({ 三季度: rowsOf('市交通局') }, 'html') }];
    const outcome = await useCases.consolidate({ sheets: [], files }, progress());
    expect(outcome.files[0]?.refusal).toBe('');
    const compiled = await host.workbook.readSheet('汇总');
    const origins = compiled.text.flat().filter((text) => text.startsWith('市交通局.xls'));
    expect(origins.length).toBeGreaterThan(0);
    for (const origin of origins) expect(origin).toMatch(/^市交通局\.xls（HTML 表格，扩展名为 \.xls）｜/);
  });
});
