/**
 * Names joined by 、 with no figure between them (`幼儿园、中小学校178所`, `城市低保、农村低保…300元/人、140元/人`) are
 * counted together by the figure after the last: its words begin at the first name, in a target and in a progress,
 * so a progress naming the same things in another order answers the target. Sentences of real reports, and
 * counter-examples in the same style where the names before 、 are no part of the figure's words.
 */
import { extractTargets, readReportedFigures } from '../../../src/core/targets';
import { expectTargetsOfRow, type RowCase } from './reportFixtures';

function indicatorOfTarget(text: string, figure: string): string | undefined {
  return extractTargets(text, { year: 2022 }).find((statement) => statement.quantity.text === figure)?.context.indicator;
}

function indicatorOfFigure(text: string, figure: string): string | undefined {
  return readReportedFigures(text, 2022).find((statement) => statement.quantity.text.replace(/\s/g, '') === figure)?.context.indicator;
}

describe('names listed with 、 before one figure are its words', () => {
  it.each([
    { description: 'schools of two kinds built, in a task', text: '全年将新改扩建幼儿园、中小学校178所,新增基础教育学位20万个。', figure: '178所', expected: /幼儿园、中小学校/ },
    { description: 'two allowances raised, in a task', text: '城市低保、农村低保补差水平月均分别达到300元/人、140元/人', figure: '达到300元', expected: /城市低保、农村低保/ },
  ])('$description', ({ text, figure, expected }) => {
    expect(indicatorOfTarget(text, figure)).toMatch(expected);
  });

  it('the same kinds named in the other order, in a progress', () => {
    expect(indicatorOfFigure('截至9月,秋季将新开办中小学校、幼儿园共 93 所,新增各类学位超 15 万个。', '93所')).toMatch(/中小学校、幼儿园/);
  });

  it.each([
    {
      description: 'a numbered item (二、) names nothing',
      text: '二、新建老年日间服务中心1所,社区老年人助餐服务点2个',
      figure: '1所',
      notExpected: /二/,
    },
    {
      description: 'the words right after the figure before belong to it (21个大项、75个小项)',
      text: '完成21个大项、75个小项',
      figure: '75个',
      notExpected: /大项/,
    },
    {
      description: 'a figure before its noun counts the noun after it, not the names before',
      text: '建成义务教育合格学校、1所公办幼儿园',
      figure: '1所',
      notExpected: /合格学校/,
    },
    {
      description: 'names before 等 are examples of what 等 names',
      text: '着力推进湖田中学、伯塘中学等5所农村中小学校改扩建',
      figure: '5所',
      notExpected: /湖田中学/,
    },
  ])('$description', ({ text, figure, notExpected }) => {
    expect(indicatorOfTarget(text, figure)).not.toMatch(notExpected);
  });

  it('examples before 等 in a progress stay out of the figure’s words', () => {
    const progress = '完成新建和改造福山郊野公园福道、南二环水晶榕著绿道、旗山湖园路和步道等城市绿道共计140.01公里。';
    expect(indicatorOfFigure(progress, '140.01公里')).not.toMatch(/福道/);
  });
});

describe('a target answered by the figure of the same names listed', () => {
  it.each<RowCase>([
    {
      description: 'schools built, counted by the progress in the other order (深圳, 2022)',
      row: {
        task: '全年将新改扩建幼儿园、中小学校178所,新增基础教育学位20万个。',
        progress: '截至9月,学位建设进展整体顺利,秋季将新开办中小学校、幼儿园共 93 所,新增各类学位超 15 万个。',
      },
      expected: [{ value: 178, reported: { value: 93 } }, { value: 200000 }],
    },
    {
      description: 'two allowances, each given by its name with a colon (岳阳楼区, 2017)',
      row: {
        task: '城市低保、农村低保补差水平月均分别达到300元/人、140元/人',
        progress: '城市低保:300.1元/月,农村低保:154.33元/月',
      },
      expected: [{ value: 300, reported: { value: 300.1 }, verdict: 'met' }, { value: 140, reported: { value: 154.33 }, verdict: 'met' }],
    },
    {
      description: 'the schools’ figure answers the schools, not the homes for the aged listed beside them',
      row: { task: '全年新建幼儿园、中小学校20所,改扩建敬老院、养老院8所。', progress: '已建成中小学校、幼儿园共12所。' },
      expected: [{ value: 20, reported: { value: 12 } }, { value: 8, reported: null, verdict: 'no-figure' }],
      notes: 'counter-example written in the style of the 深圳 row',
    },
    {
      description: 'counter-example: the homes’ figure is never the schools’',
      row: { task: '全年新建幼儿园、中小学校20所,改扩建敬老院、养老院8所。', progress: '已建成养老院、敬老院共5所。' },
      expected: [{ value: 20, reported: null, verdict: 'no-figure' }, { value: 8, reported: { value: 5 } }],
    },
  ])('$description', (testCase) => {
    expectTargetsOfRow(testCase);
  });
});
