import { formatMessage, messageKeys, parseLanguage } from '../../src/core';

describe('message maps', () => {
  it('have the same keys in zh-CN and en', () => {
    expect([...messageKeys('en')].sort()).toEqual([...messageKeys('zh-CN')].sort());
  });

  it('fill placeholders and fall back to the key for an unknown id', () => {
    expect(formatMessage('zh-CN', 'sheet.notFound', { sheet: '四季度' })).toBe('工作簿中没有名为“四季度”的工作表。');
    expect(formatMessage('en', 'sheet.notFound', { sheet: 'Q4' })).toBe('The workbook has no sheet named "Q4".');
    expect(formatMessage('en', 'no.such.rule')).toBe('no.such.rule');
  });

  it.each([
    { input: 'en-US', expected: 'en' },
    { input: 'en', expected: 'en' },
    { input: 'zh-CN', expected: 'zh-CN' },
    { input: 'fr-FR', expected: 'zh-CN' },
    { input: undefined, expected: 'zh-CN' },
  ])('reads the language tag $input as $expected', ({ input, expected }) => {
    expect(parseLanguage(input)).toBe(expected);
  });
});
