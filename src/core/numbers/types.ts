/**
 * Quantities read from Chinese text (DOMAIN §4): a value in base units, its counting word, the class
 * of that word, an optional comparator and approximation, and where it stands in the text.
 */

/**
 * What a counting word counts: things and places, people, money, percent, percentage points, a physical
 * measure (公里, 平方米, 亩, 吨: only the same measure compares), or a bare 万/亿 figure.
 */
export type UnitClass = 'count' | 'people' | 'money' | 'percent' | 'points' | 'measure' | 'bare';

/** `>=` from 以上/不少于/达到…, `<=` from 以内/不超过/控制在…; a quantity without one has null. */
export type QuantityComparator = '>=' | '<=';

/** 余/多 → the figure is more than the value; 近 → just under it; 约/左右 → about it. */
export type Approximation = 'more-than' | 'nearly' | 'about';

/**
 * single: one figure; range: `1-2个`, `80元-200元`; distribution: one of `分别不少于20个和50个`;
 * series: `2021年至2023年…依次达到30%、45%、60%` (value is the figure of the chosen year).
 */
export type QuantityKind = 'single' | 'range' | 'distribution' | 'series';

/** A half-open span [start, end) of UTF-16 offsets in the text as written (not the normalised copy). */
export interface TextSpan {
  readonly start: number;
  readonly end: number;
}

export interface SeriesEntry {
  /** The year the figure belongs to, null when the text names no years. */
  readonly year: number | null;
  readonly value: number;
}

/** What a quantity states, apart from where it stands in the text. */
export interface QuantityReading {
  /** In base units: 4.5万人 → 45000, 84.69亿元 → 8469000000, 81% → 81. For a range, the lower bound. */
  readonly value: number;
  /** The upper bound of a range, else null. */
  readonly upper: number | null;
  /** The counting word as normalised (`人`, `元`, `个`, `%`, `个百分点`), '' for a bare 万/亿 figure. */
  readonly unit: string;
  readonly unitClass: UnitClass;
  readonly comparator: QuantityComparator | null;
  /** The words that gave the comparator (`不低于`, `以上`, `达到…以上`), '' when none. */
  readonly comparatorText: string;
  readonly approximate: Approximation | null;
  readonly kind: QuantityKind;
  /** The figures of a year series in order; empty for other kinds. */
  readonly series: readonly SeriesEntry[];
}

export interface Quantity extends QuantityReading {
  /** The whole phrase: comparator, number, unit, trailing 以上 …, in the original text. */
  readonly span: TextSpan;
  /** The original text of `span`, as written. */
  readonly text: string;
}

/** Why a number in the text is not a quantity (DOMAIN §4, "Not quantities"). */
export type IgnoredReason =
  | 'ordinal'
  | 'period'
  | 'date'
  | 'age'
  | 'documentNumber'
  | 'phone'
  | 'name'
  | 'identifier'
  | 'vague'
  /** The base of a rate written after a slash (`6.5次/10万公顷`): part of the rate's unit, not a figure of its own. */
  | 'denominator';

export interface IgnoredNumber {
  readonly reason: IgnoredReason;
  readonly span: TextSpan;
  readonly text: string;
}

export interface QuantityScan {
  readonly quantities: readonly Quantity[];
  /** Numbers that were read and deliberately not taken as quantities, with the reason. */
  readonly ignored: readonly IgnoredNumber[];
}

export interface ParseQuantitiesOptions {
  /** The year whose figure a year series yields (the report's year); the first figure when absent. */
  readonly year?: number | null;
  /** Whether to list the numbers deliberately not taken (default true); readers of quantities alone skip the list. */
  readonly listIgnored?: boolean;
}
