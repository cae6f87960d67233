/**
 * The statistical form of a progress sheet: the task names an indicator with its unit in parentheses
 * (`城镇新增就业(人)`, `城镇登记失业率低于(%)`, `完成投资(万元)`), the milestone cell holds the target figure
 * alone (`26000`) and the progress cell the figure reached (`32095`). The figures have no unit of their own;
 * they take the task's.
 */
import type { Quantity, QuantityComparator } from '../../numbers/types';
import { countingWord, unitAt } from '../../numbers/units';
import type { QuantityContext } from './describeQuantity';
import { decimalsWritten, rateToItsLastDigit } from './statedRates';
import { unitNoteOf, unitOfFigure, withoutUnitNote } from './unitNote';

/**
 * A cell that is one number and nothing else (a percent sign allowed), or the bound of a performance table's 指标值
 * column written as a sign before it (`≥2000`, `≤4`, or the `≧95%` of some templates' fonts): `BOUND_SIGN` reads which.
 */
const BARE_NUMBER = /^\s*(?:[≥≧≤≦＞＜><]\s*)?([-−]?\d+(?:,\d{3})*(?:\.\d+)?)\s*(%|％)?\s*$/;
const BOUND_SIGN = /^\s*([≥≧≤≦＞＜><])/;

/** The comparator a cell's leading sign writes (`≤4` → `<=`), or null for a cell without one. */
export function boundSignOf(cellText: string): QuantityComparator | null {
  const sign = BOUND_SIGN.exec(cellText)?.[1];
  if (sign === undefined) return null;
  return sign === '≤' || sign === '≦' || sign === '＜' || sign === '<' ? '<=' : '>=';
}
/**
 * A progress cell that is a row of a statistical table pasted whole: the figure reached, then its share or the
 * period's addition, numbers alone separated by spaces or line breaks (`7.23  139.1%`, `7.54\n\n43.04\n\n0.43`).
 * The first is the figure reached, in the column's unit.
 */
const FIGURE_ROW = /^\s*([-−]?\d+(?:,\d{3})*(?:\.\d+)?)\s*(%|％)?(?:\s+[-−]?\d+(?:,\d{3})*(?:\.\d+)?\s*(?:%|％)?)+\s*$/;
/** `(人)`, `（万元）`, `(%)` closing the task's text. */
const UNIT_IN_PARENTHESES = /[（(]\s*(万|亿)?\s*([^（()）\s]{1,4})\s*[)）]\s*$/;
const CEILING = /(?:低于|不高于|不超过|控制在|以内|以下)\s*[（(][^（()）]*[)）]\s*$/;

export interface ColumnUnit {
  readonly unit: string;
  readonly unitClass: Quantity['unitClass'];
  readonly factor: number;
  readonly comparator: QuantityComparator;
  /** The task's text without the unit: the indicator. */
  readonly indicator: string;
}

/** A number standing alone right before a unit note (`年度投资计划 527.3(单位:亿元)`): the task's own figure. */
const FIGURE_BEFORE_NOTE = /(?:^|[\s|｜:：])([-−]?\d+(?:,\d{3})*(?:\.\d+)?)\s*$/;
const CEILING_BEFORE = /(?:低于|不高于|不超过|控制在)\s*$/;

/**
 * The unit a task's note gives the row's bare numbers (`(单位:亿元)`): the task's own figure before the note, the
 * milestone's and the progress's figures all count in it. Where the note names several units, the figure written
 * (the task's own, else the milestone's) chooses (`unitOfFigure`).
 */
function noteColumnUnit(taskText: string, milestoneText: string): ColumnUnit | null {
  const note = unitNoteOf(taskText);
  if (!note) return null;
  const before = taskText.slice(0, note.start);
  const own = FIGURE_BEFORE_NOTE.exec(before);
  const digits = own?.[1] ?? BARE_NUMBER.exec(milestoneText)?.[1] ?? '';
  const unit = unitOfFigure(note, digits);
  if (!unit) return null;
  const indicator = (own ? before.slice(0, own.index) : before).trim();
  return { unit: unit.unit, unitClass: unit.unitClass, factor: unit.factor, comparator: CEILING_BEFORE.test(indicator) ? '<=' : '>=', indicator };
}

/**
 * A column's name with its unit, then the row's figure in it (`年度计划投资(亿元) 527.3`, `新增就业（人）：2600`): the
 * figure counts in the unit of the column it is written under.
 */
