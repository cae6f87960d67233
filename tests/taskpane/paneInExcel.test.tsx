/** @jest-environment jsdom */
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { mockedDocumentSettings } from '../adapters/office/officeDocumentSettings';
import { createExcelHost } from '../../src/adapters/office/excelHost';
import { MARK_FILLS } from '../../src/app/host';
import { ALL_OFFICE_CAPABILITIES } from '../../src/adapters/office/requirements';
import { SimulatedExcel, displayedText } from '../support/simulatedExcel';
import { checkGrid, gridFromRows, renderIssues, seed000Rows } from '../../src/core';
import { createCoreEngine } from '../../src/app/coreEngine';
import { PaneRoot } from '../../src/taskpane/PaneRoot';
import { createPaneUseCases } from '../../src/app/paneUseCases';
import { renderInPane } from './renderInPane';
import { plainRows } from '../adapters/office/officeSheetState';

// office-addin-manifest (a dependency of office-addin-mock) requires fs-extra without declaring it;
// office-addin-mock only needs its OfficeApp enum.
jest.mock('office-addin-manifest', () => jest.requireActual('office-addin-manifest/lib/officeApp'));

function paneOnExcel(excel: SimulatedExcel, capabilities = ALL_OFFICE_CAPABILITIES) {
  const { settings, saved } = mockedDocumentSettings();
  const host = createExcelHost({
    run: excel.run,
    capabilities,
    documentSettings: settings,
    displayLanguage: 'zh-CN',
    isReadOnly: () => false,
  });
  const useCases = createPaneUseCases(host, createCoreEngine(), async () => ({ ok: false, problem: { key: 'file.corrupt', params: { file: 'x' } } }), 'zh-CN');
  return { host, useCases, saved };
}

function sheetTexts(excel: SimulatedExcel, name: string): string[][] {
  return (excel.sheet(name)?.rows ?? []).map((row) => Array.from(row, (cell) => displayedText(cell)));
}

const expectedIssues = renderIssues(checkGrid(gridFromRows('三季度', seed000Rows)).issues, 'zh-CN');

