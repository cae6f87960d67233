/**
 * A progress cell that opens with the row's status (`已完成。`) and gives its account after it: the status says the row's
 * nearest plan is done — the milestone's targets where it states its own, else the task's, and nothing where the
 * milestone is a step in words.
 */
import { analyzeTargets } from '../../../src/core/targets';
import { withOpeningDoneStatus } from '../../../src/core/targets/_lib/openingDoneStatus';
import { readReportedFigures } from '../../../src/core/targets/readReportedFigures';
import { reportOf, type RowSpec } from './reportFixtures';

describe('the status opening a progress cell', () => {
  const statusOf = (progress: string, stepOnlyMilestone = false): number | null => {
    const figures = withOpeningDoneStatus(readReportedFigures(progress, 2020), progress, stepOnlyMilestone);
    return figures.find((figure) => figure.role === 'share' && figure.quantity.value === 100)?.quantity.value ?? null;
  };

  it.each([
    { description: 'done, then the account of the level reached', progress: '已完成。 从2020年1月1日起,已将我市困难残疾人生活补贴提高到每人每年2200元。', expected: 100 },
    { description: 'done, then a part of another kind', progress: '已完成。其中纳入省示范点5个。', expected: 100 },
    { description: 'built, closed by a semicolon', progress: '现已建成；正在办理移交手续。', expected: 100 },
    { description: 'a verb with its object is a step, not a status', progress: '已完成选址，正在办理用地手续。', expected: null },
    { description: 'the status beside a share of its own leaves the share to answer', progress: '已完成。 完成筛查人数3495人,完成率47.23%。', expected: null },
    { description: 'done words later in the cell are no opening status', progress: '项目进展顺利，主体已完成。', expected: null },
  ])('$description', ({ progress, expected }) => {
    expect(statusOf(progress)).toBe(expected);
  });

  it('says nothing of the year\'s figure where the milestone is a step in words', () => {
    expect(statusOf('已完成。 已制定并下发老年人免费接种流感疫苗工作方案。', true)).toBeNull();
  });
});

describe('the status against the row\'s targets', () => {
  const judge = (row: RowSpec) => analyzeTargets(reportOf([row], 2020, '全年')).targets.map((target) => [target.value, target.verdict]);

  it('answers the task where the row has no milestone', () => {
    const row: RowSpec = {
      task: '将困难残疾人生活补贴和重度残疾人护理补贴标准分别从每人每年2100元、2800元提高到每人每年2200元、2900元。',
      progress: '已完成。 从2020年1月1日起,已将我市困难',
    };
    expect(judge(row)).toEqual([[2200, 'met'], [2900, 'met']]);
  });

  it('answers the milestone\'s own target, not the higher level\'s task beside it', () => {
    const row: RowSpec = {
      task: '全面推进“互联网+义务教育”,推进1000所中小学校结对帮扶',
      milestone: '提升改造农村生活污水治理设施终端40个。',
      progress: '已完成。其中纳入省示范点5个。',
    };
    const verdicts = judge(row);
    expect(verdicts).toContainEqual([40, 'met']);
    expect(verdicts).not.toContainEqual([1000, 'met']);
  });

  it('answers no target where the milestone is the period\'s step in words', () => {
    const row: RowSpec = {
      task: '为全县60岁以上老年人免费接种流感疫苗24723人。',
      period: '4月',
      milestone: '4月:制定并下发老年人免费接种流感疫苗工作方案。',
      progress: '已完成。 已制定并下发老年人免费接种流感疫苗工作方案。',
    };
    expect(judge(row)).toEqual([[24723, 'no-figure']]);
  });
});
