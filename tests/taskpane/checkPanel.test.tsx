/** @jest-environment jsdom */
import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { summarizeIssues, type RenderedIssue } from '../../src/core';
import { CheckPanel, type CheckPanelProps } from '../../src/taskpane/components/CheckPanel';
import type { WorkProgress } from '../../src/app/host';
import { PaneMessageError, WorkCancelledError, type CheckOutcome } from '../../src/app/paneUseCases';
import { renderInPane } from './renderInPane';

const issues: RenderedIssue[] = [
  { rule: 'progress.sameAsMilestone', severity: 'warning', sheet: '三季度', cell: 'E87', row: 87, column: '进展情况', value: '', message: '进展情况与节点任务相同' },
  { rule: 'progress.empty', severity: 'error', sheet: '四季度', cell: 'E12', row: 12, column: '进展情况', value: '', message: '进展情况为空' },
];
const outcome: CheckOutcome = { sheets: ['三季度', '四季度'], issues, summary: summarizeIssues(issues) };

function props(overrides: Partial<CheckPanelProps> = {}): CheckPanelProps {
  return {
    onCheck: jest.fn(async () => outcome),
    onSelect: jest.fn(async () => undefined),
    onMark: jest.fn(async () => ({ markedCells: 2, notesAdded: 2, notesUnavailable: null })),
    onClearMarks: jest.fn(async () => ({ clearedCells: 2, notesRemoved: 2, keptChangedByUser: 0 })),
    ...overrides,
  };
}

describe('CheckPanel', () => {
  it('checks the chosen scope and shows the counts', async () => {
    const given = props();
    renderInPane(<CheckPanel {...given} />);
    await userEvent.click(screen.getByRole('radio', { name: '全部报表工作表' }));
    await userEvent.click(screen.getByRole('button', { name: '开始校验' }));
    expect(await screen.findByText('共 2 个问题：错误 1 个，警告 1 个，提示 0 个')).toBeInTheDocument();
    expect(given.onCheck).toHaveBeenCalledWith('all', expect.objectContaining({ signal: expect.any(AbortSignal) }));
  });

  it('selects the clicked issue’s cell on its own sheet', async () => {
    const given = props();
    renderInPane(<CheckPanel {...given} />);
    await userEvent.click(screen.getByRole('button', { name: '开始校验' }));
    await userEvent.click(await screen.findByRole('button', { name: /四季度!E12/ }));
    expect(given.onSelect).toHaveBeenCalledWith('四季度', 'E12');
  });

  it('marks the listed issues and reports what it did', async () => {
    const given = props();
    renderInPane(<CheckPanel {...given} />);
    expect(screen.getByRole('button', { name: '标记' })).toBeDisabled();
    await userEvent.click(screen.getByRole('button', { name: '开始校验' }));
    await userEvent.click(await screen.findByRole('button', { name: '标记' }));
    expect(given.onMark).toHaveBeenCalledWith(issues);
    expect(await screen.findByText('已标记 2 个单元格，添加批注 2 条。')).toBeInTheDocument();
  });

  it('shows progress while checking and cancels on request', async () => {
    let release: () => void = () => undefined;
    const onCheck = jest.fn(
      (_scope: string, progress: WorkProgress) =>
        new Promise<CheckOutcome>((resolve, reject) => {
          progress.report(1, 4);
          release = () => (progress.signal.aborted ? reject(new WorkCancelledError()) : resolve(outcome));
        }),
    );
    renderInPane(<CheckPanel {...props({ onCheck })} />);
    await userEvent.click(screen.getByRole('button', { name: '开始校验' }));
    expect(await screen.findByRole('progressbar')).toBeInTheDocument();
    expect(screen.getByText('正在处理：1/4')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: '取消' }));
    await act(async () => release());
    expect(await screen.findByText('已取消。工作簿未作任何修改。')).toBeInTheDocument();
    expect(screen.queryByRole('progressbar')).not.toBeInTheDocument();
    expect(screen.queryByRole('region', { name: '问题列表' })).not.toBeInTheDocument();
  });

  it.each([
    {
      description: 'an Office error says what to do next',
      error: Object.assign(new Error('edit mode'), { messageKey: 'office.cellEditMode' }),
      text: '您正在编辑单元格。请按 Enter 或 Esc 结束编辑后重试。',
    },
    { description: 'an expected refusal is a warning', error: new PaneMessageError('pane.check.noSheet'), text: '没有可校验的工作表。请先打开进度情况表。' },
  ])('$description, in a MessageBar', async ({ error, text }) => {
    renderInPane(<CheckPanel {...props({ onCheck: jest.fn(async () => Promise.reject(error)) })} />);
    await userEvent.click(screen.getByRole('button', { name: '开始校验' }));
    const message = await screen.findByText(text);
    expect(message).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: '关闭提示' }));
    expect(screen.queryByText(text)).not.toBeInTheDocument();
  });

  it('is labelled in English when the pane is English', async () => {
    renderInPane(<CheckPanel {...props()} />, 'en');
    await userEvent.click(screen.getByRole('button', { name: 'Check' }));
    const list = await screen.findByRole('region', { name: 'Issues' });
    expect(within(list).getByRole('region', { name: 'Errors (1)' })).toBeInTheDocument();
  });
});
