/** Every rule of the check against the previous report has its text and its pane title in both languages. */
import { messageKeys, PREVIOUS_RULES } from '../../../src/core';

describe('texts of the previous-report rules', () => {
  it.each(PREVIOUS_RULES.flatMap((rule) => (['zh-CN', 'en'] as const).map((language) => ({ rule, language }))))('$rule has its message and pane title in $language', ({ rule, language }) => {
    const keys = messageKeys(language);
    expect(keys.has(rule)).toBe(true);
    expect(keys.has(`pane.rule.${rule}`)).toBe(true);
  });
});
