/** The rules of the check against the previous report, one behaviour per case, on small standard sheets. */
import fc from 'fast-check';
import { checkGrid, compareWithPrevious, diffTexts, gridFromRows, type CellValue, type Issue } from '../../../src/core';
import { exactProgressSameness, NEARLY_SAME_PROGRESS, progressSameness } from '../../../src/core/previous/_lib/progressSameness';

const HEADER: CellValue[] = ['序号', '《政府工作报告》重点工作任务（省、市民生实事）', '时间', '节点任务', '进展情况', '自我评价', '填报单位'];

interface RowSpec {
  readonly serial?: CellValue;
  readonly task?: string;
  readonly period?: string;
  readonly milestone?: string;
  readonly progress?: string;
  readonly assessment?: string;
  readonly unit?: string;
}

const TASK = '新建社区卫生服务中心17家。（责任单位：市卫生健康委）';

/** A sheet of one period of 2021; task rows from row 5 (E5 is the first progress cell). */
function sheetOf(period: string, rows: readonly RowSpec[], year = 2021) {
  const grid = gridFromRows(period, [
    [`${year}年《政府工作报告》重点工作任务${period}进展情况`],
    ['填报单位：济南市卫生健康委'],
    [`填报时间：${year}年10月11日`],
    HEADER,
    ...rows.map((row, index): CellValue[] => [
      row.serial ?? index + 1,
      row.task ?? TASK,
      row.period ?? '全年',
      row.milestone ?? '年底前建成17家。',
      row.progress ?? '',
      row.assessment ?? '序时推进',
      row.unit ?? '',
    ]),
  ]);
  const check = checkGrid(grid);
  return { sheet: check.sheet, report: check.report, targets: check.targets };
}

function compared(previous: readonly RowSpec[], current: readonly RowSpec[], years: [number, number] = [2021, 2021]): Issue[] {
  return compareWithPrevious([sheetOf('三季度', current, years[1])], [sheetOf('二季度', previous, years[0])]);
}

const brief = (issues: readonly Issue[]) => issues.map((issue) => `${issue.rule}@${issue.cell}`);

interface Case {
  readonly description: string;
  readonly input: { readonly previous: readonly RowSpec[]; readonly current: readonly RowSpec[]; readonly years?: [number, number] };
  readonly expected: readonly string[];
  readonly notes: string;
}

