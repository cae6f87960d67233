/** @jest-environment jsdom */
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { officeSelfCheck, highestSupported, officeJsSource } from '../../src/adapters/office/officeSelfCheck';
import { ALL_OFFICE_CAPABILITIES, detectOfficeCapabilities, libraryOf } from '../../src/adapters/office/requirements';
import { ADDIN_VERSION, selfCheckOfHost } from '../../src/app/selfCheck';
import { SelfCheckPanel } from '../../src/taskpane/selfCheck/SelfCheckPanel';
import { version } from '../../package.json';
import { renderInPane } from './renderInPane';

/** An Excel 2019-like host: ExcelApi up to 1.12, no ExcelApiOnline, throws for a set it does not know. */
const excel2019 = (name: string, minVersion: string) => {
  if (name === 'SharedRuntime') throw new Error('unknown set');
  const minor = Number(minVersion.split('.')[1]);
  if (name === 'ExcelApi') return minor <= 12;
  if (name === 'AddinCommands') return minor <= 1;
  return false;
};

describe('the 自检 report of Excel', () => {
  it('finds the highest version of each set the host says yes to', () => {
    expect(highestSupported(excel2019, 'ExcelApi', 30)).toBe('1.12');
    expect(highestSupported(excel2019, 'AddinCommands', 5)).toBe('1.1');
    expect(highestSupported(excel2019, 'SharedRuntime', 5)).toBeNull();
  });

  it('names where office.js came from: the script that loaded it, else the address the build named', () => {
    document.head.innerHTML = '<meta name="jindu-office-js" content="https://intranet.example/office-js/office.js">';
    expect(officeJsSource(document)).toBe('https://intranet.example/office-js/office.js');
    const script = document.createElement('script');
    script.src = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';
    document.head.appendChild(script);
    expect(officeJsSource(document)).toBe('https://appsforoffice.microsoft.com/lib/1/hosted/office.js');
  });

  it('says which features are degraded and why: the host lacks the set, or office.js is older than Excel', () => {
    document.head.innerHTML = '';
    // Excel has every set, but the loaded office.js has no Worksheet.notes.
    const capabilities = detectOfficeCapabilities(excel2019, libraryOf({ Range: class {}, Worksheet: class {} }));
    const report = officeSelfCheck({ isSetSupported: excel2019, diagnostics: { version: '16.0.10394.20022', platform: 'PC' }, document, capabilities });
    expect(report.version).toBe(version);
    expect(report.hostVersion).toBe('16.0.10394.20022');
    expect(report.platform).toBe('PC');
    expect(report.officeJs).toBeNull();
    const state = Object.fromEntries(report.features.map((entry) => [entry.feature, entry.state]));
    expect(state.notes).toBe('host');
    expect(state.dataValidation).toBe('library');
    const all = officeSelfCheck({ isSetSupported: () => true, diagnostics: undefined, document, capabilities: ALL_OFFICE_CAPABILITIES });
    expect(all.features.every((entry) => entry.state === 'on')).toBe(true);
  });
});

describe('the 自检 view', () => {
  it('shows the version, the host, the sets and each feature’s state, and copies them as text', async () => {
    const report = officeSelfCheck({
      isSetSupported: excel2019,
      diagnostics: { version: '16.0.10394.20022', platform: 'PC' },
      document,
      capabilities: detectOfficeCapabilities(excel2019),
    });
    const copied: string[] = [];
    renderInPane(<SelfCheckPanel report={report} onCopy={async (text) => void copied.push(text)} />);
    expect(screen.getByText(ADDIN_VERSION)).toBeInTheDocument();
    const sets = screen.getByRole('table', { name: '支持的接口版本' });
    expect(within(sets).getByRole('row', { name: 'ExcelApi 1.12' })).toBeInTheDocument();
    expect(within(sets).getByRole('row', { name: 'SharedRuntime 不支持' })).toBeInTheDocument();
    const features = screen.getByRole('table', { name: '功能' });
    expect(within(features).getByRole('row', { name: '问题批注 降级：宿主不支持（需要 ExcelApi 1.18）' })).toBeInTheDocument();
    expect(within(features).getByRole('row', { name: '打印设置（A4 横向、标题行） 可用' })).toBeInTheDocument();

    await userEvent.click(screen.getByRole('button', { name: '复制自检结果' }));
    expect(copied).toHaveLength(1);
    expect(copied[0]).toContain(`加载项版本: ${ADDIN_VERSION}`);
    expect(copied[0]).toContain('ExcelApi 1.12');
    expect(await screen.findByText('已复制到剪贴板。')).toBeInTheDocument();
  });

  it('in file mode says there is no Office and which features the page lacks', () => {
    const report = selfCheckOfHost({ kind: 'file', capabilities: { dataValidation: true, notes: true, charts: false, undoGrouping: false } });
    renderInPane(<SelfCheckPanel report={report} />);
    expect(screen.getByText('不在 Office 中运行，没有接口版本。')).toBeInTheDocument();
    expect(screen.getByText('未加载（不在 Office 中运行）')).toBeInTheDocument();
    expect(within(screen.getByRole('table', { name: '功能' })).getByRole('row', { name: '“统计”表中的 Excel 图表 降级：文件模式下不可用' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: '复制自检结果' })).not.toBeInTheDocument();
  });

  it('in WPS 表格 names WPS and its build', () => {
    const report = selfCheckOfHost({ kind: 'wps', capabilities: { dataValidation: true, notes: false, charts: true, undoGrouping: false } }, '12.1.0.16120');
    renderInPane(<SelfCheckPanel report={report} />);
    expect(screen.getByText('WPS 表格')).toBeInTheDocument();
    expect(screen.getByText('12.1.0.16120')).toBeInTheDocument();
    expect(within(screen.getByRole('table', { name: '功能' })).getByRole('row', { name: '问题批注 降级：WPS 表格中不可用' })).toBeInTheDocument();
  });
});
