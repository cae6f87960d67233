/**
 * A progress that says its works are all started and, in words, that none is finished yet (`暂时还没有已完工的`): the works
 * finished, none, answer a target to build, as a count of them would (DOMAIN §4, works finished among the started). Each
 * case is a sheet of one row of a 三季度 report; the sentences are written for this test.
 */
import { noneFinishedShare } from '../../../src/core/targets/_lib/allDone';
import { expectTargetsOfRow, type RowCase } from './reportFixtures';

describe('none finished, said in words', () => {
  it.each([
    { description: 'no finished ones, after 还', input: '12个村已全部开工，目前还没有已完工的村。', expected: 0 },
    { description: 'none finished yet, by 暂无', input: '8所学校均已开工，暂无竣工。', expected: 0 },
    { description: 'all not yet finished, by 均未', input: '5座桥梁均已动工，均未完工。', expected: 0 },
    { description: 'works finished are no such words (counter-example)', input: '8所学校均已开工，其中3所已竣工。', expected: null },
    { description: 'none finished forecast is not said of now (counter-example)', input: '预计年底前没有完工的项目。', expected: null },
  ])('$description', ({ input, expected }) => {
    expect(noneFinishedShare(input)?.quantity.value ?? null).toBe(expected);
  });
});

const cases: RowCase[] = [
  {
    description: 'works all started and none finished answer a target to rebuild with 0',
    row: { task: '对40个村级污水处理站实施提标改造工程', progress: '前期招标工作已全部完成，40个污水处理站已全部开工，暂时还没有已完工的站点。' },
    expected: [{ value: 40, verdict: 'behind', reported: { value: 0 } }],
  },
  {
    description: 'works all started without a word of the finished stay unclear against a target to rebuild (counter-example)',
    row: { task: '对40个村级污水处理站实施提标改造工程', progress: '前期招标工作已全部完成，40个污水处理站已全部开工。' },
    expected: [{ value: 40, verdict: 'unclear', reported: null }],
  },
  {
    description: 'a target of starts is met by the starts, whatever is finished (counter-example)',
    row: { task: '新开工村级污水处理站40个', progress: '40个污水处理站已全部开工，暂时还没有已完工的站点。' },
    expected: [{ value: 40, verdict: 'met', reported: { value: 40 } }],
  },
];

describe('none finished among the works started', () => {
  it.each(cases)('$description', (testCase) => expectTargetsOfRow(testCase));
});
