/**
 * Runs the targets engine on the corpus the way a user's sheet reaches it: each document becomes one
 * standard progress sheet (title with year and period, 填报时间, the six columns), read by `parseReport`
 * and judged by `analyzeTargets`, exactly as `jindu check` does.
 */
import { gridFromRows, parseReport, analyzeTargets, type TargetResult } from '../../src/core';
import type { CorpusFile } from './corpusTypes';
import type { FoundTarget, ScoredRow } from './scoreTargets';
import { halfOf } from './split';

const HEADER = ['序号', '任务', '时间', '节点任务', '进展情况', '自我评价'];
/** Title, 填报单位, 填报时间, header: the first task is on sheet row 5. */
const FIRST_TASK_ROW = 5;

function chineseDate(iso: string): string {
  const [year, month, day] = iso.split('-').map(Number);
  return `${year}年${month}月${day}日`;
}

function foundOf(target: TargetResult): FoundTarget {
  return {
    cell: target.source === '节点任务' ? 'milestone' : 'task',
    text: target.text,
    value: target.value,
    upper: target.upper ?? null,
    unit: target.unit,
    op: target.op,
    reported: target.reported === null ? null : { text: target.reported.text, value: target.reported.value, unit: target.reported.unit },
    verdict: target.verdict,
  };
}

/** The engine's targets for every row of one document, in row order. */
export function runEngineOnDocument(file: CorpusFile): ScoredRow[] {
  const { document, rows } = file;
  const grid = gridFromRows(document.period, [
    [`${document.year}年政府工作报告重点工作任务${document.period}进展情况`],
    [`填报单位：${document.publisher ?? document.place}`],
    [`填报时间：${chineseDate(document.reportDate)}`],
    HEADER,
    // A row's 时间 as the document gives it: blank when it has none (the report's period is in the title).
    ...rows.map((row, index) => [index + 1, row.task, row.time, row.milestone, row.progress, row.selfAssessment]),
  ]);
  const { report, issues } = parseReport(grid);
  if (!report) throw new Error(`${file.file}: the sheet built from it did not parse: ${JSON.stringify(issues)}`);
  const { targets } = analyzeTargets(report);
  const byRow = new Map<number, FoundTarget[]>();
  for (const target of targets) {
    const list = byRow.get(target.row) ?? [];
    list.push(foundOf(target));
    byRow.set(target.row, list);
  }
  return rows.map((row, index) => ({ row, half: halfOf(row.id), found: byRow.get(FIRST_TASK_ROW + index) ?? [] }));
}

export function runEngineOnCorpus(files: readonly CorpusFile[]): ScoredRow[] {
  return files.flatMap(runEngineOnDocument);
}
