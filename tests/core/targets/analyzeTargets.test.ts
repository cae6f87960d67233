/**
 * Targets against reported figures, verdicts with deadlines, as-of dates and pace: cases built from
 * seed 000's rows and tricky cases of our own, one row each.
 */
import { analyzeTargets, type TargetResult } from '../../../src/core/targets';
import { MAX_FIGURES_COMPARED } from '../../../src/core/targets/analyzeTargets';
import { reportOf, type RowSpec } from './reportFixtures';

type ExpectedTarget = Partial<Omit<TargetResult, 'reported'>> & { readonly reported?: Partial<NonNullable<TargetResult['reported']>> | null };

interface MatchingCase {
  readonly description: string;
  readonly row: RowSpec;
  readonly year?: number;
  /** What the targets of the row must be, in order (a subset of each result's fields). */
  readonly expected: readonly ExpectedTarget[];
  readonly notes?: string;
}

const cases: MatchingCase[] = [
  {
    description: 'seed 000: 增加精神科医师5名 against 增加精神科医师 7 人 is met (名 ↔ 人)',
    row: { milestone: '增加精神科医师 5 名。协同有关部门推动精神障碍社区康复机构建设。', progress: '增加精神科医师 7 人。协调民政、残联等部门指导社区康复机构依法开展社区康复服务。' },
    expected: [{ indicator: '精神科医师', value: 5, unit: '名', op: '>=', deadline: '2021-09-30', reported: { text: '增加精神科医师 7 人', value: 7, unit: '人', asOf: '2021-09-30' }, verdict: 'met', confidence: 0.9, pace: null }],
  },
  {
    description: 'seed 000: 70% 以上 of the annual inspections against 81% of the annual task is met',
    row: { milestone: '开展项目督导和质量控制，完成年度检查任务的 70% 以上。', progress: '截至 9 月底，全市共完成“两癌”筛查 126825 人，完成年度任务的 81%。' },
    expected: [{ indicator: '年度检查任务', value: 70, unit: '%', deadline: '2021-09-30', reported: { text: '完成年度任务的 81%', value: 81 }, verdict: 'met' }],
    notes: '年度 here qualifies the task the share is of; the milestone is due at the end of 三季度',
  },
  {
    description: 'seed 000: the 两癌 coverage rate has no figure that measures coverage',
    row: { task: '21. 农村适龄妇女“两癌”免费筛查。 具体措施: 以县为单位，全面实施农村适龄妇女宫颈癌、乳腺癌免费筛查，覆盖率不低于 81%。', progress: '截至 9 月底，全市共完成“两癌”筛查 126825 人，完成年度任务的 81%。' },
    expected: [{ indicator: '覆盖率', value: 81, op: '>=', deadline: '2021-12-31', verdict: 'no-figure', reported: null }],
    notes: '完成年度任务的81% is a share of the screening task, not a coverage rate: nothing in the progress measures coverage',
  },
  {
    description: 'seed 000: an annual task target as of 三季度 below pace is behind',
    row: { task: '年内新增精神科医师 100 名。', progress: '增加精神科医师 7 人。' },
    expected: [{ value: 100, deadline: '2021-12-31', verdict: 'behind', pace: 0.75 }],
  },
  {
    description: 'an annual target as of 三季度 at or above pace is on track',
    row: { task: '年内新增精神科医师 100 名。', progress: '累计增加精神科医师80人。' },
    expected: [{ verdict: 'on-track', pace: 0.75, confidence: 1 }],
  },
  {
    description: '截至 in the progress sets the as-of date and the pace',
    row: { task: '年内新增精神科医师100名。', progress: '截至8月底，已增加精神科医师60人。' },
    expected: [{ verdict: 'behind', pace: 0.67, reported: { asOf: '2021-08-31' } }],
  },
  {
    description: 'a milestone figure short of its target is unmet at the end of its period',
    row: { milestone: '新建社区卫生服务中心5家。', progress: '已建成社区卫生服务中心3家。' },
    expected: [{ verdict: 'unmet', deadline: '2021-09-30', pace: null }],
  },
  {
    description: 'a milestone due 年底前 is measured against the pace',
    row: { milestone: '年底前新建社区卫生服务中心8家。', progress: '已建成社区卫生服务中心6家。' },
    expected: [{ verdict: 'on-track', deadline: '2021-12-31', pace: 0.75 }],
  },
  {
    description: '上半年 sets the deadline to 6月30日',
    row: { task: '上半年完成培训500人。', progress: '累计完成培训600人。' },
    expected: [{ deadline: '2021-06-30', verdict: 'met' }],
  },
  {
    description: 'a ceiling that holds is met',
    row: { milestone: '投诉控制在5件以内。', progress: '全年投诉3件。' },
    expected: [{ op: '<=', verdict: 'met' }],
  },
  {
    description: 'a ceiling that is passed is unmet, never behind',
    row: { task: '年内投诉控制在5件以内。', progress: '目前投诉8件。' },
    expected: [{ op: '<=', verdict: 'unmet', pace: null }],
  },
  {
    description: 'a range is met inside its bounds',
    row: { milestone: '每个区县配备专职人员3至5名。', progress: '每个区县已配备专职人员4名。' },
    expected: [{ op: 'range', value: 3, upper: 5, verdict: 'met' }],
  },
  {
    description: 'a range overshot is unmet',
    row: { milestone: '每个区县配备专职人员3至5名。', progress: '每个区县已配备专职人员7名。' },
    expected: [{ op: 'range', verdict: 'unmet' }],
  },
  {
    description: 'percentage points never match percent',
    row: { task: '居民健康素养水平提升2个百分点以上。', progress: '居民健康素养水平达到30%。' },
    expected: [{ unit: '个百分点', verdict: 'no-figure', reported: null, confidence: 0 }],
  },
  {
    description: 'a progress without figures gives no-figure',
    row: { task: '建成省级重点专科5个、市级精品专科20个。', progress: '积极组织申报2021年省级中医药临床重点专科。' },
    expected: [
      { indicator: '省级重点专科', value: 5, verdict: 'no-figure', reported: null },
      { indicator: '市级精品专科', value: 20, verdict: 'no-figure', reported: null },
    ],
  },
  {
    description: 'seed 000: a figure of the same unit about something else is unclear',
    row: { task: '新建改扩建17家社区卫生服务中心。', progress: '督导调度17家机构新建、改扩建进展情况，查摆问题，整改推进。' },
    expected: [{ indicator: '社区卫生服务中心', verdict: 'unclear' }],
  },
  {
    description: 'a figure introduced by 已 is preferred to a planned one',
    row: { task: '年内建成社区卫生服务中心12家。', progress: '社区卫生服务中心计划建设15家，已建成社区卫生服务中心8家。' },
    expected: [{ reported: { value: 8 }, verdict: 'behind' }],
  },
  {
    description: 'a figure restating a plan with 不少于 is weaker than one that reports',
    row: { task: '省级示范标准村卫生室达到50个。', progress: '年底前完成建设省级示范标准村卫生室不少于39个，目前已建成省级示范标准村卫生室40个。' },
    expected: [{ reported: { value: 40 }, verdict: 'on-track' }],
  },
  {
    description: '人次 matches 人 with less confidence',
    row: { milestone: '培训基层医务人员500人。', progress: '培训基层医务人员600人次。' },
    expected: [{ verdict: 'met', confidence: 0.7 }],
  },
  {
    description: 'a bare 万 figure matches people',
    row: { task: '全人群接种人数达到665万以上。', progress: '全市累计接种人数700万人。' },
    expected: [{ value: 6650000, unit: '', verdict: 'met', reported: { value: 7000000 } }],
  },
  {
    description: 'a year series yields the report year’s figure and that year’s end',
    row: { task: '2021年至2023年，符合三级乙等医院服务水平的县级综合医院比例依次达到50%、60%、70%。', progress: '符合三级乙等医院服务水平的县级综合医院比例达到40%。' },
    year: 2022,
    expected: [{ value: 60, deadline: '2022-12-31', verdict: 'behind', pace: 0.75 }],
  },
  {
    description: 'a distribution gives two targets',
    row: { task: '年内创建省、市级示范标准村卫生室分别不少于20个和50个。', progress: '已创建示范标准村卫生室60个。' },
    expected: [
      { value: 20, indicator: '省级示范标准村卫生室', verdict: 'met' },
      { value: 50, indicator: '市级示范标准村卫生室', text: '市级示范标准村卫生室分别不少于20个和50个', verdict: 'met' },
    ],
  },
  {
    description: 'a money standard raised 提高到 is met by the same figure',
    row: { task: '将基本公共卫生服务人均经费标准提高到 79 元。', progress: '人均经费标准已提高到79元。' },
    expected: [{ unit: '元', op: '>=', verdict: 'met' }],
  },
  {
    description: 'an allowance without a verb or comparator is no target',
    row: { task: '对在职在岗乡村医生，每人每月补助600元。', progress: '已发放补助。' },
    expected: [],
  },
  {
    description: 'a headline repeated in the task text is one target',
    row: { task: '创建30所婴幼儿照护机构示范点。 全市创建30所婴幼儿照护机构示范点。', progress: '指导各区县完成示范点初评上报工作。' },
    expected: [{ value: 30, unit: '所', verdict: 'no-figure' }],
  },
  {
    description: 'Chinese numerals inside a name are no target (二次结构)',
    row: { milestone: '新建应急医疗物资储备中心二次结构施工进行50%。', progress: '二次结构施工已完成60%。' },
    expected: [{ value: 50, unit: '%', verdict: 'met' }],
  },
];

