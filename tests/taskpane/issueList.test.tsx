/** @jest-environment jsdom */
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { RenderedIssue } from '../../src/core';
import { IssueList } from '../../src/taskpane/components/IssueList';
import { renderInPane } from './renderInPane';

function issue(rule: string, severity: RenderedIssue['severity'], cell: string, message: string, sheet = '三季度'): RenderedIssue {
  return { rule, severity, sheet, cell, row: Number(cell.replace(/\D/g, '')) || 0, column: '', value: '', message };
}

const issues: RenderedIssue[] = [
  issue('progress.empty', 'error', 'E12', '进展情况为空'),
  issue('progress.empty', 'error', 'E15', '进展情况为空'),
  issue('selfAssessment.claimsDone', 'warning', 'F7', '自我评价为“完成”，但进展显示仍在推进'),
  issue('sheet.notReport', 'info', '', '“说明”不是进度情况表', '说明'),
];

describe('IssueList', () => {
  it('groups issues by severity with counts, and by rule within each', () => {
    renderInPane(<IssueList issues={issues} onSelect={() => undefined} />);
    const errors = screen.getByRole('region', { name: '错误（2）' });
    expect(within(errors).getByRole('heading', { name: '进展情况为空（2）' })).toBeInTheDocument();
    // A rule the pane has no title for is shown by its id.
    expect(screen.getByRole('heading', { name: 'selfAssessment.claimsDone（1）' })).toBeInTheDocument();
    // The severity's and the rule's toggles, then the two issues.
    expect(within(errors).getAllByRole('button', { name: /^E1[25]/ })).toHaveLength(2);
    expect(screen.getByRole('region', { name: '警告（1）' })).toBeInTheDocument();
    expect(screen.getByRole('region', { name: '提示（1）' })).toBeInTheDocument();
  });

  it.each([
    { description: 'a cell issue selects its cell', name: /E15/, expected: ['三季度', 'E15'] },
    { description: 'a whole-sheet issue selects the top of its sheet', name: /说明.*不是进度情况表/, expected: ['说明', 'A1'] },
  ])('$description', async ({ name, expected }) => {
    const onSelect = jest.fn();
    renderInPane(<IssueList issues={issues} onSelect={onSelect} />);
    await userEvent.click(screen.getByRole('button', { name }));
    expect(onSelect).toHaveBeenCalledWith(...expected);
  });

  it('tells an issue of a Word table at its place in the document, and still selects its cell', async () => {
    const onSelect = jest.fn();
    const inWord: RenderedIssue = { ...issue('progress.empty', 'error', 'E5', '进展情况为空', '表1'), place: '表1 第3行 第5列' };
    renderInPane(<IssueList issues={[inWord]} onSelect={onSelect} showSheet />);
    const button = screen.getByRole('button', { name: /^表1 第3行 第5列\s*进展情况为空/ });
    expect(button).not.toHaveTextContent('E5');
    await userEvent.click(button);
    expect(onSelect).toHaveBeenCalledWith('表1', 'E5');
  });

  it('is one tab stop per group, with arrow keys inside it', async () => {
    const onSelect = jest.fn();
    renderInPane(<IssueList issues={issues} onSelect={onSelect} />);
    await userEvent.tab();
    expect(screen.getByRole('button', { name: /错误/, expanded: true })).toHaveFocus();
    await userEvent.tab();
    const ruleToggle = screen.getByRole('button', { name: '进展情况为空（2）' });
    expect(ruleToggle).toHaveFocus();
    await userEvent.keyboard('{ArrowDown}');
    expect(screen.getByRole('button', { name: /E12/ })).toHaveFocus();
    await userEvent.keyboard('{ArrowDown}');
    expect(screen.getByRole('button', { name: /E15/ })).toHaveFocus();
    // Past the last issue the focus stays put.
    await userEvent.keyboard('{ArrowDown}');
    expect(screen.getByRole('button', { name: /E15/ })).toHaveFocus();
    await userEvent.keyboard('{Enter}');
    expect(onSelect).toHaveBeenCalledWith('三季度', 'E15');
    // Tab leaves the group: the next stop is the next severity, not the issues in between.
    await userEvent.tab();
    expect(screen.getByRole('button', { name: /警告/, expanded: true })).toHaveFocus();
    // Back into the group: its stop is the issue focused last.
    await userEvent.tab({ shift: true });
    expect(screen.getByRole('button', { name: /E15/ })).toHaveFocus();
    await userEvent.keyboard('{Home}');
    expect(ruleToggle).toHaveFocus();
    await userEvent.keyboard('{End}');
    expect(screen.getByRole('button', { name: /E15/ })).toHaveFocus();
  });

  it('collapses and expands a rule group from the keyboard and by click', async () => {
    renderInPane(<IssueList issues={issues} onSelect={() => undefined} />);
    const ruleToggle = screen.getByRole('button', { name: '进展情况为空（2）' });
    await userEvent.click(screen.getByRole('button', { name: /E15/ }));
    // Left from an issue goes back to its header; Left on the header collapses the group.
    await userEvent.keyboard('{ArrowLeft}');
    expect(ruleToggle).toHaveFocus();
    await userEvent.keyboard('{ArrowLeft}');
    expect(ruleToggle).toHaveAttribute('aria-expanded', 'false');
    expect(screen.queryByRole('button', { name: /E12/ })).not.toBeInTheDocument();
    // Collapsed, Down has nowhere to go.
    await userEvent.keyboard('{ArrowDown}');
    expect(ruleToggle).toHaveFocus();
    await userEvent.keyboard('{ArrowRight}');
    expect(ruleToggle).toHaveAttribute('aria-expanded', 'true');
    await userEvent.keyboard('{ArrowRight}');
    expect(screen.getByRole('button', { name: /E12/ })).toHaveFocus();
    await userEvent.click(ruleToggle);
    expect(screen.queryByRole('button', { name: /E15/ })).not.toBeInTheDocument();
    await userEvent.keyboard('{Enter}');
    expect(screen.getByRole('button', { name: /E15/ })).toBeInTheDocument();
  });

  it('collapses a whole severity', async () => {
    renderInPane(<IssueList issues={issues} onSelect={() => undefined} />);
    await userEvent.click(screen.getByRole('button', { name: /错误/, expanded: true }));
    expect(screen.getByRole('button', { name: /错误/ })).toHaveAttribute('aria-expanded', 'false');
    expect(screen.queryByRole('button', { name: /E12|E15/ })).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: /F7/ })).toBeInTheDocument();
  });

  it('speaks English when the pane is English', () => {
    renderInPane(<IssueList issues={issues} onSelect={() => undefined} />, 'en');
    expect(screen.getByRole('region', { name: 'Errors (2)' })).toBeInTheDocument();
  });
});
