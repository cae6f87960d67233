/**
 * 汇总's chart: per unit, its tasks, targets behind schedule, targets unmet and tasks it did not report —
 * the figures of the 统计 sheet, shown in the pane so file-mode and WPS users see them too.
 */
import { Caption1, Subtitle2 } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import type { CompileResult } from '../../core';
import { BarChart, type BarTone, type ChartRow } from './BarChart';

type UnitSeries = 'tasks' | 'behind' | 'unmet' | 'missing';
const SERIES: readonly { readonly key: UnitSeries; readonly tone: BarTone }[] = [
  { key: 'tasks', tone: 'brand' },
  { key: 'behind', tone: 'warning' },
  { key: 'unmet', tone: 'danger' },
  { key: 'missing', tone: 'neutral' },
];

export interface UnitFigures {
  readonly unit: string;
  readonly tasks: number;
  readonly behind: number;
  readonly unmet: number;
  readonly missing: number;
}

/** One entry per unit of the statistics, plus units only the missing list names, in statistics order. */
export function unitFiguresOf(result: Pick<CompileResult, 'statistics' | 'missing'>): UnitFigures[] {
  const missing = new Map<string, number>();
  for (const entry of result.missing) missing.set(entry.unit, (missing.get(entry.unit) ?? 0) + 1);
  const figures: UnitFigures[] = result.statistics.map((statistics) => ({
    unit: statistics.unit,
    tasks: statistics.tasks,
    behind: statistics.targets.behind,
    unmet: statistics.targets.unmet,
    missing: missing.get(statistics.unit) ?? 0,
  }));
  for (const [unit, count] of missing) {
    if (!figures.some((entry) => entry.unit === unit)) figures.push({ unit, tasks: 0, behind: 0, unmet: 0, missing: count });
  }
  return figures;
}

export function UnitChart({ result }: { readonly result: Pick<CompileResult, 'statistics' | 'missing'> }) {
  const { t } = useTranslation();
  const figures = unitFiguresOf(result);
  const seriesName = (key: UnitSeries) => t(`chart.units.${key}`);
  const rows: ChartRow[] = figures.map((entry) => ({
    key: entry.unit,
    label: entry.unit,
    bars: SERIES.map((series) => ({ value: entry[series.key], tone: series.tone, series: seriesName(series.key) })),
  }));
  const separator = t('chart.separator');
  const described = figures
    .map((entry) =>
      t('chart.units.unit', {
        unit: entry.unit,
        figures: SERIES.map((series) => t('chart.figure', { name: seriesName(series.key), count: entry[series.key] })).join(separator),
      }),
    )
    .join(t('chart.groupSeparator'));
  return (
    <section aria-labelledby="jindu-unit-chart">
      <Subtitle2 as="h2" id="jindu-unit-chart">
        {t('chart.units.title')}
      </Subtitle2>
      {figures.length === 0 ? (
        <Caption1>{t('chart.units.none')}</Caption1>
      ) : (
        <BarChart label={t('chart.units.label', { figures: described })} rows={rows} legend={SERIES.map((series) => ({ series: seriesName(series.key), tone: series.tone }))} />
      )}
    </section>
  );
}
