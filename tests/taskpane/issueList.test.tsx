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
    expect(within(errors).getAllByRole('button')).toHaveLength(2);
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

  it('is reachable and usable with the keyboard alone', async () => {
    const onSelect = jest.fn();
    renderInPane(<IssueList issues={issues} onSelect={onSelect} />);
    await userEvent.tab();
    expect(screen.getByRole('button', { name: /E12/ })).toHaveFocus();
    await userEvent.tab();
    await userEvent.keyboard('{Enter}');
    expect(onSelect).toHaveBeenCalledWith('三季度', 'E15');
  });

  it('speaks English when the pane is English', () => {
    renderInPane(<IssueList issues={issues} onSelect={() => undefined} />, 'en');
    expect(screen.getByRole('region', { name: 'Errors (2)' })).toBeInTheDocument();
  });
});
