import { parseVocabulary } from '../../../src/core';

const cases = [
  { description: 'splits at Western commas', input: '完成,基本完成', expected: ['完成', '基本完成'] },
  { description: 'splits at Chinese commas and 顿号', input: '完成，基本完成、滞后', expected: ['完成', '基本完成', '滞后'] },
  { description: 'splits at semicolons of either width', input: '完成;未完成；滞后', expected: ['完成', '未完成', '滞后'] },
  { description: 'trims words and drops blanks', input: ' 完成 ,, 、 序时推进 ', expected: ['完成', '序时推进'] },
  { description: 'gives nothing for separators only', input: ' ,，、 ', expected: [] },
];

describe('parseVocabulary, the one reader of a vocabulary typed as a line (the CLI commands’ --vocab)', () => {
  it.each(cases)('$description', ({ input, expected }) => {
    expect(parseVocabulary(input)).toEqual(expected);
  });
});