describe('analyzeTargets', () => {
  it.each(cases)('$description', ({ row, year, expected }) => {
    const { targets } = analyzeTargets(reportOf([row], year));
    expect(targets).toHaveLength(expected.length);
    expected.forEach((fields, index) => expect(targets[index]).toMatchObject(fields));
  });

  it.each([
    { description: 'a figure among the first ones is compared', fillers: 10, verdict: 'met' },
    { description: 'a figure after more than MAX_FIGURES_COMPARED others is not', fillers: MAX_FIGURES_COMPARED, verdict: 'no-figure' },
  ])('compares a target with the first figures of a long progress text only: $description', ({ fillers, verdict }) => {
    // Counts of other things (个) cannot measure people (名), so only the last figure could match.
    const others = Array.from({ length: fillers }, (_, index) => `完成其他项目${index + 1}个，`).join('');
    const { targets } = analyzeTargets(reportOf([{ milestone: '增加精神科医师 5 名。', progress: `${others}增加精神科医师 7 人。` }]));
    expect(targets.map((target) => target.verdict)).toEqual([verdict]);
  });

  it.each(cases.slice(0, 2))('gives the same verdict with character bigrams: $description', ({ row, expected }) => {
    const segmented = analyzeTargets(reportOf([row]));
    const bigrams = analyzeTargets(reportOf([row]), { wordSplitting: 'bigrams' });
    expect(bigrams.targets.map((target) => target.verdict)).toEqual(segmented.targets.map((target) => target.verdict));
    expect(bigrams.targets.map((target) => target.verdict)).toEqual(expected.map((target) => target.verdict));
  });

  it('measures pace from a configurable start of the year', () => {
    const row = { task: '年内新增精神科医师100名。', progress: '累计增加精神科医师60人。' };
    expect(analyzeTargets(reportOf([row])).targets[0]).toMatchObject({ verdict: 'behind', pace: 0.75 });
    expect(analyzeTargets(reportOf([row]), { yearStart: { month: 7, day: 1 } }).targets[0]).toMatchObject({ verdict: 'on-track', pace: 0.5 });
  });

  it('points at the cell a page-split target continues in', () => {
    const report = reportOf([{ task: '16.提升县级医疗机构服务能力。', progress: '持续组织院感质控中心专家督导检查。' }]);
    const continued = {
      ...report,
      rows: [
        ...report.rows,
        {
          kind: 'continuation' as const,
          row: 5,
          taskRow: 4,
          cells: { task: { address: 'B6', row: 5, column: 1, value: '每个县建设胸痛、卒中等5个以上中心。', text: '每个县建设胸痛、卒中等5个以上中心。' } },
        },
      ],
    };
    expect(analyzeTargets(continued).targets).toMatchObject([{ cell: 'B6', row: 6, value: 5, op: '>=' }]);
  });
});
