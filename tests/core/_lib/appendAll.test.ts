import { appendAll } from '../../../src/core';

describe('appendAll', () => {
  it('appends in order and returns the target', () => {
    const target = [1, 2];
    expect(appendAll(target, [3, 4])).toBe(target);
    expect(target).toEqual([1, 2, 3, 4]);
  });

  it('appends more items than a call can take as arguments', () => {
    const many = Array.from({ length: 300_000 }, (_, index) => index);
    expect(() => [].push(...(many as never[]))).toThrow(RangeError);
    expect(appendAll<number>([], many)).toHaveLength(300_000);
  });
});
