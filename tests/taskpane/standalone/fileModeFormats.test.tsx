/** @jest-environment jsdom */
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { configure, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import iconv from 'iconv-lite';
import { I18nextProvider } from 'react-i18next';
import { xlsxFilesOnDemand } from '../../../src/adapters/xlsx/xlsxFilesOnDemand';
import { createPaneI18n } from '../../../src/taskpane/i18n';
import { FileModeApp } from '../../../src/taskpane/standalone/FileModeApp';
import { downloadName } from '../../../src/taskpane/standalone/downloadWorkbook';
import { wordReportBytes } from '../../fixtures/docx/writeWordReport';
import '../../support/fileModeBrowserGlobals';

configure({ asyncUtilTimeout: 10000 });

function renderFileMode() {
  return render(
    <I18nextProvider i18n={createPaneI18n('zh-CN')}>
      <FluentProvider theme={webLightTheme}>
        <FileModeApp displayLanguage="zh-CN" renderPane={() => null} xlsxFiles={xlsxFilesOnDemand} />
      </FluentProvider>
    </I18nextProvider>,
  );
}

describe('file mode with files in other formats', () => {
  it('offers every format in its picker and opens a Word table and a GBK CSV as workbooks to check', async () => {
    const user = userEvent.setup();
    renderFileMode();
    const input = screen.getByTestId('file-input');
    for (const format of ['.xlsx', '.xls', '.et', '.csv', '.docx']) expect(input.getAttribute('accept')?.split(',')).toContain(format);
    const word = await wordReportBytes({
      above: ['填报单位：市教育局'],
      rows: [
        [{ text: '序号' }, { text: '任务', columnSpan: 2 }],
        [{ text: '57' }, { text: '=健全新药研发' }, { text: '三季度' }],
      ],
    });
    await user.upload(input, [new File([new Uint8Array(word)], '市教育局.docx'), new File([new Uint8Array(iconv.encode('序号,任务\n12,建成学校', 'gbk'))], '市民政局.csv')]);

    expect(await screen.findByRole('tab', { name: '市民政局.csv' })).toHaveAttribute('aria-selected', 'true');
    expect(await screen.findByRole('table', { name: '工作表“市民政局”预览' })).toHaveTextContent('建成学校');
    await user.click(screen.getByRole('tab', { name: '市教育局.docx' }));
    const preview = await screen.findByRole('table', { name: '工作表“表1”预览' });
    // Text that looks like a formula stays text.
    expect(within(preview).getByText('=健全新药研发')).toBeInTheDocument();
    expect(within(preview).getByText('填报单位：市教育局')).toBeInTheDocument();
    expect(screen.queryByRole('alert')).toBeNull();
    expect(downloadName('市教育局.docx')).toBe('市教育局（进度助手）.xlsx');
  });

  it('names a Word document it cannot read and why', async () => {
    const user = userEvent.setup();
    renderFileMode();
    const noTable = await wordReportBytes({ above: ['只有一段文字'], rows: [] });
    await user.upload(screen.getByTestId('file-input'), [new File([new Uint8Array(noTable)], '说明.docx')]);
    expect(await screen.findByRole('alert')).toHaveTextContent('“说明.docx”是 Word 文档（.docx），但正文中没有表格');
  });
});
