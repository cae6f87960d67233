/**
 * Scores what the engine found in the corpus rows against what a reviewer wrote by hand:
 * - a found target is right when it stands in the same cell with the same value (and top of a range);
 * - precision = right found / all found; recall = right found / all expected;
 * - reported-figure accuracy, over right found targets: the engine's figure is the one the reviewer named
 *   (or an equivalent of it, such as its share), or both say there is none;
 * - verdict accuracy, over all expected targets: a target the engine missed counts as a wrong verdict,
 *   because the reviewer sees no verdict for it;
 * - verdicts given, per verdict the engine gave: how many of them are right — a found target the reviewer counts, with the
 *   reviewer's verdict (an invented target's verdict is wrong). It answers a reviewer's question the other rates do not:
 *   when the engine says `behind`, how often is it so?
 */
import type { Comparator, Verdict } from '../../src/core/targets/types';
import type { CorpusRow, ExpectedTarget, TargetCell } from './corpusTypes';
import type { CorpusHalf } from './split';

export interface FoundTarget {
  readonly cell: TargetCell;
  readonly text: string;
  readonly value: number;
  readonly upper: number | null;
  readonly unit: string;
  readonly op: Comparator;
  readonly reported: { readonly text: string; readonly value: number; readonly unit: string } | null;
  readonly verdict: Verdict;
}

export interface ScoredRow {
  readonly row: CorpusRow;
  readonly half: CorpusHalf;
  readonly found: readonly FoundTarget[];
}

export interface Tally {
  expected: number;
  found: number;
  matched: number;
  reportedRight: number;
  verdictRight: number;
}

export interface Miss {
  readonly rowId: string;
  readonly kind: 'missed' | 'invented' | 'wrong-figure' | 'wrong-verdict';
  readonly expected: ExpectedTarget | null;
  readonly found: FoundTarget | null;
}

/** Verdicts the engine gave of one kind, and how many of them were right. */
export interface GivenTally {
  given: number;
  right: number;
}

export interface CorpusScore {
  readonly overall: Tally;
  readonly byHalf: Readonly<Record<CorpusHalf, Tally>>;
  /** Per phrasing category of the expected targets (found counts stay 0: an invented target has no category). */
  readonly byCategory: ReadonlyMap<string, Tally>;
  readonly byVerdict: ReadonlyMap<Verdict, Tally>;
  /** Per half, per verdict the engine gave. */
  readonly givenByHalf: Readonly<Record<CorpusHalf, ReadonlyMap<Verdict, GivenTally>>>;
  readonly misses: readonly Miss[];
}

export function emptyTally(): Tally {
  return { expected: 0, found: 0, matched: 0, reportedRight: 0, verdictRight: 0 };
}

const RELATIVE_TOLERANCE = 1e-6;

function sameNumber(left: number, right: number): boolean {
  return Math.abs(left - right) <= RELATIVE_TOLERANCE * Math.max(1, Math.abs(left), Math.abs(right));
}

function sameTarget(expected: ExpectedTarget, found: FoundTarget): boolean {
  if (expected.cell !== found.cell || !sameNumber(expected.value, found.value)) return false;
  if (expected.upper !== null) return found.upper !== null && sameNumber(expected.upper, found.upper);
  return true;
}

/** Whether the engine's figure is the reviewer's (or says the same: its share), or both have none. */
export function reportedAgrees(expected: ExpectedTarget, found: FoundTarget): boolean {
  const figure = expected.reported;
  if (figure === null) return found.reported === null || found.verdict === 'no-figure';
  // An unclear or figureless verdict is the engine declining to tie a figure, whatever it looked at.
  if (found.reported === null || found.verdict === 'unclear' || found.verdict === 'no-figure') return false;
  const value = found.reported.value;
  return sameNumber(figure.value, value) || (figure.equivalents ?? []).some((equivalent) => sameNumber(equivalent.value, value));
}

function add(tally: Tally, part: Partial<Tally>): void {
  tally.expected += part.expected ?? 0;
  tally.found += part.found ?? 0;
  tally.matched += part.matched ?? 0;
  tally.reportedRight += part.reportedRight ?? 0;
  tally.verdictRight += part.verdictRight ?? 0;
}

