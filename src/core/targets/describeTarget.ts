/**
 * One sentence of why a target got its verdict: the figure, its share of the target, the
 * pace expected at the report's date — `已完成8个，为目标的53%，低于序时进度75%`. The sentence is data (a
 * message key and its values) in every target, so the pane, the CLI and `--json` say the same in either
 * language.
 */
import { formatMessage, type Language } from '../messages';
import type { TargetReason, TargetResult, Verdict } from './types';

export interface ReasonInput {
  readonly verdict: Verdict;
  /** How the figure was compared (`judgeTarget`): an amount, a level, or a completion share. */
  readonly measure: 'amount' | 'level' | 'share' | null;
  readonly op: TargetResult['op'];
  readonly target: string;
  readonly indicator: string;
  readonly figure: string | null;
  readonly share: number | null;
  readonly expectedPace: number | null;
  readonly deadline: string | null;
  readonly asOf: string | null;
  readonly confidence: number;
}

function percent(share: number): number {
  return Math.round(share * 10) / 10;
}

/** The message key and values of the sentence for one judged target. */
export function reasonOf(input: ReasonInput): TargetReason {
  const { verdict, figure, target, indicator } = input;
  const figureText = figure ?? '';
  switch (verdict) {
    case 'met':
      return { key: 'target.why.met', params: { figure: figureText, target } };
    case 'on-track':
    case 'behind': {
      if (input.share !== null && input.expectedPace !== null) {
        return { key: `target.why.${verdict === 'behind' ? 'behind' : 'onTrack'}`, params: { figure: figureText, share: percent(input.share), pace: Math.round(input.expectedPace * 100) } };
      }
      return { key: 'target.why.behindLevel', params: { figure: figureText, target, deadline: input.deadline ?? '' } };
    }
    case 'unmet':
      if (input.op === '<=' || input.op === 'range') return { key: 'target.why.beyond', params: { figure: figureText, target } };
      return { key: 'target.why.unmet', params: { figure: figureText, target, asOf: input.asOf ?? input.deadline ?? '' } };
    case 'no-figure':
      return { key: 'target.why.noFigure', params: { indicator: indicator === '' ? target : indicator } };
    case 'unclear':
      return { key: 'target.why.unclear', params: { figure: figureText, indicator: indicator === '' ? target : indicator, confidence: input.confidence } };
    default:
      return verdict satisfies never;
  }
}

/**
 * @example
 * describeTarget(target, 'zh-CN') // '已完成8个，为目标的53%，低于序时进度75%'
 */
export function describeTarget(target: Pick<TargetResult, 'reason'>, language: Language): string {
  return formatMessage(language, target.reason.key, target.reason.params);
}
