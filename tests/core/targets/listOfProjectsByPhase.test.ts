/**
 * A year's list of key projects filed by the phase of the plan they stand in (`重点准备项目`, `重点推进项目`) is
 * measured by its starts, as any year's list of investment projects is (DOMAIN §4, the count of a year's list). Examples are
 * written in the style of a province's 重点项目 release; each is a sheet of one row of a 1-6月 report.
 */
import { isListOfProjectsByPhase } from '../../../src/core/targets/_lib/listOfProjectsByPhase';
import { expectTargetsOfRow, type RowCase } from './reportFixtures';

const cases: RowCase[] = [
  {
    description: 'a count of key projects being prepared is answered by the projects started',
    row: { task: '16个市重点准备项目,', progress: '开工5个,完成投资12.4亿元。' },
    expected: [{ value: 16, verdict: 'behind', reported: { value: 5 } }],
    notes: '5 ÷ 16 = 31% at the half-year',
  },
  {
    description: 'a count of key projects pushed on is answered by the projects started',
    row: { task: '市重点推进项目共24个,', progress: '已开工14个,开工率58%。' },
    expected: [{ value: 24, verdict: 'on-track', reported: { value: 14 } }],
  },
  {
    description: 'a count of works to build stays unclear against its starts (counter-example)',
    row: { task: '新建学校10所,', progress: '开工6所。' },
    expected: [{ value: 10, verdict: 'unclear', reported: null }],
  },
];

describe('a list of key projects filed by its phase of the plan', () => {
  it.each(cases)('$description', (rowCase) => expectTargetsOfRow({ ...rowCase, period: '上半年' }));

  it.each([
    ['8个省重点准备项目', true],
    ['重大推进项目共12个', true],
    ['推进重点准备项目前期工作', false],
    ['重点项目建设', false],
  ] as const)('reads %s as a counted list of a phase: %s', (phrase, expected) => {
    expect(isListOfProjectsByPhase(phrase)).toBe(expected);
  });
});
