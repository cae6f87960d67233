/** The two cross-checks: a self-assessment that claims too much, and a completion rate the figures contradict. */
import { analyzeTargets } from '../../../src/core/targets';
import { formatMessage } from '../../../src/core/messages';
import { reportOf, type RowSpec } from './reportFixtures';

const cases: readonly { description: string; row: RowSpec; expected: readonly { rule: string; cell: string }[]; notes?: string }[] = [
  {
    description: '完成 with a milestone target unmet is flagged on the 自我评价 cell',
    row: { milestone: '新建社区卫生服务中心5家。', progress: '已建成社区卫生服务中心3家。', assessment: '完成' },
    expected: [{ rule: 'target.self-assessment-mismatch', cell: 'F5' }],
  },
  {
    description: 'a near-synonym of 完成 is read as 完成',
    row: { milestone: '新建社区卫生服务中心5家。', progress: '已建成社区卫生服务中心3家。', assessment: '已完成。' },
    expected: [{ rule: 'target.self-assessment-mismatch', cell: 'F5' }],
  },
  {
    description: '超序时推进 with an annual target behind is flagged',
    row: { task: '年内新增精神科医师100名。', progress: '累计增加精神科医师60人。', assessment: '超序时推进' },
    expected: [{ rule: 'target.self-assessment-mismatch', cell: 'F5' }],
  },
  {
    description: '完成 of the quarter with only an annual target behind is not flagged',
    row: { task: '年内新增精神科医师100名。', milestone: '增加精神科医师5名。', progress: '增加精神科医师 7 人。', assessment: '完成' },
    expected: [],
  },
  {
    description: 'a 开工率 beside a count of works finished is no completion rate of the target',
    row: { task: '新建村级卫生室10个。', progress: '已开工8个、开工率80%，已建成5个。' },
    expected: [],
  },
  {
    description: '完成 with every target met is not flagged',
    row: { milestone: '增加精神科医师5名。', progress: '增加精神科医师 7 人。', assessment: '完成' },
    expected: [],
  },
  {
    description: '滞后 with a target unmet says so itself and is not flagged',
    row: { milestone: '新建社区卫生服务中心5家。', progress: '已建成社区卫生服务中心3家。', assessment: '滞后' },
    expected: [],
  },
  {
    description: 'a completion rate that agrees with figure ÷ target is not flagged (98 of 92 is 106%)',
    row: { task: '年内新建便民服务点92个。', progress: '已完成了98个便民服务点建设，完成率达106%。', assessment: '完成' },
    expected: [],
  },
  {
    description: 'a completion rate that the figures contradict is flagged on the progress cell',
    row: { task: '年内新建便民服务点92个。', progress: '已完成了98个便民服务点建设，完成率达120%。', assessment: '完成' },
    expected: [{ rule: 'target.completion-rate-mismatch', cell: 'E5' }],
  },
  {
    description: 'a share of the annual task that contradicts the figures is flagged',
    row: { task: '年内完成老年人健康体检2000人。', progress: '累计完成老年人健康体检1000人，完成年度任务的80%。', assessment: '序时推进' },
    expected: [{ rule: 'target.completion-rate-mismatch', cell: 'E5' }],
  },
  {
    description: 'a share of the annual task is not flagged for disagreeing with the quarter\'s milestone',
    row: {
      task: '年内新建社区卫生服务中心40家。',
      milestone: '建成社区卫生服务中心30家。',
      progress: '已建成社区卫生服务中心32家，完成年度任务的80%。',
      assessment: '完成',
    },
    expected: [],
    notes: '32 of 40 is 80% (the task); 32 of 30 would be 107% (the milestone): the rate agrees with one, which is enough',
  },
  {
    description: 'a rate that agrees with neither the annual task nor the milestone is flagged',
    row: {
      task: '年内新建社区卫生服务中心40家。',
      milestone: '建成社区卫生服务中心30家。',
      progress: '已建成社区卫生服务中心32家，完成年度任务的50%。',
      assessment: '完成',
    },
    expected: [{ rule: 'target.completion-rate-mismatch', cell: 'E5' }],
  },
  {
    description: 'a rate in another sentence is not compared',
    row: { task: '年内新建便民服务点92个。', progress: '已完成了98个便民服务点建设。群众满意率达120%。', assessment: '完成' },
    expected: [],
  },
];

describe('target cross-checks', () => {
  it.each(cases)('$description', ({ row, expected }) => {
    const { issues } = analyzeTargets(reportOf([row]));
    expect(issues.map(({ rule, cell }) => ({ rule, cell }))).toEqual(expected);
  });

  it('fills the message of each issue in both languages', () => {
    const { issues } = analyzeTargets(
      reportOf([
        { milestone: '新建社区卫生服务中心5家。', progress: '已建成社区卫生服务中心3家。', assessment: '完成' },
        { task: '年内新建便民服务点92个。', progress: '已完成了98个便民服务点建设，完成率达120%。' },
      ]),
    );
    const [mismatch, rate] = issues;
    expect(formatMessage('zh-CN', mismatch?.rule ?? '', mismatch?.params)).toBe(
      '自我评价为“完成”，但数值目标“新建社区卫生服务中心5家”尚未达到（进展情况：已建成社区卫生服务中心3家）。',
    );
    expect(formatMessage('en', rate?.rule ?? '', rate?.params)).toBe(
      'The completion rate "完成率达120%" in the progress contradicts the figures: "98个" against the target "年内新建便民服务点92个" is about 106.5%.',
    );
  });
});
