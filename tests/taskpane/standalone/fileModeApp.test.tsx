/** @jest-environment jsdom */
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { PaneHost } from '../../../src/taskpane/paneHost';
import { FileModeApp } from '../../../src/taskpane/standalone/FileModeApp';

// jsdom has no ResizeObserver; Fluent's TabList measures its tabs with one. Nothing resizes in a test.
class NoResizeObserver {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
}
Object.defineProperty(window, 'ResizeObserver', { value: NoResizeObserver, configurable: true });
// jsdom's File has no arrayBuffer(); every browser the page supports has.
if (!('arrayBuffer' in File.prototype)) {
  Object.defineProperty(File.prototype, 'arrayBuffer', {
    value(this: File) {
      return new Promise<ArrayBuffer>((resolve, reject) => {
        const reader = new FileReader();
        reader.onload = () => resolve(reader.result as ArrayBuffer);
        reader.onerror = () => reject(reader.error);
        reader.readAsArrayBuffer(this);
      });
    },
  });
}

/** Stands in for the pane: one button that selects a cell through the host, as the issue list does. */
function FakePane({ host }: { readonly host: PaneHost }) {
  return (
    <button type="button" onClick={() => void host.select('三季度', 'B10')}>
      select B10
    </button>
  );
}

function renderFileMode() {
  return render(
    <FluentProvider theme={webLightTheme}>
      <FileModeApp displayLanguage="zh-CN" renderPane={(host) => <FakePane host={host} />} />
    </FluentProvider>,
  );
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

  it('names every file it cannot open and why, and keeps working', async () => {
    const user = userEvent.setup();
    renderFileMode();
    await user.upload(screen.getByTestId('file-input'), [fixtureFile('truncated.xlsx'), fixtureFile('legacy.xls')]);
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('“truncated.xlsx”已损坏或不是有效的 .xlsx 文件，无法读取。');
    expect(alert).toHaveTextContent('“legacy.xls”不是 .xlsx 工作簿');
    await user.click(screen.getByRole('button', { name: '载入示例' }));
    expect(await screen.findByRole('table', { name: '工作表“三季度”预览' })).toBeInTheDocument();
    expect(screen.queryByRole('alert')).toBeNull();
  });
});
