import { createExcelHost } from '../../src/adapters/office/excelHost';
import { ALL_OFFICE_CAPABILITIES } from '../../src/adapters/office/requirements';
import { SimulatedExcel } from '../support/simulatedExcel';
import { checkActiveSheetSummary } from '../../src/ribbon/checkActiveSheet';
import { noticeTextOf, noticeUrl } from '../../src/ribbon/showNotice';
import { checkGrid, gridFromRows, seed000Rows, type Language } from '../../src/core';
import { createCoreEngine } from '../../src/app/coreEngine';
import { createPaneUseCases } from '../../src/app/paneUseCases';
import { plainRows } from '../adapters/office/officeSheetState';

function commandOn(excel: SimulatedExcel, language: Language) {
  const settings = new Map<string, unknown>();
  const host = createExcelHost({
    run: excel.run,
    capabilities: ALL_OFFICE_CAPABILITIES,
    documentSettings: { get: (name) => settings.get(name) ?? null, set: (name, value) => settings.set(name, value), saveAsync: () => undefined },
    displayLanguage: language,
    isReadOnly: () => false,
  });
  return createPaneUseCases(host, createCoreEngine(), async () => ({ ok: false, problem: { key: 'file.corrupt', params: {} } }), language);
}

const seedSummary = checkGrid(gridFromRows('三季度', seed000Rows)).summary;
const seedTotal = seedSummary.error + seedSummary.warning + seedSummary.info;

describe('the ribbon command 校验本表', () => {
  const cases = [
    {
      description: 'reports the count of the active sheet’s issues in Chinese',
      language: 'zh-CN' as const,
      expected: `校验“三季度”：共 ${seedTotal} 个问题：错误 ${seedSummary.error} 个，警告 ${seedSummary.warning} 个，提示 ${seedSummary.info} 个`,
    },
    {
      description: 'reports it in English when Office speaks English',
      language: 'en' as const,
      expected: `Checked "三季度": ${seedTotal} issues: ${seedSummary.error} errors, ${seedSummary.warning} warnings, ${seedSummary.info} notes`,
    },
  ];

  it.each(cases)('$description', async ({ language, expected }) => {
    const excel = SimulatedExcel.withSheets({ 三季度: plainRows(seed000Rows), 说明: [['填表说明']] });
    expect(await checkActiveSheetSummary(commandOn(excel, language), language)).toBe(expected);
    // One run: the active sheet's name and shape with a sample, then its cells.
    expect(excel.syncCount).toBe(2);
    expect(excel.runs).toHaveLength(1);
  });

  it('says what went wrong instead of failing silently', async () => {
    const excel = SimulatedExcel.withSheets({ 三季度: [['序号']] });
    excel.activeSheet = '已删除';
    const text = await checkActiveSheetSummary(commandOn(excel, 'zh-CN'), 'zh-CN');
    expect(text).toMatch(/^找不到要操作的工作表或单元格/);
  });

  it('carries the notice text to its dialog page and back out of the URL', () => {
    const url = noticeUrl('https://localhost:3000/commands.html?old=1#x', '校验“三季度”：未发现问题。');
    expect(url.startsWith('https://localhost:3000/commands.html?notice=')).toBe(true);
    expect(noticeTextOf(new URL(url).search)).toBe('校验“三季度”：未发现问题。');
  });
});
