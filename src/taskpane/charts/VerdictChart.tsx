/** 数值核对's chart: how many targets got each verdict; clicking a bar filters the list to that verdict. */
import { Caption1 } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import type { TargetResult, Verdict } from '../../core';
import { BarChart, type BarTone } from './BarChart';

export const VERDICTS: readonly Verdict[] = ['met', 'on-track', 'behind', 'unmet', 'no-figure', 'unclear'];

export const VERDICT_TONE: Readonly<Record<Verdict, BarTone>> = {
  met: 'success',
  'on-track': 'brand',
  behind: 'warning',
  unmet: 'danger',
  'no-figure': 'informative',
  unclear: 'neutral',
};

export function countVerdicts(targets: readonly TargetResult[]): Readonly<Record<Verdict, number>> {
  const counts: Record<Verdict, number> = { met: 0, 'on-track': 0, behind: 0, unmet: 0, 'no-figure': 0, unclear: 0 };
  for (const target of targets) counts[target.verdict] += 1;
  return counts;
}

export interface VerdictChartProps {
  readonly targets: readonly TargetResult[];
  readonly selected: Verdict | 'all';
  readonly onSelect: (verdict: Verdict | 'all') => void;
}

export function VerdictChart({ targets, selected, onSelect }: VerdictChartProps) {
  const { t } = useTranslation();
  const counts = countVerdicts(targets);
  const rows = VERDICTS.map((verdict) => ({
    key: verdict,
    label: t(`pane.targets.verdict.${verdict}`),
    bars: [{ value: counts[verdict], tone: VERDICT_TONE[verdict] }],
  }));
  const figures = rows.map((row) => t('chart.figure', { name: row.label, count: counts[row.key] })).join(t('chart.separator'));
  return (
    <div>
      <BarChart
        label={t('chart.targets.label', { figures })}
        rows={rows}
        selectedKey={selected === 'all' ? null : selected}
        onRowClick={(key) => onSelect(key === selected ? 'all' : (key as Verdict))}
      />
      <Caption1>{t('chart.targets.hint')}</Caption1>
    </div>
  );
}
