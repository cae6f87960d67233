/** @jest-environment jsdom */
import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { memoryHost } from '../support/memoryHost';
import { SEED_001_PLAN_ROWS, seed000Rows } from '../../src/core';
import type { WorkProgress } from '../../src/app/host';
import { createCoreEngine } from '../../src/app/coreEngine';
import { createPaneUseCases, WorkCancelledError, type ConsolidateOutcome, type ConsolidationSource } from '../../src/app/paneUseCases';
import { ConsolidatePanel } from '../../src/taskpane/consolidate/ConsolidatePanel';
import { PaneRoot } from '../../src/taskpane/PaneRoot';
import { renderInPane } from './renderInPane';

const sources: readonly ConsolidationSource[] = [{ sheet: { name: '三季度', visible: true, protected: false }, plan: false }];

describe('progress where the user is looking', () => {
  it('shows the progress bar and 取消 right under the 汇总 button, and the outcome there too', async () => {
    let seen: WorkProgress | null = null;
    const onConsolidate = (_request: unknown, progress: WorkProgress) =>
      new Promise<ConsolidateOutcome>((_resolve, reject) => {
        seen = progress;
        progress.report(1, 4);
        progress.signal.addEventListener('abort', () => reject(new WorkCancelledError()));
      });
    renderInPane(<ConsolidatePanel onListSources={async () => sources} onConsolidate={onConsolidate} onSelect={async () => undefined} />);
    const run = screen.getByRole('button', { name: '汇总到“汇总”和“统计”工作表' });
    await screen.findByRole('checkbox', { name: '三季度', checked: true });
    await userEvent.click(run);

    const bar = await screen.findByRole('progressbar');
    const status = run.nextElementSibling;
    // The element right after the button holds the bar and its 取消: nothing sits between them.
    expect(status).toContainElement(bar);
    expect(status).toHaveTextContent('正在处理：1/4');
    const cancel = screen.getByRole('button', { name: '取消' });
    expect(status).toContainElement(cancel);

    await userEvent.click(cancel);
    expect(seen).not.toBeNull();
    expect(await screen.findByText('已取消。工作簿未作任何修改。')).toBeInTheDocument();
    expect(run.nextElementSibling).toHaveTextContent('已取消。工作簿未作任何修改。');
    expect(screen.queryByRole('progressbar')).not.toBeInTheDocument();
  });

  it('clears the previous operation’s message when the tab changes', async () => {
    const useCases = createPaneUseCases(memoryHost({ 三季度: seed000Rows.map((row) => [...row]) }, '三季度'), createCoreEngine(), async () => ({ ok: false, problem: { key: 'file.corrupt', params: {} } }), 'zh-CN');
    render(<PaneRoot useCases={useCases} theme="light" />);
    await userEvent.click(screen.getByRole('tab', { name: '设置' }));
    await userEvent.click(screen.getByRole('button', { name: '保存设置' }));
    expect(await screen.findByText('设置已保存到本工作簿。')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('tab', { name: '校验' }));
    expect(screen.queryByText('设置已保存到本工作簿。')).not.toBeInTheDocument();
    await userEvent.click(screen.getByRole('tab', { name: '设置' }));
    expect(screen.queryByText('设置已保存到本工作簿。')).not.toBeInTheDocument();
  });
});

describe('汇总 sources', () => {
  it('offers a plan sheet (节点任务表) unticked and ticks the reports', async () => {
    const host = memoryHost(
      {
        三季度: seed000Rows.map((row) => [...row]),
        计划: SEED_001_PLAN_ROWS.map((row) => [...row]),
        汇总: [['序号']],
      },
      '三季度',
    );
    const useCases = createPaneUseCases(host, createCoreEngine(), async () => ({ ok: false, problem: { key: 'file.corrupt', params: {} } }), 'zh-CN');
    renderInPane(<ConsolidatePanel onListSources={useCases.consolidationSources} onConsolidate={useCases.consolidate} onSelect={useCases.selectCell} />);
    expect(await screen.findByRole('checkbox', { name: '三季度' })).toBeChecked();
    expect(screen.getByRole('checkbox', { name: '计划（节点任务表，不是报表）' })).not.toBeChecked();
    // What 汇总 writes is never offered as its own source.
    expect(screen.queryByRole('checkbox', { name: '汇总' })).not.toBeInTheDocument();
    await act(async () => undefined);
  });
});
