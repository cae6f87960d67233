/** The settings a sheet is checked with: options first, then what the sheet says about itself. */
import { parsePeriod, findPeriodInText } from '../report/parsePeriod';
import type { Period, ProgressReport, TaskRow } from '../report/types';
import type { CheckSettings } from '../rules/types';
import { DEFAULT_VOCABULARY } from '../text/selfAssessment';
import type { CheckOptions } from './types';

/**
 * Period: the option, else the title's, else the sheet name's (`三季度`), else the most common
 * period of the task rows. Year: the title's, else 填报时间's. Report date: the option, else 填报时间.
 */
export function resolveSettings(report: ProgressReport, tasks: readonly TaskRow[], options: CheckOptions): CheckSettings {
  const vocabulary = options.vocabulary && options.vocabulary.length > 0 ? options.vocabulary : DEFAULT_VOCABULARY;
  const optionPeriod = options.period !== undefined ? parsePeriod(options.period) : null;
  const reportPeriod =
    optionPeriod ?? report.title?.period ?? parsePeriod(report.sheet) ?? findPeriodInText(report.sheet) ?? mostCommonPeriod(tasks);
  const metadataDate = report.metadata.reportDate?.date ?? null;
  return {
    vocabulary,
    reportPeriod,
    reportYear: report.title?.year ?? metadataDate?.year ?? null,
    reportDate: options.reportDate ?? metadataDate,
  };
}

function mostCommonPeriod(tasks: readonly TaskRow[]): Period | null {
  const counts = new Map<string, { period: Period; count: number }>();
  for (const task of tasks) {
    if (task.period === null) continue;
    const key = `${task.period.startMonth}-${task.period.endMonth}`;
    const entry = counts.get(key);
    if (entry) entry.count += 1;
    else counts.set(key, { period: task.period, count: 1 });
  }
  let best: { period: Period; count: number } | null = null;
  for (const entry of counts.values()) if (best === null || entry.count > best.count) best = entry;
  return best?.period ?? null;
}
