/**
 * The readable section of `jindu check` on numeric targets: how many were found, and every target that is
 * not met (or cannot be checked) with the target text and the progress text side by side.
 */
import { formatMessage, type Language, type TargetResult, type Verdict } from '../../core';

/** Verdicts the reader need not act on. */
const SETTLED: ReadonlySet<Verdict> = new Set(['met', 'on-track']);

export function needsAttention(target: TargetResult): boolean {
  return !SETTLED.has(target.verdict);
}

/**
 * @example
 * formatTargetSection(sheetCheck.targets, 'zh-CN')
 * // ['数值目标：共 16 项，其中 12 项需关注', '  B69 [落后于序时进度] 目标：年内新增精神科医师 100 名 …', '      进展：E69 增加精神科医师 7 人', …]
 */
export function formatTargetSection(targets: readonly TargetResult[], language: Language, isStalled: (target: TargetResult) => boolean = () => false): string[] {
  if (targets.length === 0) return [formatMessage(language, 'target.report.none')];
  const attention = targets.filter(needsAttention);
  const lines = [formatMessage(language, 'target.report.heading', { total: targets.length, attention: attention.length })];
  if (attention.length === 0) {
    lines.push(`  ${formatMessage(language, 'target.report.allMet')}`);
    return lines;
  }
  for (const target of attention) {
    const named = formatMessage(language, `target.verdict.${target.verdict}`);
    // Checked against the previous report: a target behind pace whose figure did not move says so in its verdict.
    const verdict = isStalled(target) ? formatMessage(language, 'previous.stalledVerdict', { verdict: named }) : named;
    const details = [
      target.deadline ? formatMessage(language, 'target.report.deadline', { deadline: target.deadline }) : null,
      target.pace !== null ? formatMessage(language, 'target.report.pace', { pace: Math.round(target.pace * 100) }) : null,
      target.reported ? formatMessage(language, 'target.report.confidence', { confidence: target.confidence }) : null,
    ].filter((detail): detail is string => detail !== null);
    const suffix = details.length > 0 ? ` (${details.join(', ')})` : '';
    lines.push(`  ${target.cell} [${verdict}] ${formatMessage(language, 'target.report.target')}: ${oneLine(target.text)}${suffix}`);
    const reported = target.reported
      ? `${target.reported.cell} ${oneLine(target.reported.text)}`
      : formatMessage(language, 'target.report.noReported');
    lines.push(`      ${formatMessage(language, 'target.report.reported')}: ${reported}`);
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
