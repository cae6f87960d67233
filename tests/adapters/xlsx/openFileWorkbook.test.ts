import iconv from 'iconv-lite';
import { openPickedFile } from '../../../src/adapters/formats/openPickedFile';
import { openWorkbookBytes } from '../../../src/adapters/xlsx/openWorkbookBytes';
import { xlsxFilesOnDemand } from '../../../src/adapters/xlsx/xlsxFilesOnDemand';
import { XlsWorkbook } from '../../../src/adapters/xls/xlsWorkbook';
import { checkWorkbook } from '../../../src/core/check';
import { cyclicFatChain } from '../../fixtures/hostile/hostileXls';
import { legacyBytesOf } from '../../fixtures/legacy/writeLegacyFiles';

const REPORT = [
  ['2025年《政府工作报告》重点工作任务三季度进展情况'],
  ['填报单位：市财政局    填报时间：2025年10月8日'],
  ['序号', '《政府工作报告》重点工作任务', '时间', '节点任务', '进展情况', '自我评价'],
  [1, '新建学校3所', '全年', '三季度开工', '已开工2所', '序时推进'],
  [2, '改造老旧小区120个', '全年', '', '', '好'],
];

const issuesOf = async (workbook: Parameters<typeof checkWorkbook>[0]) =>
  (await checkWorkbook(workbook)).sheets.flatMap((sheet) => sheet.issues.map((issue) => `${issue.rule}@${issue.cell}`)).sort();

describe('file mode opens any format a bureau sends as an .xlsx copy', () => {
  it('reads an .xls as the .xls reader does, the same issues at the same cells, and downloads it as a workbook that opens as .xlsx', async () => {
    const bytes = legacyBytesOf({ 三季度: REPORT }, 'xls');
    const opened = await xlsxFilesOnDemand.open('市财政局.xls', bytes);
    if (!opened.ok) throw new Error(opened.problem.key);
    const direct = XlsWorkbook.read(bytes);
    expect((await opened.workbook.readSheet('三季度')).text).toEqual((await direct.readSheet('三季度')).text);
    expect(await issuesOf(opened.workbook)).toEqual(await issuesOf(direct));
    expect(await issuesOf(direct)).not.toEqual([]);
    const downloaded = await openWorkbookBytes('市财政局（进度助手）.xlsx', await opened.workbook.toBuffer());
    expect(downloaded.ok && (await downloaded.workbook.readSheet('三季度')).text[3]).toEqual(['1', '新建学校3所', '全年', '三季度开工', '已开工2所', '序时推进']);
  });

  it('keeps merged areas and number formats in the copy', async () => {
    const opened = await xlsxFilesOnDemand.open('导出.xls', new TextEncoder().encode('<html><body><table><tr><td colspan="2">标题</td></tr><tr><td>0.5</td><td>x</td></tr></table></body></html>'));
    if (!opened.ok) throw new Error(opened.problem.key);
    const grid = await opened.workbook.readSheet('导出');
    expect(grid.merges).toEqual([{ top: 0, left: 0, bottom: 0, right: 1 }]);
    expect(grid.text).toEqual([['标题', ''], ['0.5', 'x']]);
  });

  it('refuses a damaged .xls with its message, as the CLI does', async () => {
    expect(await xlsxFilesOnDemand.open('坏.xls', cyclicFatChain())).toEqual({ ok: false, problem: { key: 'format.legacyDamaged', params: { file: '坏.xls' } } });
  });
});

describe("the pane's file picker (previous report, files to compile)", () => {
  it('opens an .xls and a GBK CSV by their bytes', async () => {
    const xls = await openPickedFile('上期.xls', legacyBytesOf({ 二季度: REPORT }, 'xls'));
    expect(xls.ok && (await xls.workbook.listSheets()).map((sheet) => sheet.name)).toEqual(['二季度']);
    const csv = await openPickedFile('市财政局.csv', iconv.encode('序号,任务\n1,建成', 'gbk'));
    expect(csv.ok && (await csv.workbook.readSheet('市财政局')).text).toEqual([['序号', '任务'], ['1', '建成']]);
  });
});