const UNIT_THEN_FIGURE = /[（(]\s*(万|亿)?\s*([^（()）\s\d:：]{1,4})\s*[)）]\s*[:：]?\s*([-−]?\d+(?:,\d{3})*(?:\.\d+)?)\s*$/;

function headedColumnUnit(taskText: string): ColumnUnit | null {
  const match = UNIT_THEN_FIGURE.exec(taskText);
  if (!match) return null;
  const counting = countingWord(match[2] === '％' ? '%' : (match[2] ?? ''));
  if (!counting) return null;
  const factor = match[1] === '万' ? 1e4 : match[1] === '亿' ? 1e8 : 1;
  const indicator = taskText.slice(0, match.index).trim();
  return { unit: counting.word, unitClass: counting.unitClass, factor, comparator: CEILING_BEFORE.test(indicator) ? '<=' : '>=', indicator };
}

/**
 * The row's plan as written in its column's unit: the task's own column figure, else the milestone's bare number
 * (`户数(户) | 20034`); null when the row writes none.
 */
export function columnPlanOf(taskText: string, milestoneText: string, unit: ColumnUnit): number | null {
  const own = ownColumnFigureOf(taskText, unit);
  if (own !== null) return own.value / unit.factor;
  const bare = BARE_NUMBER.exec(withoutUnitNote(milestoneText));
  return bare === null || bare[2] !== undefined || bare[1] === undefined ? null : numberOf(bare[1]);
}

/**
 * The task's own figure, in the unit of its column, where it stands bare before the unit note (`年度投资计划
 * 527.3(单位:亿元)`) or after its column's unit (`年度计划投资(亿元) 527.3`); null for a task written any other way.
 */
export function ownColumnFigureOf(taskText: string, unit: ColumnUnit): Quantity | null {
  const note = unitNoteOf(taskText);
  const own = note ? FIGURE_BEFORE_NOTE.exec(taskText.slice(0, note.start)) : UNIT_THEN_FIGURE.exec(taskText);
  const digits = note ? own?.[1] : own?.[3];
  if (!own || digits === undefined) return null;
  const start = own.index + own[0].lastIndexOf(digits);
  return figureAt(taskText, digits, start, start + digits.length, unit, unit.comparator);
}

/**
 * The unit of a row's figure columns: the task's (`columnUnitOf`), else a unit note in the milestone or the progress
 * where that cell holds figures alone besides it (`2600` | `1850 71.2%（单位：万元）`), its indicator the task's words.
 */
export function rowColumnUnit(taskText: string, milestoneText: string, progressText: string): ColumnUnit | null {
  const own = columnUnitOf(taskText, withoutUnitNote(milestoneText));
  if (own) return own;
  const noted = unitNoteOf(milestoneText) ?? unitNoteOf(progressText);
  if (!noted) return null;
  const milestoneFigures = withoutUnitNote(milestoneText);
  const progressFigures = withoutUnitNote(progressText);
  const milestoneBare = BARE_NUMBER.exec(milestoneFigures);
  const figuresAlone = (milestoneText.trim() === '' || milestoneBare !== null) && (progressText.trim() === '' || isBareNumber(progressFigures, true));
  if (!figuresAlone) return null;
  const unit = unitOfFigure(noted, milestoneBare?.[1] ?? LEADING_NUMBER.exec(progressFigures)?.[1] ?? '');
  if (!unit) return null;
  return { unit: unit.unit, unitClass: unit.unitClass, factor: unit.factor, comparator: '>=', indicator: taskText.trim().slice(0, MAX_INDICATOR_LENGTH) };
}

const LEADING_NUMBER = /^\s*([-−]?\d+(?:,\d{3})*(?:\.\d+)?)/;
/** As long as a target's indicator read from its words. */
const MAX_INDICATOR_LENGTH = 32;

/**
 * The unit a task text gives its figure columns, or null when the task is not written that way: a unit in
 * parentheses closing it (`城镇新增就业(人)`) or before the task's own figure (`年度计划投资(亿元) 527.3`), or a table's
 * unit note (`(单位:亿元)`, chosen by the milestone's figure where it names several units).
 */
