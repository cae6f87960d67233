/**
 * Random text never breaks the quantity reader: no throw, spans on the text as written, and a full
 * 32,767-character cell (Excel's limit) read in under 50 ms.
 */
import fc from 'fast-check';
import { parseQuantities } from '../../../src/core/numbers';

const EXCEL_CELL_LIMIT = 32767;
const PIECES = [
  '一', '二', '两', '十', '百', '千', '万', '亿', '〇', '零', '余', '多', '近', '约', '左右', '第', '分别', '依次', '和', '、',
  '0', '1', '5', '9', '.', ',', '，', '%', '％', '１', '-', '~', '至', '年', '月', '日', '岁', '号', '〔', '〕', '“', '”', '《', '》',
  '个', '家', '人', '名', '元', '万元', '个百分点', '百分之', '以上', '以下', '以内', '不少于', '不低于', '达到', '控制在', '(含)',
  ' ', '\n', '。', '；', '精神科医师', '覆盖率', '电话', 'A', 'O', '𠀀',
];

const chineseText = (maxLength: number): fc.Arbitrary<string> =>
  fc.array(fc.constantFrom(...PIECES), { maxLength }).map((pieces) => pieces.join(''));

/**
 * Milliseconds of CPU time, the best of three runs: the machine is shared by several processes, and
 * time spent waiting for a core is not the parser's time.
 */
function timeOf(action: () => void): number {
  let best = Number.POSITIVE_INFINITY;
  for (let run = 0; run < 3; run += 1) {
    const start = process.cpuUsage();
    action();
    const used = process.cpuUsage(start);
    best = Math.min(best, (used.user + used.system) / 1000);
  }
  return best;
}

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

  it('reads a full cell of random text in under 50 ms', () => {
    // Warmed on a full cell: the first read of one pays for the compiler's first passes, which is not what this guards.
    parseQuantities(PIECES.join('').repeat(Math.ceil(EXCEL_CELL_LIMIT / PIECES.join('').length)).slice(0, EXCEL_CELL_LIMIT));
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { minLength: Math.floor(EXCEL_CELL_LIMIT / 3), maxLength: Math.floor(EXCEL_CELL_LIMIT / 3) }), (pieces) => {
        const text = pieces.join('').slice(0, EXCEL_CELL_LIMIT);
        expect(timeOf(() => parseQuantities(text))).toBeLessThan(50);
      }),
      { numRuns: 10 },
    );
  });

  it.each([
    { description: 'one long Chinese numeral', text: '一'.repeat(EXCEL_CELL_LIMIT) },
    { description: 'one long run of digits', text: '9'.repeat(EXCEL_CELL_LIMIT) },
    { description: 'unclosed quotes', text: '“'.repeat(EXCEL_CELL_LIMIT) },
    { description: 'magnitudes without end', text: `3${'万'.repeat(EXCEL_CELL_LIMIT - 1)}` },
    { description: 'figures back to back', text: '5个、'.repeat(Math.floor(EXCEL_CELL_LIMIT / 3)) },
    { description: 'a distribution that never ends', text: `分别不少于${'20个和'.repeat(Math.floor(EXCEL_CELL_LIMIT / 4))}` },
  ])('reads $description in under 50 ms', ({ text }) => {
    parseQuantities(text);
    expect(timeOf(() => parseQuantities(text))).toBeLessThan(50);
  });
});
