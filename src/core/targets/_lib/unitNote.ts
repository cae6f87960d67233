/**
 * The unit line of a table carried into a cell: `(单位:亿元)`, `单位：万元`, `（单位：个、亿元）`. The table's figures are bare
 * numbers; the note says what they count. `责任单位：区发改局` names an office, not a unit, and is no note.
 */
import type { Quantity } from '../../numbers/types';
import { countingWord } from '../../numbers/units';

export interface NoteUnit {
  readonly unit: string;
  readonly unitClass: Quantity['unitClass'];
  /** 1e4 for 万, 1e8 for 亿. */
  readonly factor: number;
}

export interface UnitNote {
  /** The units the note names, in its order (a table of counts and money names both: `个、亿元`). */
  readonly units: readonly NoteUnit[];
  /** Where the note starts in its cell (its opening parenthesis, if any). */
  readonly start: number;
  readonly end: number;
}

/** `单位` opening a cell, a line or a parenthesis, then its units up to the closing parenthesis or the line's end. */
const NOTE = /(?:^|(?<=[\s（(]))单位\s*[:：]\s*([^（()）\n]{1,24}?)\s*(?:[)）]|(?=\n)|$)/;
const UNIT_SEPARATOR = /\s*[、，,/／;；]\s*/;
const MAGNITUDE_UNIT = /^(万|亿|千)?(.+)$/;
const MAGNITUDES: Readonly<Record<string, number>> = { 万: 1e4, 亿: 1e8, 千: 1e3 };
const OPENING_PARENTHESIS = /[（(]\s*$/;

function noteUnitOf(word: string): NoteUnit | null {
  const direct = countingWord(word === '％' ? '%' : word);
  if (direct) return { unit: direct.word, unitClass: direct.unitClass, factor: 1 };
  const match = MAGNITUDE_UNIT.exec(word);
  const magnitude = match?.[1];
  const rest = match?.[2];
  if (magnitude === undefined || rest === undefined) return null;
  const counting = countingWord(rest);
  return counting ? { unit: counting.word, unitClass: counting.unitClass, factor: MAGNITUDES[magnitude] ?? 1 } : null;
}

/**
 * The unit note of a cell, or null when it has none (or names anything but units).
 *
 * @example
 * unitNoteOf('城关镇 年度计划 12.5(单位:亿元)')?.units // [{ unit: '元', unitClass: 'money', factor: 1e8 }]
 * unitNoteOf('新建公厕20座(责任单位:区城管局)') // null
 */
export function unitNoteOf(text: string): UnitNote | null {
  if (!text.includes('单位')) return null;
  const match = NOTE.exec(text);
  if (!match) return null;
  const words = (match[1] ?? '').split(UNIT_SEPARATOR).filter((word) => word !== '');
  if (words.length === 0) return null;
  const units: NoteUnit[] = [];
  for (const word of words) {
    const unit = noteUnitOf(word);
    if (!unit) return null;
    units.push(unit);
  }
  const opening = OPENING_PARENTHESIS.exec(text.slice(Math.max(0, match.index - 3), match.index));
  const start = opening ? match.index - opening[0].length : match.index;
  return { units, start, end: match.index + match[0].length };
}

/** Units of whole things and people counted one by one: a figure with a decimal part is never one of them. */
function countsWholeItems(unit: NoteUnit): boolean {
  return (unit.unitClass === 'count' || unit.unitClass === 'people') && unit.factor === 1;
}

/**
 * The unit of a bare figure under a note: the note's one unit; where it names several (`个、亿元`), the one a figure
 * with a decimal part can be in (`82.5` is no count of projects); null when the figure could be in more than one.
 *
 * @example
 * unitOfFigure(unitNoteOf('(单位:个、亿元)')!, '82.5') // { unit: '元', unitClass: 'money', factor: 1e8 }
 * unitOfFigure(unitNoteOf('(单位:个、亿元)')!, '57') // null
 */
export function unitOfFigure(note: UnitNote, digits: string): NoteUnit | null {
  const [first] = note.units;
  if (note.units.length === 1) return first ?? null;
  if (!digits.includes('.')) return null;
  const fractional = note.units.filter((unit) => !countsWholeItems(unit));
  return fractional.length === 1 ? fractional[0] ?? null : null;
}

/**
 * The cell's text with its unit note blanked out, of the same length so that spans still point into the cell
 * (`5000（单位：万元）` → `5000` and spaces); the text itself when it has no note.
 */
export function withoutUnitNote(text: string): string {
  const note = unitNoteOf(text);
  return note ? `${text.slice(0, note.start)}${' '.repeat(note.end - note.start)}${text.slice(note.end)}` : text;
}
