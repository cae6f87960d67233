import fc from 'fast-check';
import { seed000Rows } from '../../../src/core';
import {
  DEFAULT_VOCABULARY,
  isWhitespaceCode,
  normalizeCellText,
  normalizePunctuation,
  normalizeWhitespace,
  vocabularyWordFor,
} from '../../../src/core/text';

describe('normalizeWhitespace removes stray white space by Chinese convention', () => {
  it.each([
    { description: 'trims both ends', input: '  完成  ', expected: '完成' },
    { description: 'drops spaces between Chinese and digits', input: '增加精神科医师 7 人', expected: '增加精神科医师7人' },
    { description: 'drops ideographic spaces', input: '提高乡村医生待遇。\u3000对在职在岗', expected: '提高乡村医生待遇。对在职在岗' },
    { description: 'collapses spaces between Latin words', input: 'GCP   standard', expected: 'GCP standard' },
    { description: 'joins a line broken mid-sentence', input: '组织市临床医学\n研究中心申报。', expected: '组织市临床医学研究中心申报。' },
    { description: 'keeps a break after a full stop', input: '完成一期。\n启动二期。', expected: '完成一期。\n启动二期。' },
    { description: 'keeps a break before a list item', input: '主要工作\n2.完成规划', expected: '主要工作\n2.完成规划' },
    { description: 'drops empty lines and Windows line ends', input: '第一项。\r\n\r\n第二项。', expected: '第一项。\n第二项。' },
  ])('$description', ({ input, expected }) => {
    expect(normalizeWhitespace(input)).toBe(expected);
  });
});

describe('normalizePunctuation uses full-width punctuation in Chinese text', () => {
  it.each([
    { description: 'commas and semicolons in Chinese text', input: '策,加大奖补力度;支持试验', expected: '策，加大奖补力度；支持试验' },
    { description: 'a label colon', input: '责任领导:王桂英', expected: '责任领导：王桂英' },
    { description: 'parentheses around Chinese', input: '中国(山东)自贸试验区', expected: '中国（山东）自贸试验区' },
    { description: 'parentheses around Latin stay', input: '临床试验(GCP)培训', expected: '临床试验(GCP)培训' },
    { description: 'a parenthesis with Chinese and Latin inside', input: '临床试验(含I期)机构', expected: '临床试验（含I期）机构' },
    { description: 'times and thousands stay', input: '截至10:30,共1,000人', expected: '截至10:30，共1,000人' },
    { description: 'full-width digits become half-width', input: '接种１７万人', expected: '接种17万人' },
    { description: 'an unclosed parenthesis cut by a page break', input: '推进建设。(责任领导:王桂英', expected: '推进建设。（责任领导：王桂英' },
    { description: 'already conventional text is unchanged', input: '完成年度任务的81%。（牵头部门：省卫生健康委）', expected: '完成年度任务的81%。（牵头部门：省卫生健康委）' },
    { description: 'nested parentheses, Chinese only in the outer pair', input: '试验(含(GCP)培训)机构', expected: '试验（含(GCP)培训）机构' },
    { description: 'nested parentheses around Chinese', input: '((山东))', expected: '（（山东））' },
    { description: 'a mark whose neighbours are far off across spaces and marks', input: `加快${' ,'.repeat(50)}  ;建设`, expected: `加快${' ，'.repeat(50)}  ；建设` },
    { description: 'a Latin mark between Latin words across spaces', input: `GCP${' '.repeat(30)},ISO`, expected: `GCP${' '.repeat(30)},ISO` },
    { description: 'an unmatched closing parenthesis after Chinese and spaces', input: `推进建设   )`, expected: `推进建设   ）` },
  ])('$description', ({ input, expected }) => {
    expect(normalizePunctuation(input)).toBe(expected);
  });
});

describe('normalizeCellText', () => {
  it('is idempotent on every cell of the seed', () => {
    for (const row of seed000Rows) {
      for (const cell of row) {
        if (typeof cell !== 'string') continue;
        const once = normalizeCellText(cell);
        expect([normalizeWhitespace(once), normalizePunctuation(once)]).toEqual([once, once]);
      }
    }
  });

  it('is idempotent on any mix of Chinese, Latin, digits, spaces and punctuation', () => {
    const alphabet = fc.constantFrom('中', '文', '任', '务', 'a', 'B', '1', '２', ' ', '\u3000', '\n', ',', '，', '(', ')', '（', '）', ':', '：', ';', '。', '.', '、', '!', '?');
    fc.assert(
      fc.property(fc.array(alphabet, { maxLength: 30 }), (characters) => {
        const once = normalizeCellText(characters.join(''));
        expect(normalizeCellText(once)).toBe(once);
        // Neither text rule may fire again on the normal form.
        expect(normalizeWhitespace(once)).toBe(once);
        expect(normalizePunctuation(once)).toBe(once);
      }),
      { numRuns: 500 },
    );
  });
});

describe('vocabularyWordFor maps a self-assessment to the vocabulary', () => {
  it.each([
    { description: 'a vocabulary word', input: '序时推进', vocabulary: DEFAULT_VOCABULARY, expected: '序时推进' },
    { description: 'a word with spaces and a full stop', input: ' 完 成。', vocabulary: DEFAULT_VOCABULARY, expected: '完成' },
    { description: 'a near-synonym', input: '已完成', vocabulary: DEFAULT_VOCABULARY, expected: '完成' },
    { description: '按计划推进', input: '按计划推进', vocabulary: DEFAULT_VOCABULARY, expected: '序时推进' },
    { description: 'a synonym whose word the bureau does not use', input: '按计划推进', vocabulary: ['完成', '未完成'], expected: null },
    { description: 'free text', input: '很好', vocabulary: DEFAULT_VOCABULARY, expected: null },
    { description: 'nothing', input: '', vocabulary: DEFAULT_VOCABULARY, expected: null },
  ])('$description', ({ input, vocabulary, expected }) => {
    expect(vocabularyWordFor(input, vocabulary)).toBe(expected);
  });
});

describe('isWhitespaceCode', () => {
  it('answers as a regular expression\'s \\s does, for every UTF-16 code', () => {
    const disagreeing: number[] = [];
    for (let code = 0; code <= 0xffff; code += 1) {
      if (isWhitespaceCode(code) !== /\s/.test(String.fromCharCode(code))) disagreeing.push(code);
    }
    expect(disagreeing).toEqual([]);
  });

  it('says no past the end of a text (NaN)', () => {
    expect(isWhitespaceCode(''.charCodeAt(0))).toBe(false);
  });
});
