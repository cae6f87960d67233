/**
 * The 年度指标值 of a performance self-assessment (项目支出绩效自评表) as its provinces' templates lay it out: three columns,
 * 指标性质 (the sign), 指标值 (the figure) and 度量单位 (the unit). A row copied whole joins them with bars: `≧ | 735 | 人次`,
 * `═ | 100 | %`, `≤ | 15 | 万元`. Together they state one bound of the indicator the row's 三级指标 names. The sign column is
 * typed with whatever the template's font offers: `≥ ≧ ＞ >` a floor, `≤ ≦ ＜ <` a ceiling, `= ＝ ═` an exact figure.
 */
import type { Quantity, QuantityComparator } from '../../numbers/types';
import { countingWord } from '../../numbers/units';
import type { Comparator } from '../types';

/** Sign column (optional: a template may leave it empty), figure column, unit column with its magnitude. */
const INDICATOR_VALUE_COLUMNS = /^\s*(?:([≥≧＞>≤≦＜<=＝═])\s*[|｜]\s*)?(\d+(?:,\d{3})*(?:\.\d+)?)\s*[|｜]\s*(万|亿)?\s*([^\s|｜\d.,，。;；:：()（）]{1,4})\s*$/;
const CEILING_SIGNS = '≤≦＜<';
const EXACT_SIGNS = '=＝═';
const THOUSANDS_SEPARATORS = /,/g;

export interface ColumnsBound {
  readonly quantity: Quantity;
  readonly op: Comparator;
}

function opOfSign(sign: string | undefined): Comparator {
  if (sign === undefined) return '>=';
  if (CEILING_SIGNS.includes(sign)) return '<=';
  return EXACT_SIGNS.includes(sign) ? '=' : '>=';
}

/**
 * The bound a milestone cell states in the three columns of a performance table, or null for a cell written any other
 * way (a sentence, a bare number, a row of figures such as `3321 | 133%`). The quantity's span is the figure alone.
 *
 * @example
 * boundInIndicatorColumns('≧ | 735 | 人次') // { op: '>=', quantity: { value: 735, unit: '人次', text: '735', … } }
 * boundInIndicatorColumns('═ | 100 | %')?.op // '='
 * boundInIndicatorColumns('3321 | 133%') // null
 */
export function boundInIndicatorColumns(cellText: string): ColumnsBound | null {
  const match = INDICATOR_VALUE_COLUMNS.exec(cellText);
  const digits = match?.[2];
  const word = match?.[4];
  if (!match || digits === undefined || word === undefined) return null;
  const counting = countingWord(word === '％' ? '%' : word);
  if (!counting) return null;
  const magnitude = match[3] === '万' ? 1e4 : match[3] === '亿' ? 1e8 : 1;
  // Money, people and things take a magnitude; a percent or a measure written `万 | %` is no template's.
  if (magnitude !== 1 && counting.unitClass === 'percent') return null;
  const op = opOfSign(match[1]);
  // The sign and the bars hold no digit: the first run of digits is the figure's.
  const start = cellText.indexOf(digits);
  const comparator: QuantityComparator | null = op === '>=' || op === '<=' ? op : null;
  const quantity: Quantity = {
    value: Math.round(Number(digits.replace(THOUSANDS_SEPARATORS, '')) * magnitude * 1e6) / 1e6,
    upper: null,
    unit: counting.word,
    unitClass: counting.unitClass,
    comparator,
    comparatorText: match[1] ?? '',
    approximate: null,
    kind: 'single',
    series: [],
    span: { start, end: start + digits.length },
    text: digits,
  };
  return { quantity, op };
}
