/** @jest-environment jsdom */
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { configure, fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { XlsxWorkbook } from '../../../src/adapters/xlsx';
import { I18nextProvider } from 'react-i18next';
import { createPaneI18n } from '../../../src/taskpane/i18n';
import type { Host } from '../../../src/app/host';
import { FileModeApp } from '../../../src/taskpane/standalone/FileModeApp';
import { legacyBytesOf } from '../../fixtures/legacy/writeLegacyFiles';
import { columnPixels } from '../../../src/taskpane/standalone/SheetPreview';
import { xlsxFilesOnDemand } from '../../../src/adapters/xlsx/xlsxFilesOnDemand';
import '../../support/fileModeBrowserGlobals';

// Opening a workbook parses a zip; on a busy machine that takes longer than the default second.
configure({ asyncUtilTimeout: 10000 });

/** Stands in for the pane: one button that selects a cell through the host, as the issue list does. */
function FakePane({ host }: { readonly host: Host }) {
  return (
    <button type="button" onClick={() => void host.select('三季度', 'B10')}>
      select B10
    </button>
  );
}

function renderFileMode() {
  return render(
    <I18nextProvider i18n={createPaneI18n('zh-CN')}>
      <FluentProvider theme={webLightTheme}>
        <FileModeApp displayLanguage="zh-CN" renderPane={(host) => <FakePane host={host} />} xlsxFiles={xlsxFilesOnDemand} />
      </FluentProvider>
    </I18nextProvider>,
  );
}

async function reportFile(name: string): Promise<File> {
  const workbook = XlsxWorkbook.create();
  await workbook.apply([
    { op: 'addSheet', sheet: '说明', replace: false },
    { op: 'addSheet', sheet: '三季度', replace: false },
    { op: 'writeBlock', sheet: '三季度', row: 0, column: 0, values: [['序号', '任务'], [57, '健全新药研发']] },
  ]);
  return new File([new Uint8Array(await workbook.toBuffer())], name);
}

function fixtureFile(name: string): File {
  const bytes = readFileSync(path.join(__dirname, '..', '..', 'fixtures', 'files', name));
  return new File([bytes], name, { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' });
}

describe('file mode', () => {
  it('says what to do before any file is open', () => {
    renderFileMode();
    expect(screen.getByText('尚未打开文件。请打开 .xlsx 文件，或点“载入示例”先看看效果。')).toBeInTheDocument();
  });

  it('loads the sample, shows its sheet, and shows where the pane selected', async () => {
    const user = userEvent.setup();
    renderFileMode();
    await user.click(screen.getByRole('button', { name: '载入示例' }));
    const preview = await screen.findByRole('table', { name: '工作表“三季度”预览' });
    expect(within(preview).getByText('填报单位：济南市卫生健康委')).toBeInTheDocument();
    expect(screen.getByRole('tab', { name: '节点任务' })).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'select B10' }));
    const selected = preview.querySelectorAll('tr[aria-selected="true"]');
    expect([...selected].map((row) => row.getAttribute('data-row'))).toEqual(['10']);
    expect(screen.getByRole('status')).toHaveTextContent('已定位到 三季度!B10');
  });

  it('draws the preview with the sheet’s own column widths, so 时间 stays one short line', async () => {
    const user = userEvent.setup();
    renderFileMode();
    await user.click(screen.getByRole('button', { name: '载入示例' }));
    const preview = await screen.findByRole('table', { name: '工作表“三季度”预览' });
    // The sample's widths in Excel's units: 序号 6, 任务 48, 时间 8, 节点任务 30, 进展 48, 自我评价 10.
    const widths = [...preview.querySelectorAll('col[data-column]')].map((column) => (column as HTMLElement).style.width);
    expect(widths).toEqual([6, 48, 8, 30, 48, 10].map((width) => `${columnPixels(width)}px`));
    expect(columnPixels(8)).toBe(61);
    expect(columnPixels(null)).toBe(64);
    // The merged title and the lone 填报单位 line run across the row, as in Excel, instead of wrapping in A.
    expect(preview.querySelector('td[data-cell="A1"]')).toHaveAttribute('colspan', '6');
    expect(preview.querySelector('td[data-cell="B1"]')).toBeNull();
    expect(preview.querySelector('td[data-cell="A2"]')).toHaveAttribute('colspan', '6');
    expect(preview.querySelector('td[data-cell="B5"]')).not.toBeNull();
  });

  it('opens files dropped on the page, one tab each, showing the report sheet first', async () => {
    renderFileMode();
    const files = [await reportFile('市卫生健康委.xlsx'), await reportFile('市商务局.xlsx')];
    fireEvent.drop(screen.getByText('将 .xlsx、.xls、.et、.csv 或 .docx 文件拖放到此处'), { dataTransfer: { files } });
    expect(await screen.findByRole('tab', { name: '市商务局.xlsx' })).toHaveAttribute('aria-selected', 'true');
    expect(screen.getByRole('tab', { name: '市卫生健康委.xlsx' })).toBeInTheDocument();
    expect(await screen.findByRole('table', { name: '工作表“三季度”预览' })).toHaveTextContent('健全新药研发');
  });

  it('refuses a file over 50 MB before reading it, and one that would unpack past 500 MB', async () => {
    const user = userEvent.setup();
    renderFileMode();
    const huge = await reportFile('巨大.xlsx');
    Object.defineProperty(huge, 'size', { value: 51 * 1024 * 1024 });
    Object.defineProperty(huge, 'arrayBuffer', { value: () => Promise.reject(new Error('a refused file must not be read')) });
    const bomb = await reportFile('炸弹.xlsx');
    const bombBytes = new Uint8Array(await bomb.arrayBuffer());
    const view = new DataView(bombBytes.buffer);
    // Every entry of the zip directory now claims 100 MB unpacked.
    for (let offset = 0; offset + 46 <= bombBytes.length; offset += 1) {
      if (view.getUint32(offset, true) === 0x02014b50) view.setUint32(offset + 24, 100 * 1024 * 1024, true);
    }
    await user.upload(screen.getByTestId('file-input'), [huge, new File([bombBytes], '炸弹.xlsx')]);
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('“巨大.xlsx”超过 50 MB，已拒绝读取。');
    expect(alert).toHaveTextContent('“炸弹.xlsx”解压后超过 500 MB，已拒绝读取。');
    expect(screen.queryByRole('tab')).toBeNull();
  });

  it('opens an Excel 97-2003 file as the sheets it holds, the report sheet shown first', async () => {
    const user = userEvent.setup();
    renderFileMode();
    const bytes = legacyBytesOf({ 说明: [['填表说明']], 三季度: [['序号', '任务'], [57, '健全新药研发']] }, 'xls');
    await user.upload(screen.getByTestId('file-input'), [new File([new Uint8Array(bytes)], '市财政局.xls', { type: 'application/vnd.ms-excel' })]);
    expect(await screen.findByRole('tab', { name: '市财政局.xls' })).toHaveAttribute('aria-selected', 'true');
    const preview = await screen.findByRole('table', { name: '工作表“三季度”预览' });
    expect(within(preview).getByText('健全新药研发')).toBeInTheDocument();
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('names every file it cannot open and why, and keeps working', async () => {
    const user = userEvent.setup();
    renderFileMode();
    await user.upload(screen.getByTestId('file-input'), [fixtureFile('truncated.xlsx'), fixtureFile('legacy.xls')]);
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('“truncated.xlsx”已损坏或不是有效的 .xlsx 文件，无法读取。');
    // A compound file whose workbook stream has no BOF record: read as an .xls, and found damaged.
    expect(alert).toHaveTextContent('“legacy.xls”是 Excel 97-2003 工作簿（.xls），但文件结构已损坏');
    await user.click(screen.getByRole('button', { name: '载入示例' }));
    expect(await screen.findByRole('table', { name: '工作表“三季度”预览' })).toBeInTheDocument();
    expect(screen.queryByRole('alert')).toBeNull();
  });
});