const cases: Case[] = [
  {
    description: 'identical progress is flagged at the progress cell',
    input: { previous: [{ progress: '已完成选址，正在开展前期工作。' }], current: [{ progress: '已完成选址，正在开展前期工作。' }] },
    expected: ['previous.progressUnchanged@E5'],
    notes: '',
  },
  {
    description: 'progress that differs only in width, spaces and punctuation is identical',
    input: { previous: [{ progress: '已完成选址，正在开展前期工作。' }], current: [{ progress: '已完成选址, 正在开展前期工作' }] },
    expected: ['previous.progressUnchanged@E5'],
    notes: 'Copy-paste through WPS and chat tools changes punctuation width and spacing.',
  },
  {
    description: 'a long paragraph whose date alone moved on is nearly identical',
    input: {
      previous: [{ progress: '截至6月底，已完成选址和可行性研究报告编制，项目建议书已报市发改委审批，正在开展初步设计和施工图设计工作，同步推进征地拆迁。' }],
      current: [{ progress: '截至9月底，已完成选址和可行性研究报告编制，项目建议书已报市发改委审批，正在开展初步设计和施工图设计工作，同步推进征地拆迁。' }],
    },
    expected: ['previous.progressUnchanged@E5'],
    notes: '截至…月底 is a date, not a figure: the figures stated are the same (none).',
  },
  {
    description: 'the same paragraph with one new figure is progress, not a copy',
    input: {
      previous: [{ progress: '截至6月底，已完成选址和可行性研究报告编制，项目建议书已报市发改委审批，正在开展初步设计工作，已建成社区卫生服务中心8家。' }],
      current: [{ progress: '截至9月底，已完成选址和可行性研究报告编制，项目建议书已报市发改委审批，正在开展初步设计工作，已建成社区卫生服务中心12家。' }],
    },
    expected: [],
    notes: '',
  },
  {
    description: 'a total that went down is flagged; the repeated wording is not, since the figure changed',
    input: { previous: [{ progress: '累计建成社区卫生服务中心12家。' }], current: [{ progress: '累计建成社区卫生服务中心10家。' }] },
    expected: ['previous.figureDecreased@E5'],
    notes: '',
  },
  {
    description: 'an addition of the period may go down',
    input: { previous: [{ progress: '本季度新增社区卫生服务中心6家。' }], current: [{ progress: '本季度新增社区卫生服务中心2家。' }] },
    expected: [],
    notes: '新增 and 本季度 give the figure the role new.',
  },
  {
    description: 'a growth rate may go down',
    input: { previous: [{ progress: '门诊量同比增长12.5%。' }], current: [{ progress: '门诊量同比增长8.1%。' }] },
    expected: [],
    notes: '',
  },
  {
    description: 'a figure of a single quarter may be lower than last report\'s total',
    input: { previous: [{ progress: '上半年完成投资5.2亿元。' }], current: [{ progress: '三季度完成投资1.1亿元。' }] },
    expected: [],
    notes: '三季度 names one quarter, not the year to date.',
  },
  {
    description: 'an approximate total lower by less than 5% is not flagged',
    input: { previous: [{ progress: '累计服务群众3.1万人次。' }], current: [{ progress: '累计服务群众约3万人次。' }] },
    expected: [],
    notes: '约 and 余 round: 3万 against 3.1万 is within rounding.',
  },
  {
    description: 'a self-assessment down the ladder without a reason is flagged at 自我评价',
    input: { previous: [{ progress: '已全部建成。', assessment: '完成' }], current: [{ progress: '正在进行竣工验收。', assessment: '序时推进' }] },
    expected: ['previous.assessmentRegressed@F5'],
    notes: '',
  },
  {
    description: 'a step down with a reason in the progress is not flagged',
    input: { previous: [{ progress: '已全部建成。', assessment: '完成' }], current: [{ progress: '因消防验收未通过，正在整改。', assessment: '滞后' }] },
    expected: [],
    notes: '',
  },
  {
    description: 'near-synonyms are on the ladder: 已完成 → 按计划推进 is a step down',
    input: { previous: [{ progress: '已全部建成。', assessment: '已完成' }], current: [{ progress: '正在进行竣工验收。', assessment: '按计划推进' }] },
    expected: ['previous.assessmentRegressed@F5'],
    notes: '',
  },
  {
    description: 'a step up is not flagged',
    input: { previous: [{ progress: '正在施工。', assessment: '滞后' }], current: [{ progress: '已全部建成。', assessment: '完成' }] },
    expected: [],
    notes: '',
  },
  {
    description: 'an edited task text under the same serial is flagged at the task cell',
    input: { previous: [{ progress: '正在施工。' }], current: [{ task: '新建社区卫生服务中心15家。（责任单位：市卫生健康委）', progress: '已建成8家。' }] },
    expected: ['previous.taskChanged@B5'],
    notes: '',
  },
  {
    description: 'the responsibility parenthesis and the task\'s own number are not the task',
    input: { previous: [{ progress: '正在施工。' }], current: [{ task: '1.新建社区卫生服务中心17家(牵头单位:市卫生健康委)', progress: '已建成8家。' }] },
    expected: [],
    notes: 'The keys consolidation compares tasks by.',
  },
  {
    description: 'a milestone of the same period that changed is flagged',
    input: { previous: [{ progress: '正在施工。' }], current: [{ milestone: '年底前建成15家。', progress: '已建成8家。' }] },
    expected: ['previous.taskChanged@D5'],
    notes: 'Both rows are 全年 rows: the plan gives them one milestone for the year.',
  },
  {
    description: 'a quarter\'s own milestone differs from last quarter\'s by design',
    input: {
      previous: [{ period: '二季度', milestone: '完成选址。', progress: '已完成选址。' }],
      current: [{ period: '三季度', milestone: '开工建设。', progress: '已开工建设。' }],
    },
    expected: [],
    notes: 'DOMAIN §2: the progress sheet of a quarter takes that quarter\'s milestone from the plan.',
  },
  {
    description: 'rows found in one report only are missing or added; a renumbered task is paired by its text',
    input: {
      previous: [
        { serial: 1, task: '新建社区卫生服务中心17家。', progress: '正在施工。' },
        { serial: 2, task: '建设智慧医院3家。', progress: '正在招标。' },
      ],
      current: [
        { serial: 1, task: '开展义诊活动50场。', progress: '已开展20场。' },
        { serial: 2, task: '新建社区卫生服务中心17家。', progress: '已建成8家。' },
      ],
    },
    expected: ['previous.taskMissing@', 'previous.taskAdded@B5'],
    notes: 'Text before serial: 新建… moved from 1 to 2 and is paired; 开展义诊 (new) does not take serial 1 of 新建….',
  },
  {
    description: 'reports of different years are not compared',
    input: { previous: [{ progress: '已完成。' }], current: [{ progress: '已完成。' }], years: [2020, 2021] },
    expected: ['previous.otherYear@'],
    notes: 'The plan and the totals start again each year.',
  },
  {
    description: 'a previous report without a task in common is named, not compared row by row',
    input: { previous: [{ serial: '为民办实事第一项', task: '建设城市书房10处。', progress: '已完成。' }], current: [{ serial: 40, task: '开展全民健身活动。', progress: '正在开展。' }] },
    expected: ['previous.nothingPaired@'],
    notes: 'Likely the wrong file: one notice rather than a missing and an added issue per row.',
  },
];