function tallyOf<K>(map: Map<K, Tally>, key: K): Tally {
  const known = map.get(key);
  if (known) return known;
  const tally = emptyTally();
  map.set(key, tally);
  return tally;
}

/**
 * Pairs expected and found targets one to one (first the found target whose phrase overlaps the expected
 * phrase, then any of the same value), and tallies.
 */
export function scoreTargets(rows: readonly ScoredRow[]): CorpusScore {
  const overall = emptyTally();
  const byHalf: Record<CorpusHalf, Tally> = { tuning: emptyTally(), 'held-out': emptyTally() };
  const byCategory = new Map<string, Tally>();
  const byVerdict = new Map<Verdict, Tally>();
  const misses: Miss[] = [];
  const givenByHalf: Record<CorpusHalf, Map<Verdict, GivenTally>> = { tuning: new Map(), 'held-out': new Map() };
  const give = (half: CorpusHalf, verdict: Verdict, right: boolean): void => {
    const tally = givenByHalf[half].get(verdict) ?? { given: 0, right: 0 };
    tally.given += 1;
    if (right) tally.right += 1;
    givenByHalf[half].set(verdict, tally);
  };
  for (const { row, half, found } of rows) {
    const unused = new Set(found.map((_, index) => index));
    const record = (part: Partial<Tally>, expected: ExpectedTarget | null): void => {
      add(overall, part);
      add(byHalf[half], part);
      if (expected) {
        for (const category of expected.categories) add(tallyOf(byCategory, category), part);
        add(tallyOf(byVerdict, expected.verdict), part);
      }
    };
    for (const expected of row.targets) {
      const candidates = [...unused].filter((index) => {
        const target = found[index];
        return target !== undefined && sameTarget(expected, target);
      });
      const overlapping = candidates.find((index) => {
        const text = found[index]?.text ?? '';
        return text.includes(expected.phrase) || expected.phrase.includes(text);
      });
      const chosen = overlapping ?? candidates[0];
      const target = chosen === undefined ? undefined : found[chosen];
      if (chosen === undefined || target === undefined) {
        record({ expected: 1 }, expected);
        misses.push({ rowId: row.id, kind: 'missed', expected, found: null });
        continue;
      }
      unused.delete(chosen);
      const reportedRight = reportedAgrees(expected, target);
      const verdictRight = target.verdict === expected.verdict;
      record({ expected: 1, found: 1, matched: 1, reportedRight: reportedRight ? 1 : 0, verdictRight: verdictRight ? 1 : 0 }, expected);
      give(half, target.verdict, verdictRight);
      if (!reportedRight) misses.push({ rowId: row.id, kind: 'wrong-figure', expected, found: target });
      else if (!verdictRight) misses.push({ rowId: row.id, kind: 'wrong-verdict', expected, found: target });
    }
    for (const index of unused) {
      const target = found[index];
      if (target === undefined) continue;
      record({ found: 1 }, null);
      give(half, target.verdict, false);
      misses.push({ rowId: row.id, kind: 'invented', expected: null, found: target });
    }
  }
  return { overall, byHalf, byCategory, byVerdict, givenByHalf, misses };
}

export interface Rates {
  readonly precision: number;
  readonly recall: number;
  readonly reportedAccuracy: number;
  readonly verdictAccuracy: number;
}

/** Shares of a tally; an empty denominator counts as perfect (nothing to get wrong). */
export function ratesOf(tally: Tally): Rates {
  const share = (part: number, whole: number): number => (whole === 0 ? 1 : part / whole);
  return {
    precision: share(tally.matched, tally.found),
    recall: share(tally.matched, tally.expected),
    reportedAccuracy: share(tally.reportedRight, tally.matched),
    verdictAccuracy: share(tally.verdictRight, tally.expected),
  };
}

/** The accuracy bars the engine must reach on each half of the corpus. */
export const ACCURACY_BARS: Readonly<Pick<Rates, 'precision' | 'recall' | 'verdictAccuracy'>> = {
  precision: 0.95,
  recall: 0.9,
  verdictAccuracy: 0.85,
};

export function barsMissed(rates: Rates): string[] {
  const missed: string[] = [];
  for (const key of ['precision', 'recall', 'verdictAccuracy'] as const) {
    if (rates[key] < ACCURACY_BARS[key]) missed.push(key);
  }
  return missed;
}
