/** @jest-environment jsdom */
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createCoreEngine } from '../../src/app/coreEngine';
import { createPaneUseCases, type OpenFile } from '../../src/app/paneUseCases';
import { seed000Rows } from '../../src/core';
import { ConsolidatePanel } from '../../src/taskpane/consolidate/ConsolidatePanel';
import { memoryHost } from '../support/memoryHost';
import { MemoryWorkbook } from '../support/memoryWorkbook';
import { renderInPane } from './renderInPane';

describe('the files picked to compile', () => {
  it('are each listed after the run: compiled with their sheets, or left out with the reason', async () => {
    const host = memoryHost({ 说明: [['填表说明']] }, '说明');
    const openFile: OpenFile = async (name) => {
      if (name === '市卫生健康委.csv') return { ok: true, workbook: MemoryWorkbook.fromSheets({ 市卫生健康委: seed000Rows.map((row) => [...row]) }) };
      if (name === '目录.xlsx') return { ok: true, workbook: MemoryWorkbook.fromSheets({ 目录: [['各单位报送目录']] }) };
      return { ok: false, problem: { key: 'file.corrupt', params: { file: name } } };
    };
    const useCases = createPaneUseCases(host, createCoreEngine(), openFile, 'zh-CN');
    renderInPane(<ConsolidatePanel onListSources={useCases.consolidationSources} onConsolidate={useCases.consolidate} onSelect={useCases.selectCell} />);

    const picker = screen.getByLabelText('添加文件');
    expect(picker).toHaveAttribute('accept', expect.stringContaining('.docx'));
    for (const format of ['.xlsx', '.xls', '.et', '.csv']) expect(picker.getAttribute('accept')?.split(',')).toContain(format);
    await userEvent.upload(picker, [new File(['a'], '市卫生健康委.csv'), new File(['b'], '目录.xlsx'), new File(['c'], '损坏.docx')]);
    await userEvent.click(await screen.findByRole('button', { name: '汇总到“汇总”和“统计”工作表' }));

    const list = await screen.findByRole('region', { name: '所选文件：1 / 3 份已汇总' });
    const items = within(list).getAllByRole('listitem').map((item) => item.textContent);
    expect(items).toEqual([
      '已汇总“市卫生健康委.csv”（市卫生健康委）',
      '未纳入：“目录.xlsx”中没有可识别的进展情况表，未纳入汇总。',
      expect.stringMatching(/^未纳入：“损坏\.docx”已损坏/),
    ]);
  });
});