export function columnUnitOf(taskText: string, milestoneText = ''): ColumnUnit | null {
  const noted = noteColumnUnit(taskText, milestoneText) ?? headedColumnUnit(taskText);
  if (noted) return noted;
  const match = UNIT_IN_PARENTHESES.exec(taskText);
  if (!match) return null;
  const magnitude = match[1] === '万' ? 1e4 : match[1] === '亿' ? 1e8 : 1;
  const word = match[2] === '％' ? '%' : (match[2] ?? '');
  const counting = countingWord(word);
  if (!counting) return null;
  const indicator = taskText.slice(0, match.index).replace(/(?:低于|不高于|不超过|控制在|达到|不低于|不少于)\s*$/, '').trim();
  return { unit: word, unitClass: counting.unitClass, factor: magnitude, comparator: CEILING.test(taskText) ? '<=' : '>=', indicator };
}

/**
 * A progress cell that opens with the figure column and then its remark (`3840  达到目标3840元`, `3321 | 133%`): a
 * number set apart by spaces or a bar, not followed by a unit or a date word (`2021 年以来` is a year).
 */
const LEADING_FIGURE = /^\s*([-−]?\d+(?:,\d{3})*(?:\.\d+)?)\s*(%|％)?(?:\s*\||\s{1,})(?=\S)/;

/** `4.1 万人`: a magnitude after the space makes the figure one with its unit. */
const MAGNITUDE = /[万亿千百十]/;

function leadingFigure(cellText: string): RegExpExecArray | null {
  const match = LEADING_FIGURE.exec(cellText);
  if (!match) return null;
  const next = match[0].length;
  return unitAt(cellText, next) === null && !MAGNITUDE.test(cellText.charAt(next)) ? match : null;
}

/** Whether a cell holds one number and nothing else (with `rows`, or a row that opens with its figure column). */
export function isBareNumber(cellText: string, rows = false): boolean {
  return BARE_NUMBER.test(cellText) || (rows && (FIGURE_ROW.test(cellText) || leadingFigure(cellText) !== null));
}

/**
 * The figure of a cell that holds only a number, in the column unit; with `rows`, the first of a row of numbers
 * alone (a progress cell); null for any other cell.
 *
 * @example
 * bareFigure('7.23  139.1%', { unit: '人', unitClass: 'people', factor: 1e4, … }, null, true)?.value // 72300
 */
export function bareFigure(text: string, unit: ColumnUnit, comparator: QuantityComparator | null, rows = false, plan: number | null = null): Quantity | null {
  const cellText = withoutUnitNote(text);
  const amount = rows && unit.unitClass !== 'percent' ? amountOfRow(cellText, plan) : null;
  if (amount) return figureAt(cellText, amount.digits, amount.start, amount.end, unit, comparator);
  const bare = BARE_NUMBER.exec(cellText);
  const match = bare ?? (rows ? FIGURE_ROW.exec(cellText) ?? leadingFigure(cellText) : null);
  if (!match) return null;
  if (match[2] !== undefined && unit.unitClass !== 'percent') return null;
  const start = cellText.search(/\S/);
  // A row's first figure ends where its first run of spaces begins.
  const end = bare ? cellText.trimEnd().length : start + (/^\S+/.exec(cellText.slice(start))?.[0].length ?? 0);
  return figureAt(cellText, match[1] ?? '', start, end, unit, comparator);
}

const THOUSANDS_SEPARATORS = /,/g;

/** `18.6` 亿 is 1860000000, not the 1860000000.0000002 of binary floating point, as parsed quantities are rounded. */
function roundFloat(value: number): number {
  return Math.round(value * 1e6) / 1e6;
}

function figureAt(cellText: string, written: string, start: number, end: number, unit: ColumnUnit, comparator: QuantityComparator | null): Quantity {
  const digits = written.replace(THOUSANDS_SEPARATORS, '').replace('−', '-');
  return {
    value: roundFloat(Number(digits) * unit.factor),
    upper: null,
    unit: unit.unit,
    unitClass: unit.unitClass,
    comparator,
    comparatorText: '',
    approximate: null,
    kind: 'single',
    series: [],
    span: { start, end },
    text: cellText.slice(start, end),
  };
}

/**
 * A progress cell that keeps several columns of a table row, numbers alone joined by bars, spaces or line breaks
 * (`12.9% | 291.5 | 78.5%`, `291.5 | 78.5%`).
 */
const ROW_OF_COLUMNS = /^\s*[-−]?\d+(?:,\d{3})*(?:\.\d+)?\s*(?:%|％)?(?:(?:\s*[|｜]\s*|\s+)[-−]?\d+(?:,\d{3})*(?:\.\d+)?\s*(?:%|％)?)+\s*[|｜]?\s*$/;
const COLUMN_FIGURE = /([-−]?\d+(?:,\d{3})*(?:\.\d+)?)\s*(%|％)?/g;

