/**
 * The readable section of `jindu check` on numeric targets: how many were found and how many need
 * attention, then every target on a line of its own with its verdict and the sentence of why.
 */
import { describeTarget, formatMessage, type Language, type TargetResult, type Verdict } from '../../core';

/** Verdicts the reader need not act on. */
const SETTLED: ReadonlySet<Verdict> = new Set(['met', 'on-track']);

export function needsAttention(target: TargetResult): boolean {
  return !SETTLED.has(target.verdict);
}

/**
 * One line per target: where it is, its verdict, the target as written, and why — the
 * figure tied to it with its cell, its share of the target and the expected pace.
 *
 * @example
 * formatTargetSection(sheetCheck.targets, 'zh-CN')
 * // ['数值目标：共 16 项，其中 12 项需关注',
 * //  '  B69 [落后于序时进度] 年内新增精神科医师 100 名 → E69 增加精神科医师 7 人，为目标的7%，低于序时进度75%', …]
 */
export function formatTargetSection(
  targets: readonly TargetResult[],
  language: Language,
  isStalled: (target: TargetResult) => boolean = () => false,
  placeOf: (cell: string) => string = (cell) => cell,
): string[] {
  if (targets.length === 0) return [formatMessage(language, 'target.report.none')];
  const attention = targets.filter(needsAttention);
  const lines = [formatMessage(language, 'target.report.heading', { total: targets.length, attention: attention.length })];
  for (const target of targets) {
    const named = formatMessage(language, `target.verdict.${target.verdict}`);
    // Checked against the previous report: a target behind pace whose figure did not move says so in its verdict.
    const verdict = isStalled(target) ? formatMessage(language, 'previous.stalledVerdict', { verdict: named }) : named;
    const where = target.reported && target.verdict !== 'no-figure' ? `${placeOf(target.reported.cell)} ` : '';
    lines.push(`  ${placeOf(target.cell)} [${verdict}] ${oneLine(target.text)} → ${where}${oneLine(describeTarget(target, language))}`);
  }
  return lines;
}

function oneLine(text: string): string {
  return text
    .split(/\r\n|\r|\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '')
    .join(' ');
}
