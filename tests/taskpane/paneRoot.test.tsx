/** @jest-environment jsdom */
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryWorkbook } from '../support/memoryWorkbook';
import { seed000Rows, type Language } from '../../src/core';
import { CheckPanel } from '../../src/taskpane/components/CheckPanel';
import { createCoreEngine } from '../../src/app/coreEngine';
import { DEFAULT_SETTINGS, type JinduSettings, type Host } from '../../src/app/host';
import { PaneRoot } from '../../src/taskpane/PaneRoot';
import { createPaneUseCases } from '../../src/app/paneUseCases';
import { themeKindOf } from '../../src/taskpane/theme';
import { createUndoableWriter } from '../../src/app/undo/undoableWriter';
import { renderInPane } from './renderInPane';

/** A host over the memory workbook: what file mode does, without files. */
function memoryHost(language: Language): Host & { selected: string[]; settingsSaved: JinduSettings[] } {
  const workbook = MemoryWorkbook.fromSheets({ 三季度: seed000Rows.map((row) => [...row]) });
  const writer = createUndoableWriter(workbook);
  const selected: string[] = [];
  const settingsSaved: JinduSettings[] = [];
  let settings = DEFAULT_SETTINGS;
  return {
    kind: 'file',
    displayLanguage: language,
    workbook,
    capabilities: { dataValidation: true, notes: true, charts: false, undoGrouping: false },
    activeSheet: async () => '三季度',
    select: async (sheet, address) => {
      selected.push(`${sheet}!${address}`);
    },
    mark: async (marks) => ({ markedCells: marks.length, notesAdded: 0, notesUnavailable: null }),
    clearMarks: async () => ({ clearedCells: 0, notesRemoved: 0, keptChangedByUser: 0 }),
    settings: {
      load: () => settings,
      save: async (next) => {
        settings = next;
        settingsSaved.push(next);
      },
    },
    ...writer,
    selected,
    settingsSaved,
  };
}

describe('the pane', () => {
  it.each([
    { description: 'speaks Chinese by default', language: 'zh-CN' as const, tabs: ['校验', '修复与生成', '数值核对', '汇总', '设置'] },
    { description: 'speaks English when Office does', language: 'en' as const, tabs: ['Check', 'Repair & generate', 'Targets', 'Consolidate', 'Settings'] },
  ])('$description', ({ language, tabs }) => {
    const useCases = createPaneUseCases(memoryHost(language), createCoreEngine(), async () => ({ ok: false, problem: { key: 'file.corrupt', params: {} } }), language);
    render(<PaneRoot useCases={useCases} theme="light" />);
    expect(screen.getAllByRole('tab')).toHaveLength(tabs.length);
    for (const name of tabs) expect(screen.getByRole('tab', { name })).toBeInTheDocument();
  });

  // Tab order through Fluent's TabList relies on its focus manager (tabster), which jsdom does not run
  // faithfully; the browser tests of the page cover the whole pane. Here: the 校验 panel on its own.
  it('runs 校验 with the keyboard alone: Tab to the button, Enter', async () => {
    const host = memoryHost('zh-CN');
    const useCases = createPaneUseCases(host, createCoreEngine(), async () => ({ ok: false, problem: { key: 'file.corrupt', params: {} } }), 'zh-CN');
    renderInPane(<CheckPanel onCheck={useCases.check} onSelect={useCases.selectCell} onMark={useCases.markIssues} onClearMarks={useCases.clearMarks} />);
    const run = screen.getByRole('button', { name: '开始校验' });
    for (let step = 0; step < 6 && document.activeElement !== run; step += 1) await userEvent.tab();
    expect(run).toHaveFocus();
    await userEvent.keyboard('{Enter}');
    const list = await screen.findByRole('region', { name: '问题列表' });
    // The list's first group: Tab reaches its header, Down its first issue.
    const firstRule = list.querySelector('h4 button');
    for (let step = 0; step < 6 && document.activeElement !== firstRule; step += 1) await userEvent.tab();
    expect(firstRule).toHaveFocus();
    await userEvent.keyboard('{ArrowDown}');
    expect(document.activeElement).toHaveAttribute('title', expect.stringMatching(/^定位到/));
    await userEvent.keyboard('{Enter}');
    expect(host.selected).toHaveLength(1);
  });

  it('keeps the settings in the host’s store', async () => {
    const host = memoryHost('zh-CN');
    const useCases = createPaneUseCases(host, createCoreEngine(), async () => ({ ok: false, problem: { key: 'file.corrupt', params: {} } }), 'zh-CN');
    render(<PaneRoot useCases={useCases} theme="light" />);
    await userEvent.click(screen.getByRole('tab', { name: '设置' }));
    await userEvent.type(screen.getByRole('textbox', { name: '填报单位（留空则从表中读取）' }), '济南市卫生健康委');
    await userEvent.type(screen.getByRole('textbox', { name: '应报单位名单（每行一个，用于汇总）' }), '市商务局{Enter}市教育局、市商务局');
    await userEvent.click(screen.getByRole('button', { name: '保存设置' }));
    expect(await screen.findByText('设置已保存到本工作簿。')).toBeInTheDocument();
    expect(host.settingsSaved).toEqual([{ ...DEFAULT_SETTINGS, unit: '济南市卫生健康委', roster: ['市商务局', '市教育局'] }]);
  });

  it('labels every form control', async () => {
    const useCases = createPaneUseCases(memoryHost('zh-CN'), createCoreEngine(), async () => ({ ok: false, problem: { key: 'file.corrupt', params: {} } }), 'zh-CN');
    render(<PaneRoot useCases={useCases} theme="light" />);
    for (const tab of ['校验', '修复与生成', '数值核对', '汇总', '设置']) {
      await userEvent.click(screen.getByRole('tab', { name: tab }));
      await screen.findByRole('tabpanel');
      for (const control of [...screen.queryAllByRole('textbox'), ...screen.queryAllByRole('combobox'), ...screen.queryAllByRole('checkbox'), ...screen.queryAllByRole('radio'), ...screen.queryAllByRole('button')]) {
        try {
          expect(control).toHaveAccessibleName();
        } catch {
          throw new Error(`unlabelled control on ${tab}: ${control.outerHTML.slice(0, 400)}`);
        }
      }
    }
  });
});

describe('themeKindOf', () => {
  it.each([
    { description: 'white body is light', color: '#FFFFFF', expected: 'light' },
    { description: 'dark grey body is dark', color: '#262626', expected: 'dark' },
    { description: 'black body is dark', color: '#000000', expected: 'dark' },
    { description: 'an unknown colour is light', color: undefined, expected: 'light' },
  ])('$description', ({ color, expected }) => {
    expect(themeKindOf(color)).toBe(expected);
  });
});
