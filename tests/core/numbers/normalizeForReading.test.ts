/**
 * The reading copy skips work on the characters NFKC leaves alone, and maps offsets only when it must;
 * it has to agree exactly with normalising every code point on its own and mapping every offset.
 */
import fc from 'fast-check';
import { normalizeForReading, originalOffset, originalSpan, type ReadingCopy } from '../../../src/core/numbers/_lib/normalizeForReading';

/** The plain definition: each code point normalised alone, every normalised unit mapped to its code point's start. */
function readingCopyByDefinition(original: string): ReadingCopy {
  const chunks: string[] = [];
  const offsets: number[] = [];
  let index = 0;
  while (index < original.length) {
    const codePoint = original.codePointAt(index) ?? 0;
    const width = codePoint > 0xffff ? 2 : 1;
    const normalised = original.slice(index, index + width).normalize('NFKC');
    for (let unit = 0; unit < normalised.length; unit += 1) offsets.push(index);
    chunks.push(normalised);
    index += width;
  }
  offsets.push(original.length);
  return { text: chunks.join(''), toOriginal: Int32Array.from(offsets), original };
}

/** Plain ASCII and ideographs, full-width forms, characters NFKC expands or shrinks, surrogate pairs, a lone surrogate. */
const CHARACTERS = ['a', '1', '中', '万', ' ', '，', '。', '（', '）', '１', '％', 'Ａ', '\u3000', '㎡', '①', 'ﬁ', '𝟏', '😀', '𠀀', '\ud800'];

describe('normalizeForReading', () => {
  it.each([
    { description: 'plain text is its own copy, without a map', input: '新建17家社区卫生服务中心', text: '新建17家社区卫生服务中心', mapped: false },
    { description: 'full-width forms are narrowed in place, without a map', input: '新建１７家，覆盖率８１％', text: '新建17家,覆盖率81%', mapped: false },
    { description: 'a character that expands needs a map', input: '建成5000㎡', text: '建成5000m2', mapped: true },
    { description: 'a surrogate pair needs a map', input: '😀新建17家', text: '😀新建17家', mapped: true },
  ])('$description', ({ input, text, mapped }) => {
    const copy = normalizeForReading(input);
    expect({ text: copy.text, mapped: copy.toOriginal !== null }).toEqual({ text, mapped });
  });

  it('reads a cell longer than its reusable buffer the same way (pasted data up to 32,767 characters)', () => {
    const input = '新建１７家，覆盖率８１％。'.repeat(3000);
    const copy = normalizeForReading(input);
    expect(copy.text).toBe(readingCopyByDefinition(input).text);
    expect(copy.toOriginal).toBeNull();
  });

  it('agrees with normalising and mapping every code point on its own, for any span', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...CHARACTERS), { maxLength: 12 }), (pieces) => {
        const input = pieces.join('');
        const copy = normalizeForReading(input);
        const expected = readingCopyByDefinition(input);
        expect(copy.text).toBe(expected.text);
        for (let start = 0; start <= copy.text.length; start += 1) {
          if (start < copy.text.length) expect(originalOffset(copy, start)).toBe(originalOffset(expected, start));
          for (let end = start; end <= copy.text.length; end += 1) expect(originalSpan(copy, start, end)).toEqual(originalSpan(expected, start, end));
        }
      }),
      { numRuns: 500 },
    );
  });
});
