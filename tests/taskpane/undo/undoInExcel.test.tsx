/** @jest-environment jsdom */
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { mockedDocumentSettings } from '../../adapters/office/officeDocumentSettings';
import { createExcelHost } from '../../../src/adapters/office/excelHost';
import { ALL_OFFICE_CAPABILITIES, type OfficeCapabilities } from '../../../src/adapters/office/requirements';
import { SimulatedExcel } from '../../support/simulatedExcel';
import { seed000Rows } from '../../../src/core';
import { createCoreEngine } from '../../../src/app/coreEngine';
import { PaneRoot } from '../../../src/taskpane/PaneRoot';
import { createPaneUseCases } from '../../../src/app/paneUseCases';
import { backupSheets, requireSheet, stateOf, plainRows } from '../../adapters/office/officeSheetState';
import { renderInPane } from '../renderInPane';

// office-addin-manifest (a dependency of office-addin-mock) requires fs-extra without declaring it;
// office-addin-mock only needs its OfficeApp enum.
jest.mock('office-addin-manifest', () => jest.requireActual('office-addin-manifest/lib/officeApp'));

/** The seed-000 sheet as a bureau formats it: filled, bordered header rows, a merged title, taller rows. */
function formattedSeedSheet(): SimulatedExcel {
  const excel = SimulatedExcel.withSheets({ 三季度: plainRows(seed000Rows) });
  const sheet = requireSheet(excel, '三季度');
  sheet.merges.push({ top: 0, left: 0, bottom: 0, right: 5 });
  sheet.rows.forEach((row, index) => {
    if (row[0]?.value === '序号') {
      for (const cell of row) {
        if (!cell) continue;
        cell.fill = '#DDEBF7';
        cell.style = { bold: true, EdgeBottom: 'Continuous' };
      }
    }
    if (index % 4 === 3) sheet.rowHeights.set(index, 30);
  });
  sheet.columnWidths.set(1, 220).set(4, 260);
  return excel;
}

function paneOn(excel: SimulatedExcel, capabilities: OfficeCapabilities) {
  const { settings } = mockedDocumentSettings();
  const host = createExcelHost({ run: excel.run, capabilities, documentSettings: settings, displayLanguage: 'zh-CN', isReadOnly: () => false });
  const useCases = createPaneUseCases(host, createCoreEngine(), async () => ({ ok: false, problem: { key: 'file.corrupt', params: { file: 'x' } } }), 'zh-CN');
  renderInPane(<PaneRoot useCases={useCases} theme="light" />);
}

async function applyRepairsThroughThePane(): Promise<void> {
  await userEvent.click(screen.getByRole('tab', { name: '修复与生成' }));
  await userEvent.click(screen.getByRole('button', { name: '预览修改' }));
  await screen.findByRole('list', { name: '预览修改' });
  await userEvent.click(screen.getByRole('button', { name: '应用所选修复' }));
  await screen.findByText(/已应用/);
}

describe('撤销上次修改 in the Excel pane', () => {
  it('after repairs that delete page-split rows, brings back fills, borders, merges and row heights exactly', async () => {
    const excel = formattedSeedSheet();
    const before = stateOf(excel, '三季度');
    paneOn(excel, ALL_OFFICE_CAPABILITIES);
    await applyRepairsThroughThePane();
    expect(stateOf(excel, '三季度')).not.toEqual(before);
    expect(screen.queryByRole('note')).toBeNull();

    await userEvent.click(screen.getByRole('button', { name: '撤销上次修改' }));
    await screen.findByText('已撤销上次修改，恢复了进度助手改写前的内容。');
    expect(stateOf(excel, '三季度')).toEqual(before);
    expect(backupSheets(excel)).toEqual([]);
  });

  it('on an Excel without ExcelApi 1.9, says before the undo that it will restore values only', async () => {
    const excel = formattedSeedSheet();
    paneOn(excel, { ...ALL_OFFICE_CAPABILITIES, sheetBackups: false });
    await applyRepairsThroughThePane();
    expect(screen.getByRole('note')).toHaveTextContent('撤销将只恢复内容和数字格式');
    expect(backupSheets(excel)).toEqual([]);
    await userEvent.click(screen.getByRole('button', { name: '撤销上次修改' }));
    await screen.findByText('已撤销上次修改，恢复了进度助手改写前的内容。');
    expect(screen.queryByRole('note')).toBeNull();
  });
});
