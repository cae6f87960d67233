/** Counting words of things: which of them count the same things (`thingWordsAgree`). */
import { thingWordsAgree } from '../../../src/core/numbers/units';

describe('thingWordsAgree', () => {
  it.each([
    ['盏', '盏', 'same'],
    ['套', '间', 'same'],
    ['幢', '栋', 'same'],
    ['盏', '个', 'any'],
    ['个', '本', 'any'],
    ['家', '所', 'general'],
    ['处', '个', 'general'],
    ['本', '家', 'other'],
    ['盏', '条', 'other'],
    ['所', '套', 'other'],
    ['组', '组', 'same'],
    ['组', '个', 'any'],
    ['组', '条', 'other'],
  ] as const)('%s against %s: %s', (left, right, agreement) => {
    expect(thingWordsAgree(left, right)).toBe(agreement);
    expect(thingWordsAgree(right, left)).toBe(agreement);
  });
});