interface ColumnAmount {
  readonly digits: string;
  readonly start: number;
  readonly end: number;
}

/**
 * The amount of a row of columns: a figure with `%` beside amounts is a growth or a share of them, so the first
 * figure without one answers a target that is not a rate; null when the cell is no such row or has no amount.
 * Given the row's plan in the column's unit, the amount the row reckons against it answers instead: one whose share
 * column (the `%` after the amounts of its group) is that amount ÷ the plan (`1420619 | 1422596 | 48.15%` of `2954712`: the
 * money spent, not the money received). Where several groups are so reckoned (`17282 | … | 86.3 | 2752 | … | 13.7`), a table
 * runs its stages from works begun to works done, and the last is the result.
 */
function amountOfRow(cellText: string, plan: number | null): ColumnAmount | null {
  if (!ROW_OF_COLUMNS.test(cellText)) return null;
  let first: ColumnAmount | null = null;
  let reckoned: ColumnAmount | null = null;
  // The amounts since the last share column: the next share is of one of them.
  let groupStart = 0;
  const group: ColumnAmount[] = [];
  for (const match of cellText.matchAll(COLUMN_FIGURE)) {
    const digits = match[1];
    if (digits === undefined) continue;
    if (match[2] === undefined) {
      const amount = { digits, start: match.index, end: match.index + digits.length };
      if (plan === null) return amount;
      // `17282 | 15951 | 1331 | 86.3`: a 占计划(%) column whose header alone carries the `%`, a decimal that is an amount of
      // its group ÷ the plan, is that amount's share column.
      const shareOf = digits.includes('.') && plan > 0 ? amountSharedIn(group, groupStart, digits, plan) : null;
      if (shareOf !== null) {
        reckoned = shareOf;
        groupStart = group.length;
        continue;
      }
      first ??= amount;
      group.push(amount);
      continue;
    }
    if (plan === null || plan <= 0) continue;
    reckoned = amountSharedIn(group, groupStart, digits, plan) ?? reckoned;
    groupStart = group.length;
  }
  return reckoned ?? first;
}

/** The last amount of the group since `from` whose share of the plan the share column states, or null. */
function amountSharedIn(group: readonly ColumnAmount[], from: number, shareDigits: string, plan: number): ColumnAmount | null {
  let shared: ColumnAmount | null = null;
  for (let index = from; index < group.length; index += 1) {
    const amount = group[index];
    if (amount !== undefined && isShareOfPlan(shareDigits, numberOf(amount.digits), plan)) shared = amount;
  }
  return shared;
}

function numberOf(digits: string): number {
  return Number(digits.replace(THOUSANDS_SEPARATORS, '').replace('−', '-'));
}

/** Whether a share written with its decimals (`13.7`, `48.15`) is the amount ÷ the plan, to the rounding of its last digit. */
function isShareOfPlan(shareDigits: string, amount: number, plan: number): boolean {
  return rateToItsLastDigit(numberOf(shareDigits), decimalsWritten(shareDigits), amount, plan);
}

/**
 * The share column of a row of columns: the first figure with `%` after the amount (`291.5 | 78.5%`), the amount's
 * share of a plan (a 完成…占比(%) column); a `%` before the amount is another column (its growth). Null when the cell is
 * no such row or the amount has no share after it.
 *
 * @example
 * shareColumnOf('12.9% | 291.5 | 78.5%', 8) // { value: 78.5, start: 16, end: 21 }
 */
export function shareColumnOf(text: string, amountEnd: number): { value: number; start: number; end: number } | null {
  const cellText = withoutUnitNote(text);
  if (!ROW_OF_COLUMNS.test(cellText)) return null;
  for (const match of cellText.matchAll(COLUMN_FIGURE)) {
    if (match.index < amountEnd) continue;
    const digits = match[1];
    if (digits === undefined) continue;
    if (match[2] === undefined) return null;
    return { value: Number(digits.replace(THOUSANDS_SEPARATORS, '')), start: match.index, end: match.index + match[0].length };
  }
  return null;
}

/** The context of a bare figure: its indicator is the task's. */
export function bareFigureContext(cellText: string, quantity: Quantity, indicator: string): QuantityContext {
  return {
    indicator,
    otherIndicator: '',
    phrase: quantity.text,
    phraseStart: quantity.span.start,
    phraseEnd: quantity.span.end,
    hasReportMarker: false,
    targetVerb: null,
    subjectOfReach: false,
    sentenceStart: 0,
    sentenceEnd: cellText.length,
  };
}
