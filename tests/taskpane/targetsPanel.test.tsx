/** @jest-environment jsdom */
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { TargetResult } from '../../src/core';
import { TargetsPanel } from '../../src/taskpane/components/TargetsPanel';
import { renderInPane } from './renderInPane';

function target(row: number, text: string, verdict: TargetResult['verdict'], reported: string | null): TargetResult {
  return {
    row,
    cell: `D${row}`,
    source: '节点任务',
    text,
    indicator: '精神科医师',
    value: 5,
    unit: '名',
    op: '>=',
    deadline: '2021-09-30',
    reported: reported === null ? null : { cell: `E${row}`, text: reported, value: 7, unit: '人', asOf: '2021-09-30' },
    verdict,
    confidence: 0.9,
    evidence: reported === null ? null : 'indicator',
    pace: null,
    expectedPace: 1,
    share: reported === null ? null : 140,
    reason: reported === null ? { key: 'target.why.noFigure', params: { indicator: '精神科医师' } } : { key: 'target.why.met', params: { figure: reported, target: text } },
  };
}

// The two worked examples of DOMAIN §4 (seed 000), plus a target nothing measures.
const targets = [
  target(87, '增加精神科医师5名', 'met', '增加精神科医师 7 人'),
  target(90, '完成年度检查任务的 70% 以上', 'met', '完成年度任务的 81%'),
  target(95, '建成10个以上市级临床医学研究中心', 'no-figure', null),
];

describe('TargetsPanel', () => {
  it('lists the targets with verdicts, both numbers highlighted, and selects the row on click', async () => {
    const onSelect = jest.fn(async () => undefined);
    renderInPane(<TargetsPanel onCheckTargets={async () => ({ sheet: '三季度', targets })} onSelect={onSelect} />);
    await userEvent.click(screen.getByRole('button', { name: '核对数值目标' }));
    const list = await screen.findByRole('list', { name: '数值目标' });
    const items = within(list).getAllByRole('listitem');
    expect(items).toHaveLength(3);
    const first = items[0] as HTMLElement;
    expect(within(first).getByText('已达成')).toBeInTheDocument();
    expect([...first.querySelectorAll('mark')].map((mark) => mark.textContent)).toEqual(['5', '7']);
    expect([...(items[1] as HTMLElement).querySelectorAll('mark')].map((mark) => mark.textContent)).toEqual(['70%', '81%']);
    // Why, in one sentence from the core's message map.
    expect(within(first).getByText('增加精神科医师 7 人，已达到目标（增加精神科医师5名）')).toBeInTheDocument();
    expect(within(items[2] as HTMLElement).getByText('进展情况中没有衡量“精神科医师”的数字')).toBeInTheDocument();
    await userEvent.click(within(first).getByRole('button'));
    expect(onSelect).toHaveBeenCalledWith('三季度', '87:87');
  });

  it('filters by verdict', async () => {
    renderInPane(<TargetsPanel onCheckTargets={async () => ({ sheet: '三季度', targets })} onSelect={async () => undefined} />);
    await userEvent.click(screen.getByRole('button', { name: '核对数值目标' }));
    await userEvent.selectOptions(await screen.findByRole('combobox', { name: '按结论筛选' }), 'no-figure');
    const items = within(screen.getByRole('list', { name: '数值目标' })).getAllByRole('listitem');
    expect(items).toHaveLength(1);
    expect(within(items[0] as HTMLElement).getByText('无数据')).toBeInTheDocument();
  });

  it('names a Word table’s target by its place in the document instead of the row of its copy', async () => {
    const inWord = [{ ...target(5, '增加精神科医师5名', 'met', '增加精神科医师 7 人'), place: '表1 第3行 第2列' }];
    renderInPane(<TargetsPanel onCheckTargets={async () => ({ sheet: '表1', targets: inWord })} onSelect={async () => undefined} />);
    await userEvent.click(screen.getByRole('button', { name: '核对数值目标' }));
    const item = within(await screen.findByRole('list', { name: '数值目标' })).getByRole('listitem');
    expect(item).toHaveTextContent('表1 第3行 第2列');
    expect(item).not.toHaveTextContent('第 5 行');
  });
});
