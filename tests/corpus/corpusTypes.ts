/** The shape of a targets corpus file (tests/corpus/targets/README.md). */
import type { Comparator, Verdict } from '../../src/core/targets/types';

export type TargetCell = 'task' | 'milestone';

export interface ExpectedFigure {
  readonly phrase: string;
  readonly value: number;
  readonly unit: string;
  /** Other figures of the progress that state the same result (its share). */
  readonly equivalents?: readonly { readonly value: number; readonly unit: string }[];
}

export interface ExpectedTarget {
  readonly cell: TargetCell;
  readonly phrase: string;
  readonly indicator: string;
  readonly value: number;
  readonly upper: number | null;
  readonly unit: string;
  readonly op: Comparator;
  readonly deadline: string | null;
  readonly reported: ExpectedFigure | null;
  readonly verdict: Verdict;
  readonly categories: readonly string[];
  readonly why?: string;
}

export interface CorpusRow {
  readonly id: string;
  readonly task: string;
  readonly time: string;
  readonly milestone: string;
  readonly progress: string;
  readonly selfAssessment: string;
  readonly targets: readonly ExpectedTarget[];
  readonly notNumbersOfTargets?: readonly string[];
  readonly notes?: string;
}

export interface CorpusDocument {
  readonly title: string;
  readonly url: string;
  readonly publisher?: string;
  readonly place: string;
  readonly year: number;
  readonly kind: string;
  readonly period: string;
  readonly reportDate: string;
  readonly asOf: string;
}

export interface CorpusFile {
  readonly file: string;
  readonly document: CorpusDocument;
  readonly rows: readonly CorpusRow[];
}
