/** Serials (序号) in their three forms and their natural order (DOMAIN §1). */
import { isCellError, type CellValue } from '../grid/sheetGrid';
import { removeWhitespace, toHalfWidth } from '../text/characters';
import { parseSmallNumeral } from '../text/chineseNumeral';
import type { Serial } from './types';

const CITY_LIVELIHOOD = /^(?:市?为民办实事|市民生实事)第([0-9一二三四五六七八九十百零〇两]+)项$/;
const PROVINCE_LIVELIHOOD = /^省民生实事第([0-9一二三四五六七八九十百零〇两]+)项$/;

/**
 * Reads a serial cell: `40` (a number or its text), `为民办实事第六项`, `省民生实事第 16 项` (spaces and
 * line breaks from PDF copies are ignored). Anything else non-empty is `other`; an empty cell is null.
 *
 * @example
 * parseSerial('省民生实事第 16 项') // { form: 'provinceLivelihood', number: 16, text: '省民生实事第 16 项' }
 */
export function parseSerial(value: CellValue | string): Serial | null {
  if (value === null || value === '' || isCellError(value)) return null;
  if (typeof value === 'boolean') return { form: 'other', text: value ? 'TRUE' : 'FALSE' };
  if (typeof value === 'number') {
    const text = String(value);
    return Number.isInteger(value) && value >= 0 ? { form: 'number', number: value, text } : { form: 'other', text };
  }
  const text = value.trim();
  if (text === '') return null;
  const compact = removeWhitespace(toHalfWidth(text)).replace(/[.、]$/, '');
  if (/^\d{1,6}$/.test(compact)) return { form: 'number', number: Number(compact), text };
  const city = CITY_LIVELIHOOD.exec(compact);
  const cityNumber = city ? parseSmallNumeral(city[1] ?? '') : null;
  if (cityNumber !== null) return { form: 'cityLivelihood', number: cityNumber, text };
  const province = PROVINCE_LIVELIHOOD.exec(compact);
  const provinceNumber = province ? parseSmallNumeral(province[1] ?? '') : null;
  if (provinceNumber !== null) return { form: 'provinceLivelihood', number: provinceNumber, text };
  return { form: 'other', text };
}

const FORM_RANK: Readonly<Record<Serial['form'], number>> = {
  number: 0,
  cityLivelihood: 1,
  provinceLivelihood: 2,
  other: 3,
};

/**
 * Natural order: integers ascending, then 为民办实事第N项 by N, then 省民生实事第N项 by N, then the rest
 * (equal to each other, so a stable sort keeps their original order).
 *
 * @example
 * [parseSerial('省民生实事第2项'), parseSerial('112'), parseSerial('40')].sort(compareSerials) // 40, 112, 省民生实事第2项
 */
export function compareSerials(left: Serial, right: Serial): number {
  const byForm = FORM_RANK[left.form] - FORM_RANK[right.form];
  if (byForm !== 0) return byForm;
  if (left.form === 'other' || right.form === 'other') return 0;
  return left.number - right.number;
}

/**
 * A stable key for one serial, equal for `省民生实事第16项` and `省 民 生 实 事 第 16 项`, and for `40` typed as a
 * number by one bureau and as text by another; '' for a row without a serial.
 */
export function serialKey(serial: Serial | null): string {
  if (serial === null) return '';
  switch (serial.form) {
    case 'number':
      return `n:${serial.number}`;
    case 'cityLivelihood':
      return `c:${serial.number}`;
    case 'provinceLivelihood':
      return `p:${serial.number}`;
    case 'other':
      return `o:${removeWhitespace(toHalfWidth(serial.text))}`;
    default:
      return serial satisfies never;
  }
}
