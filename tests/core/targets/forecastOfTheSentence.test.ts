/**
 * A progress sentence that opens on 预计 and reaches its figure through a modal (`可`, `将`, `能`) says what is expected by a
 * time ahead: a forecast, which answers no target before the year ends. Sentences written for this test.
 */
import { readReportedFigures } from '../../../src/core/targets';

const cases: { description: string; progress: string; expected: [string, string][]; notes?: string }[] = [
  {
    description: 'a figure after 可 in a sentence opened by 预计 and a half-year is a forecast',
    progress: '60个新建项目中,已有18个实现开工。预计上半年,新建项目可开工45个。',
    expected: [['18个', 'actual'], ['45个', 'forecast']],
  },
  {
    description: 'a figure after 将 in a sentence opened by a subject and 预计 is a forecast',
    progress: '全县预计三季度末,改造任务将完成800户。',
    expected: [['800户', 'forecast']],
  },
  {
    description: 'a sentence opened by 预计 that says a result done is no forecast (counter-example)',
    progress: '预计上半年,已开工的项目可完成投资30亿元。',
    expected: [['30亿元', 'actual']],
  },
  {
    description: 'a modal in a sentence not opened by 预计 is left to the other readings (counter-example)',
    progress: '已建成公园12个,能接待游客5000人。',
    expected: [['12个', 'actual'], ['5000人', 'actual']],
  },
];

describe('a figure its 预计 sentence expects', () => {
  it.each(cases)('$description', ({ progress, expected }) => {
    const roles = readReportedFigures(progress, 2023).map((figure) => [figure.quantity.text, figure.role]);
    expect(roles.filter(([text]) => expected.some(([written]) => written === text))).toEqual(expected);
  });
});
