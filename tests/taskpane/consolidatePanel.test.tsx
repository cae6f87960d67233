/** @jest-environment jsdom */
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryWorkbook } from '../support/memoryWorkbook';
import { seed000Rows, type CellValue } from '../../src/core';
import { ConsolidatePanel } from '../../src/taskpane/consolidate/ConsolidatePanel';
import { createCoreEngine } from '../../src/app/coreEngine';
import { DEFAULT_SETTINGS, type Host } from '../../src/app/host';
import { createPaneUseCases, type OpenFile } from '../../src/app/paneUseCases';
import { createUndoableWriter } from '../../src/app/undo/undoableWriter';
import { renderInPane } from './renderInPane';

const header = ['序号', '重点工作任务', '时间', '节点任务', '工作进展', '自我评价'];

function bureauSheet(unit: string, rows: CellValue[][]): CellValue[][] {
  return [['2021年《政府工作报告》重点工作任务和民生实事三季度进展情况'], [`填报单位：${unit}`], ['填报时间：2021年10月11日'], header, ...rows];
}

// Serial 112 is shared with 市商务局 in the seed; here 市商务局 words the task differently: a conflict.
const commerce = bureauSheet('市商务局', [[112, '拓展外资来源地，开展精准招商。(责任单位：市商务局)', '三季度', '开展精准招商', '引进外资项目12个', '完成']]);
const education = bureauSheet('市教育局', [[199, '持续推进国际学校建设。(责任单位：市教育局)', '三季度', '推进国际学校建设', '已完成选址', '序时推进']]);

function hostWith(workbook: MemoryWorkbook): Host & { selected: string[] } {
  const selected: string[] = [];
  return {
    kind: 'file',
    displayLanguage: 'zh-CN',
    workbook,
    capabilities: { dataValidation: true, notes: true, charts: false, undoGrouping: false },
    activeSheet: async () => '三季度',
    select: async (sheet, address) => {
      selected.push(`${sheet}!${address}`);
    },
    mark: async () => ({ markedCells: 0, notesAdded: 0, notesUnavailable: null }),
    clearMarks: async () => ({ clearedCells: 0, notesRemoved: 0, keptChangedByUser: 0 }),
    settings: { load: () => DEFAULT_SETTINGS, save: async () => undefined },
    ...createUndoableWriter(workbook),
    selected,
  };
}

describe('ConsolidatePanel', () => {
  it('compiles chosen sheets and picked files into 汇总, lists conflicts with links to their rows and says which file could not be read', async () => {
    const workbook = MemoryWorkbook.fromSheets({ 三季度: seed000Rows.map((row) => [...row]), 市商务局: commerce, 说明: [['填表说明']] });
    const host = hostWith(workbook);
    const openFile: OpenFile = async (name) =>
      name === '市教育局.xlsx'
        ? { ok: true, workbook: MemoryWorkbook.fromSheets({ 三季度: education }) }
        : { ok: false, problem: { key: 'file.corrupt', params: { file: name } } };
    const useCases = createPaneUseCases(host, createCoreEngine(), openFile, 'zh-CN');
    renderInPane(<ConsolidatePanel onListSources={useCases.consolidationSources} onConsolidate={useCases.consolidate} onSelect={useCases.selectCell} />);

    await userEvent.click(await screen.findByRole('checkbox', { name: '说明' }));
    await userEvent.upload(screen.getByLabelText('添加文件'), [
      new File([new Uint8Array([1, 2, 3])], '市教育局.xlsx'),
      new File([new Uint8Array([0])], '损坏.xlsx'),
    ]);
    expect(await screen.findByRole('button', { name: '移除 损坏.xlsx' })).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: '汇总到“汇总”和“统计”工作表' }));

    expect(await screen.findByText(/已汇总 \d+ 行，来自 3 份报表。/)).toBeInTheDocument();
    expect(screen.getByText(/无法读取“损坏.xlsx”/)).toBeInTheDocument();
    const compiled = await workbook.readSheet('汇总');
    expect(compiled.text.some((row) => row.includes('市教育局'))).toBe(true);
    expect((await workbook.listSheets()).map((sheet) => sheet.name)).toEqual(['三季度', '市商务局', '说明', '汇总', '统计']);

    const conflicts = screen.getByRole('region', { name: /^冲突（[1-9]\d*）$/ });
    const [link] = within(conflicts).getAllByRole('button', { name: /^汇总!\d+$/ });
    if (!link) throw new Error('no link to a conflicting row');
    await userEvent.click(link);
    const row = link.textContent?.split('!')[1];
    expect(host.selected).toEqual([`汇总!${row}:${row}`]);
  });

  it('asks for a choice when nothing is chosen', async () => {
    const workbook = MemoryWorkbook.fromSheets({ 说明: [['填表说明']] });
    const useCases = createPaneUseCases(hostWith(workbook), createCoreEngine(), async () => ({ ok: false, problem: { key: 'file.corrupt', params: {} } }), 'zh-CN');
    renderInPane(<ConsolidatePanel onListSources={useCases.consolidationSources} onConsolidate={useCases.consolidate} onSelect={useCases.selectCell} />);
    await userEvent.click(await screen.findByRole('checkbox', { name: '说明' }));
    expect(screen.getByRole('button', { name: '汇总到“汇总”和“统计”工作表' })).toBeDisabled();
  });
});
