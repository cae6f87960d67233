/**
 * Ties a target to the reported figure that measures the same indicator (DOMAIN §4): unit classes must be
 * compatible, indicators alike; figures introduced by 累计/共/完成/达到/已/截至 are preferred and figures
 * that restate a plan (`不少于39个`) are not. The confidence is 0…1.
 */
import type { Quantity } from '../numbers/types';
import { countingWord } from '../numbers/units';
import { indicatorSimilarity, type WordSplitting } from './_lib/indicatorSimilarity';
import type { ReportedStatement } from './readReportedFigures';
import type { TargetStatement } from './extractTargets';

export interface FigureMatch {
  readonly figure: ReportedStatement;
  readonly confidence: number;
}

export interface MatchOutcome {
  /** Figures of a compatible unit class were found (else the verdict is no-figure). */
  readonly compatibleFigures: number;
  /** The most likely figure, whatever its confidence. */
  readonly best: FigureMatch | null;
}

const MARKER_BONUS = 0.1;
const PLANNED_FIGURE_PENALTY = 0.2;

function isCountable(quantity: Quantity): boolean {
  return quantity.unitClass === 'count' || quantity.unitClass === 'people';
}

/**
 * 1 for the same counting word, 0.9 for interchangeable ones (名 ↔ 人, 个 ↔ 家), 0.8 for a bare 万 figure
 * against people or things, 0.7 for other words of one class (人次 ↔ 人), 0 when incompatible.
 */
export function unitCompatibility(target: Quantity, figure: Quantity): number {
  if (target.unit === figure.unit && target.unitClass === figure.unitClass) return 1;
  if (target.unitClass === 'bare' || figure.unitClass === 'bare') {
    const other = target.unitClass === 'bare' ? figure : target;
    return other.unitClass === 'bare' || isCountable(other) ? 0.8 : 0;
  }
  if (target.unitClass !== figure.unitClass) return 0;
  const targetWord = countingWord(target.unit);
  const figureWord = countingWord(figure.unit);
  if (targetWord && figureWord && targetWord.group === figureWord.group) return 0.9;
  return 0.7;
}

function roundConfidence(value: number): number {
  return Math.round(Math.min(1, Math.max(0, value)) * 100) / 100;
}

/**
 * @example
 * matchReportedFigure(target('增加精神科医师 5 名'), figures('增加精神科医师 7 人'), 'segmenter').best?.confidence // 0.9
 */
export function matchReportedFigure(target: TargetStatement, figures: readonly ReportedStatement[], splitting: WordSplitting): MatchOutcome {
  let best: FigureMatch | null = null;
  let compatibleFigures = 0;
  for (const figure of figures) {
    const units = unitCompatibility(target.quantity, figure.quantity);
    if (units === 0) continue;
    compatibleFigures += 1;
    const similarity = Math.max(
      indicatorSimilarity(target.context.indicator, figure.context.indicator, splitting),
      figure.context.otherIndicator === '' ? 0 : indicatorSimilarity(target.context.indicator, figure.context.otherIndicator, splitting),
    );
    const confidence = roundConfidence(
      similarity * units + (figure.context.hasReportMarker && similarity > 0 ? MARKER_BONUS : 0) - (figure.plannedFigure ? PLANNED_FIGURE_PENALTY : 0),
    );
    if (best === null || confidence > best.confidence) best = { figure, confidence };
  }
  return { compatibleFigures, best };
}
