/** @jest-environment jsdom */
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { TargetResult } from '../../src/core';
import { TargetsPanel } from '../../src/taskpane/components/TargetsPanel';
import { UnitChart, unitFiguresOf } from '../../src/taskpane/charts/UnitChart';
import type { UnitStatistics } from '../../src/core/consolidate/types';
import { renderInPane } from './renderInPane';

function target(row: number, verdict: TargetResult['verdict']): TargetResult {
  return {
    row,
    cell: `D${row}`,
    source: '节点任务',
    text: `目标 ${row}`,
    indicator: '指标',
    value: 5,
    unit: '个',
    op: '>=',
    deadline: '2021-09-30',
    reported: null,
    verdict,
    confidence: 0.9,
    evidence: null,
    pace: null,
    expectedPace: 1,
    share: null,
    reason: { key: 'target.why.noFigure', params: { indicator: '指标' } },
  };
}

const targets = [target(10, 'met'), target(11, 'met'), target(12, 'behind'), target(13, 'unmet'), target(14, 'no-figure')];

function rowOf(chart: HTMLElement, key: string): Element {
  const row = chart.querySelector(`[data-row="${key}"]`);
  if (!row) throw new Error(`no bar for ${key}`);
  return row;
}

describe('the 数值核对 chart', () => {
  it('states every verdict count in its accessible name', async () => {
    renderInPane(<TargetsPanel onCheckTargets={async () => ({ sheet: '三季度', targets })} onSelect={async () => undefined} />);
    await userEvent.click(screen.getByRole('button', { name: '核对数值目标' }));
    const chart = await screen.findByRole('img', { name: /数值目标结论图/ });
    expect(chart).toHaveAccessibleName('数值目标结论图：已达成 2，序时达标 0，落后序时 1，未达成 1，无数据 1，无法判断 0');
    // Bars are as long as their counts: 已达成 (2) twice 落后序时 (1).
    const width = (key: string) => Number(rowOf(chart, key).querySelector('[data-value]')?.getAttribute('width'));
    expect(width('met')).toBeCloseTo(2 * width('behind'));
    expect(width('on-track')).toBe(0);
  });

  it('filters the list when a bar is clicked, and shows all again on a second click', async () => {
    renderInPane(<TargetsPanel onCheckTargets={async () => ({ sheet: '三季度', targets })} onSelect={async () => undefined} />);
    await userEvent.click(screen.getByRole('button', { name: '核对数值目标' }));
    const chart = await screen.findByRole('img', { name: /数值目标结论图/ });
    expect(within(screen.getByRole('list', { name: '数值目标' })).getAllByRole('listitem')).toHaveLength(5);

    await userEvent.click(rowOf(chart, 'met'));
    const items = within(screen.getByRole('list', { name: '数值目标' })).getAllByRole('listitem');
    expect(items.map((item) => /第 \d+ 行/.exec(item.textContent ?? '')?.[0])).toEqual(['第 10 行', '第 11 行']);
    // The keyboard's way to the same filter says what the bar chose.
    expect(screen.getByRole('combobox', { name: '按结论筛选' })).toHaveValue('met');

    await userEvent.click(rowOf(chart, 'behind'));
    expect(within(screen.getByRole('list', { name: '数值目标' })).getAllByRole('listitem')).toHaveLength(1);
    await userEvent.click(rowOf(chart, 'behind'));
    expect(within(screen.getByRole('list', { name: '数值目标' })).getAllByRole('listitem')).toHaveLength(5);
    expect(screen.getByRole('combobox', { name: '按结论筛选' })).toHaveValue('all');
  });

  it('speaks English', async () => {
    renderInPane(<TargetsPanel onCheckTargets={async () => ({ sheet: 'Q3', targets })} onSelect={async () => undefined} />, 'en');
    await userEvent.click(screen.getByRole('button', { name: 'Check numeric targets' }));
    expect(await screen.findByRole('img', { name: 'Chart of target verdicts: Met 2, On track 0, Behind 1, Unmet 1, No figure 1, Unclear 0' })).toBeInTheDocument();
  });
});

function statistics(unit: string, tasks: number, behind: number, unmet: number): UnitStatistics {
  return {
    unit,
    sources: 1,
    tasks,
    selfAssessment: [],
    otherAssessment: 0,
    noAssessment: 0,
    errors: 0,
    warnings: 0,
    targets: { met: 0, 'on-track': 0, behind, unmet, 'no-figure': 0, unclear: 0 },
    targetsUnmet: unmet,
    targetsBehind: behind,
  };
}

describe('the 汇总 chart by unit', () => {
  const result = {
    statistics: [statistics('市商务局', 12, 2, 1), statistics('市教育局', 5, 0, 0)],
    missing: [
      { unit: '市教育局', serial: '199' },
      { unit: '市教育局', serial: '200' },
      { unit: '市民政局', serial: '' },
    ],
  };

  it('counts tasks, behind, unmet and missing per unit, units only the missing list names included', () => {
    expect(unitFiguresOf(result as never)).toEqual([
      { unit: '市商务局', tasks: 12, behind: 2, unmet: 1, missing: 0 },
      { unit: '市教育局', tasks: 5, behind: 0, unmet: 0, missing: 2 },
      { unit: '市民政局', tasks: 0, behind: 0, unmet: 0, missing: 1 },
    ]);
  });

  it('is one image whose name states each unit’s figures', () => {
    renderInPane(<UnitChart result={result as never} />);
    expect(screen.getByRole('img')).toHaveAccessibleName(
      '各单位情况图：市商务局（任务 12，落后序时 2，未达成 1，未报送 0）；市教育局（任务 5，落后序时 0，未达成 0，未报送 2）；市民政局（任务 0，落后序时 0，未达成 0，未报送 1）',
    );
    expect(screen.getByRole('heading', { name: '各单位情况' })).toBeInTheDocument();
  });
});
