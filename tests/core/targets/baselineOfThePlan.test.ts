/**
 * A figure inside `在…的基础上` is what the plan builds on, not a target; the figure the plan adds to it is.
 */
import { extractTargets } from '../../../src/core/targets/extractTargets';

describe('the baseline a plan builds on', () => {
  const valuesOf = (text: string): number[] => extractTargets(text, { year: 2019 }).map((statement) => statement.value);

  it.each([
    {
      description: 'pilot sites a campaign is rolled out from',
      text: '去年,湖北省正式打响“厕所革命”三年攻坚战,在首批20个试点(市、区)率先示范的基础上,全面推开农村改厕工作。',
      expected: [],
    },
    {
      description: 'the province\'s list the city adds its own items to',
      text: '今年黄山市在省定33项民生工程的基础上,自我加压,增加安排4项市定民生工程。',
      expected: [4],
    },
    {
      description: 'beds there are, and the beds to add',
      text: '在现有1200张床位的基础上新增养老床位300张。',
      expected: [300],
    },
    {
      description: 'a figure after the phrase is the aim',
      text: '在国家下达任务基础上追加下达移民搬迁任务14.2万户。',
      expected: [142000],
    },
    {
      description: 'a figure in a clause before the phrase is no baseline',
      text: '新建公厕30座,在现有设施的基础上完善配套。',
      expected: [30],
    },
  ])('$description', ({ text, expected }) => {
    expect(valuesOf(text)).toEqual(expected);
  });
});