describe('the pane in Excel (simulated), on the seed-000 sheet', () => {
  it('checks the active sheet, lists its issues and selects the clicked issue’s cell in the workbook', async () => {
    const excel = SimulatedExcel.withSheets({ 三季度: plainRows(seed000Rows), 说明: [['填表说明']] });
    const { useCases } = paneOnExcel(excel);
    renderInPane(<PaneRoot useCases={useCases} theme="light" />);
    await userEvent.click(screen.getByRole('button', { name: '开始校验' }));
    const list = await screen.findByRole('region', { name: '问题列表' });
    expect(within(list).getAllByRole('listitem')).toHaveLength(expectedIssues.length);
    const target = expectedIssues.find((issue) => issue.cell !== '');
    if (!target) throw new Error('the seed sheet has no cell issue');
    await userEvent.click(within(list).getAllByRole('button', { name: new RegExp(`^${target.cell}`) })[0] as HTMLElement);
    await waitFor(() => expect(excel.selection).toEqual({ sheet: '三季度', address: target.cell }));
    expect(excel.activeSheet).toBe('三季度');
  });

  it('marks flagged cells with colour and notes, and 清除标记 removes exactly those, sparing what the user changed', async () => {
    const excel = SimulatedExcel.withSheets({ 三季度: plainRows(seed000Rows) });
    const { useCases, saved } = paneOnExcel(excel);
    const cellIssues = expectedIssues.filter((issue) => issue.cell !== '');
    const [first, second] = [...new Set(cellIssues.map((issue) => issue.cell))];
    if (!first || !second) throw new Error('the seed sheet needs two flagged cells');
    const sheet = excel.sheet('三季度');
    const cellAt = (address: string) => {
      const row = Number(/\d+/.exec(address)?.[0]) - 1;
      const column = (/^[A-Z]+/.exec(address)?.[0] ?? 'A').charCodeAt(0) - 65;
      return sheet?.rows[row]?.[column];
    };
    // The user had their own fill on one flagged cell and their own note on another.
    const userFilled = cellAt(first);
    if (userFilled) userFilled.fill = '#00B050';
    sheet?.notes.set(second, '我的批注');

    renderInPane(<PaneRoot useCases={useCases} theme="light" />);
    await userEvent.click(screen.getByRole('button', { name: '开始校验' }));
    await screen.findByRole('region', { name: '问题列表' });
    await userEvent.click(screen.getByRole('button', { name: '标记' }));
    await screen.findByText(/已标记/);

    const severityOf = (address: string) => (cellIssues.some((issue) => issue.cell === address && issue.severity === 'error') ? 'error' : cellIssues.some((issue) => issue.cell === address && issue.severity === 'warning') ? 'warning' : 'info');
    expect(cellAt(first)?.fill).toBe(MARK_FILLS[severityOf(first)]);
    expect(sheet?.notes.get(first)).toMatch(/^进度助手：/);
    expect(sheet?.notes.get(second)).toBe('我的批注');
    expect(saved.get('jindu.marks')).toEqual(expect.arrayContaining([expect.objectContaining({ cell: first, previousFill: '#00B050' })]));

    // The user recolours the second cell after marking: clearing must leave it.
    const recoloured = cellAt(second);
    if (recoloured) recoloured.fill = '#FF0000';
    await userEvent.click(screen.getByRole('button', { name: '清除标记' }));
    await screen.findByText(/已清除/);
    expect(cellAt(first)?.fill).toBe('#00B050');
    expect(sheet?.notes.has(first)).toBe(false);
    expect(cellAt(second)?.fill).toBe('#FF0000');
    expect(sheet?.notes.get(second)).toBe('我的批注');
    const stillMarked = [...new Set(cellIssues.map((issue) => issue.cell))].filter((address) => address !== second && cellAt(address)?.fill !== null && cellAt(address)?.fill !== undefined && address !== first);
    expect(stillMarked).toEqual([]);
  });

  it('applies the chosen repairs in one batch and 撤销上次修改 restores exactly what they overwrote', async () => {
    const excel = SimulatedExcel.withSheets({ 三季度: plainRows(seed000Rows) });
    const before = sheetTexts(excel, '三季度');
    const { useCases } = paneOnExcel(excel);
    renderInPane(<PaneRoot useCases={useCases} theme="light" />);
    await userEvent.click(screen.getByRole('tab', { name: '修复与生成' }));
    await userEvent.click(screen.getByRole('button', { name: '预览修改' }));
    const preview = await screen.findByRole('list', { name: '预览修改' });
    expect(within(preview).getAllByRole('listitem').length).toBeGreaterThan(0);
    const firstCell = within(within(preview).getAllByRole('listitem')[0] as HTMLElement).getByRole('button');
    await userEvent.click(firstCell);
    await waitFor(() => expect(excel.selection?.address).toBe(firstCell.textContent));
    excel.resetCounts();
    await userEvent.click(screen.getByRole('button', { name: '应用所选修复' }));
    await screen.findByText(/已应用/);
    const after = sheetTexts(excel, '三季度');
    expect(after).not.toEqual(before);
    expect(excel.runs.filter((run) => run.syncs.some((sync) => sync.requestBytes > 1_000))).toHaveLength(1);

    await userEvent.click(screen.getByRole('button', { name: '撤销上次修改' }));
    await screen.findByText('已撤销上次修改，恢复了进度助手改写前的内容。');
    const restored = sheetTexts(excel, '三季度');
    // Rows deleted by the repair come back as values; trailing rows the repair emptied read as empty.
    expect(restored.slice(0, before.length).map((row, index) => row.slice(0, before[index]?.length))).toEqual(before);
    expect(screen.getByRole('button', { name: '撤销上次修改' })).toBeDisabled();
  });

  it('shows the sheet’s numeric targets with verdicts, and a click selects the target’s row', async () => {
    const expectedTargets = checkGrid(gridFromRows('三季度', seed000Rows)).targets;
    const excel = SimulatedExcel.withSheets({ 三季度: plainRows(seed000Rows) });
    const { useCases } = paneOnExcel(excel);
    renderInPane(<PaneRoot useCases={useCases} theme="light" />);
    await userEvent.click(screen.getByRole('tab', { name: '数值核对' }));
    await userEvent.click(screen.getByRole('button', { name: '核对数值目标' }));
    // Seed 000 states targets (新建改扩建17家社区卫生服务中心, 增加精神科医师5名, …).
    expect(expectedTargets.length).toBeGreaterThan(5);
    const list = await screen.findByRole('list', { name: '数值目标' });
    const items = within(list).getAllByRole('listitem');
    expect(items).toHaveLength(expectedTargets.length);
    const [first] = expectedTargets;
    await userEvent.click(within(items[0] as HTMLElement).getByRole('button'));
    await waitFor(() => expect(excel.selection).toEqual({ sheet: '三季度', address: `A${first?.row}:XFD${first?.row}` }));
  });

  it('generates a template on an older Excel, saying which parts it could not set', async () => {
    const excel = SimulatedExcel.withSheets({ 三季度: plainRows(seed000Rows) });
    const { useCases } = paneOnExcel(excel, { ...ALL_OFFICE_CAPABILITIES, dataValidation: false, pageLayout: false });
    renderInPane(<PaneRoot useCases={useCases} theme="light" />);
    await userEvent.click(screen.getByRole('tab', { name: '修复与生成' }));
    await userEvent.type(screen.getByRole('textbox', { name: '新工作表名称' }), '四季度模板');
    await userEvent.click(screen.getByRole('button', { name: '生成工作表' }));
    expect(await screen.findByText(/已生成工作表“四季度模板”。/)).toHaveTextContent(/不支持下拉列表.*不支持页面设置|不支持页面设置.*不支持下拉列表/s);
    expect(excel.sheet('四季度模板')?.rows.length).toBeGreaterThan(3);
    expect(excel.sheet('四季度模板')?.validations).toEqual([]);
  });
});
