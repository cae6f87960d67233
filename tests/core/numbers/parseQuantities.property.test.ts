/**
 * Random text never breaks the quantity reader: no throw, spans on the text as written, and a full
 * 32,767-character cell (Excel's limit) read at a cost that grows linearly with the text. (The 50 ms bar
 * for a worst cell is the bench's, section cell: absolute times flake on a shared machine.)
 */
import fc from 'fast-check';
import { parseQuantities } from '../../../src/core/numbers';
import { growthExponent, MOST_LINEAR_GROWTH_EXPONENT } from '../../support/cpuTime';

const EXCEL_CELL_LIMIT = 32767;
const PIECES = [
  '一', '二', '两', '十', '百', '千', '万', '亿', '〇', '零', '余', '多', '近', '约', '左右', '第', '分别', '依次', '和', '、',
  '0', '1', '5', '9', '.', ',', '，', '%', '％', '１', '-', '~', '至', '年', '月', '日', '岁', '号', '〔', '〕', '“', '”', '《', '》',
  '个', '家', '人', '名', '元', '万元', '个百分点', '百分之', '以上', '以下', '以内', '不少于', '不低于', '达到', '控制在', '(含)',
  ' ', '\n', '。', '；', '精神科医师', '覆盖率', '电话', 'A', 'O', '𠀀',
];

const chineseText = (maxLength: number): fc.Arbitrary<string> =>
  fc.array(fc.constantFrom(...PIECES), { maxLength }).map((pieces) => pieces.join(''));

/** From an eighth of a cell to a full one: a linear reader takes about eight times as long, a quadratic one sixty-four. */
const EIGHTH_CELL = Math.floor(EXCEL_CELL_LIMIT / 8);

describe('parseQuantities on random text', () => {
  it('never throws and keeps every span on the text as written', () => {
    fc.assert(
      fc.property(fc.oneof(chineseText(400), fc.string({ maxLength: 400 }), fc.string({ unit: 'binary', maxLength: 200 })), fc.option(fc.integer({ min: 1990, max: 2100 })), (text, year) => {
        const scan = parseQuantities(text, { year });
        for (const item of [...scan.quantities, ...scan.ignored]) {
          expect(item.span.start).toBeGreaterThanOrEqual(0);
          expect(item.span.end).toBeLessThanOrEqual(text.length);
          expect(text.slice(item.span.start, item.span.end)).toBe(item.text);
        }
        for (const quantity of scan.quantities) expect(Number.isFinite(quantity.value)).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it('reads a full cell of random text at a cost that grows linearly with the text', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { minLength: Math.floor(EXCEL_CELL_LIMIT / 3), maxLength: Math.floor(EXCEL_CELL_LIMIT / 3) }), (pieces) => {
        const text = pieces.join('').slice(0, EXCEL_CELL_LIMIT);
        const growth = growthExponent((length) => {
          const part = text.slice(0, length);
          return () => parseQuantities(part);
        }, EIGHTH_CELL, EXCEL_CELL_LIMIT);
        expect(growth).toBeLessThan(MOST_LINEAR_GROWTH_EXPONENT);
      }),
      { numRuns: 5 },
    );
  });

  it.each([
    { description: 'one long Chinese numeral', text: (length: number) => '一'.repeat(length) },
    { description: 'one long run of digits', text: (length: number) => '9'.repeat(length) },
    { description: 'unclosed quotes', text: (length: number) => '“'.repeat(length) },
    { description: 'magnitudes without end', text: (length: number) => `3${'万'.repeat(length - 1)}` },
    { description: 'figures back to back', text: (length: number) => '5个、'.repeat(Math.floor(length / 3)) },
    { description: 'a distribution that never ends', text: (length: number) => `分别不少于${'20个和'.repeat(Math.floor(length / 4))}` },
  ])('reads $description at a cost that grows linearly with the text', ({ text }) => {
    const growth = growthExponent((length) => {
      const cell = text(length);
      return () => parseQuantities(cell);
    }, EIGHTH_CELL, EXCEL_CELL_LIMIT, 5);
    expect(growth).toBeLessThan(MOST_LINEAR_GROWTH_EXPONENT);
  });
});