describe('compareWithPrevious', () => {
  it.each(cases)('$description', ({ input, expected }) => {
    expect(brief(compared(input.previous, input.current, input.years))).toEqual(expected);
  });

  it('pairs rows per unit when both compiled sheets hold several units', () => {
    const rows = (progressOfB: string): RowSpec[] => [
      { serial: 1, unit: '市卫生健康委', progress: '累计建成8家。' },
      { serial: 1, unit: '市医疗保障局', progress: progressOfB },
    ];
    expect(brief(compared(rows('累计建成6家。'), rows('累计建成6家。')))).toEqual(['previous.progressUnchanged@E5', 'previous.progressUnchanged@E6']);
    const swapped = compareWithPrevious(
      [sheetOf('三季度', [{ serial: 1, unit: '市医疗保障局', progress: '累计建成7家。' }, { serial: 1, unit: '市卫生健康委', progress: '累计建成9家。' }])],
      [sheetOf('二季度', [{ serial: 1, unit: '市卫生健康委', progress: '累计建成8家。' }, { serial: 1, unit: '市医疗保障局', progress: '累计建成6家。' }])],
    );
    expect(brief(swapped)).toEqual([]);
  });

  it('flags a target behind pace whose reported figure did not move, in a progress that was rewritten', () => {
    // The task states no figure of its own, so the milestone's is the row's one target.
    const row = { task: '推进基层医疗卫生服务体系建设。', milestone: '年底前建成社区卫生服务中心40家。' };
    const issues = compareWithPrevious(
      [sheetOf('三季度', [{ ...row, progress: '各项目加快推进，累计建成社区卫生服务中心10家，其余正在装修。' }])],
      [sheetOf('二季度', [{ ...row, progress: '累计建成社区卫生服务中心10家。' }])],
    );
    expect(brief(issues)).toEqual(['previous.targetStalled@E5']);
    expect(issues[0]?.params).toMatchObject({ reported: expect.stringContaining('10家') as unknown as string });
  });

  it('yields only progressUnchanged, on every row with progress, when a report is checked against itself', () => {
    const rowSpec = fc.record({
      task: fc.constantFrom(TASK, '建设智慧医院3家。', '开展义诊活动50场。', '推进医养结合。'),
      milestone: fc.constantFrom('年底前建成17家。', '完成招标。', ''),
      progress: fc.constantFrom('', '累计建成8家。', '已完成。', '正在施工，完成投资1.2亿元，占年度计划的40%。', '无', '/', '因疫情影响推迟开工。'),
      assessment: fc.constantFrom('完成', '序时推进', '滞后', '', '很好'),
    });
    fc.assert(
      fc.property(fc.array(rowSpec, { minLength: 1, maxLength: 6 }), (rows) => {
        const sheet = sheetOf('三季度', rows);
        const issues = compareWithPrevious([sheet], [sheet]);
        const rowsWithProgress = rows.flatMap((row, index) => (/[\p{L}\p{N}]/u.test(row.progress) ? [index + 5] : []));
        expect(issues.map((issue) => issue.rule)).toEqual(rowsWithProgress.map(() => 'previous.progressUnchanged'));
        expect(issues.map((issue) => issue.row)).toEqual(rowsWithProgress);
      }),
      { numRuns: 60 },
    );
  });
});

describe('diffTexts', () => {
  it.each([
    { description: 'a changed figure', input: ['已完成8个', '已完成12个'], expected: [['same', '已完成'], ['removed', '8'], ['added', '12'], ['same', '个']], notes: '' },
    { description: 'identical texts are one run', input: ['已完成。', '已完成。'], expected: [['same', '已完成。']], notes: '' },
    { description: 'text added at the end', input: ['已全部完成。', '已全部完成。（石璜镇）'], expected: [['same', '已全部完成。'], ['added', '（石璜镇）']], notes: '' },
    { description: 'an empty previous text', input: ['', '新任务'], expected: [['added', '新任务']], notes: '' },
  ])('$description', ({ input, expected }) => {
    expect(diffTexts(input[0] ?? '', input[1] ?? '').map((part) => [part.kind, part.text])).toEqual(expected);
  });

  it('gives back both texts from its runs', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 40 }), fc.string({ maxLength: 40 }), (previous, current) => {
        const parts = diffTexts(previous, current);
        expect(parts.filter((part) => part.kind !== 'added').map((part) => part.text).join('')).toBe(previous);
        expect(parts.filter((part) => part.kind !== 'removed').map((part) => part.text).join('')).toBe(current);
      }),
    );
  });
});

describe('progressSameness', () => {
  it('says "nearly the same" exactly when the exact share does: the shortcut on lengths never changes a verdict', () => {
    const text = fc.string({ unit: fc.constantFrom('已', '完', '成', '项', '目', '8', '个', '，', '推', '进'), maxLength: 30 });
    fc.assert(
      fc.property(text, text, (previous, current) => {
        const quick = progressSameness(previous, current);
        const exact = exactProgressSameness(previous, current);
        expect(quick >= NEARLY_SAME_PROGRESS).toBe(exact >= NEARLY_SAME_PROGRESS);
        expect(quick).toBeGreaterThanOrEqual(exact);
      }),
    );
  });
});
