/**
 * Reports state a whole first and then its split (其中, by district, by source), or a start and a finish of the same works: where the one figure of the progress answers the
 * whole, the split's targets weighed against it have no figure (no-figure), not an unclear one. Sentences are from published reports (the notes name where),
 * counter-examples are written in their style. Each case is a sheet of one row of a 三季度 report.
 */
import { expectTargetsOfRow, type RowCase } from './reportFixtures';

const cases: RowCase[] = [
  {
    description: 'a target to finish weighed against the starts another target of the row takes has no figure',
    row: {
      task: '今年保障性安居工程建设任务是新开工建设24.1万套,竣工12万套以上。',
      progress: '截至9月底,全区保障性安居工程项目已开工建设19.12万套,开工面积达1279.30万平方米,完成投资199.7亿元。',
    },
    expected: [
      { value: 241000, verdict: 'on-track', reported: { value: 191200 } },
      { value: 120000, verdict: 'no-figure', reported: null, reason: { key: 'target.why.figureOfAnotherTarget' } },
    ],
    notes: '广西 2012 (保障房, 6月), its progress at 三季度: no completions are reported',
  },
  {
    description: 'a target to finish answered only by starts that no other target takes stays unclear (counter-example)',
    row: {
      task: '今年保障性安居工程竣工12万套以上。',
      progress: '截至9月底,全区保障性安居工程项目已开工建设19.12万套,完成投资199.7亿元。',
    },
    expected: [{ value: 120000, verdict: 'unclear', reason: { key: 'target.why.otherWorks' } }],
  },
  {
    description: 'districts\' shares of a city\'s plan, beside the city\'s figure only, have no figure',
    row: {
      task: '今年我市计划启动棚户区改造1.5万户。主城区中，市南区启动1000户、市北区启动3600户、李沧区启动600户。',
      progress: '截至9月底，我市棚户区改造已启动征收12377户，占年计划的82.5%。',
    },
    expected: [
      { value: 15000, verdict: 'on-track', reported: { value: 12377 } },
      { value: 1000, verdict: 'no-figure', reported: null, reason: { key: 'target.why.figureOfAnotherTarget' } },
      { value: 3600, verdict: 'no-figure', reported: null },
      { value: 600, verdict: 'no-figure', reported: null },
    ],
    notes: '青岛 2015 (棚户区改造, 1-4月), its progress at 三季度',
  },
  {
    description: 'parts after 其中, beside a figure of the whole only, have no figure',
    row: {
      task: '今年全省计划建立农家书屋3132家，其中省财政资助建立1500家，省读书援助协会援建100家。',
      progress: '截至目前，今年已建成农家书屋2800家。',
    },
    expected: [
      { value: 3132, verdict: 'on-track', reported: { value: 2800 } },
      { value: 1500, verdict: 'no-figure', reported: null },
      { value: 100, verdict: 'no-figure', reported: null },
    ],
    notes: '福建 2010 (农家书屋) with a figure of this year',
  },
  {
    description: 'a district\'s share answered by its own figure keeps it',
    row: {
      task: '今年我市计划启动棚户区改造1.5万户。主城区中，市南区启动1000户、市北区启动3600户。',
      progress: '截至9月底，市南区已启动征收900户，市北区已启动征收3000户，全市已启动征收12377户。',
    },
    expected: [
      { value: 15000, verdict: 'unclear' },
      { value: 1000, verdict: 'on-track', reported: { value: 900 } },
      { value: 3600, verdict: 'on-track', reported: { value: 3000 } },
    ],
    notes: 'the whole, stated before the district whose figure it weighed most alike, keeps its doubt: the split follows the whole',
  },
  {
    description: 'a whole whose part takes the one figure stays unclear: the part\'s result is no measure of the whole',
    row: {
      task: '省政府下达我市保障性住房任务共34100套(户)，其中实物建房30500套，新增发放廉租住房补贴0.36万户，基本建成住房2万套(户)。',
      progress: '截至9月底，新增基本建成住房16001套。',
    },
    expected: [
      { value: 34100, verdict: 'unclear', reported: null },
      { value: 30500 },
      { value: 3600 },
      { value: 20000, verdict: 'on-track', reported: { value: 16001 } },
    ],
    notes: '安康 2013 (保障性住房), its progress at 三季度',
  },
  {
    description: 'a figure that answers no target leaves each target weighed against it unclear',
    row: { task: '新建村级养老服务站40个，新建农村幸福院10个。', progress: '全县已有养老机构56个。' },
    expected: [
      { value: 40, verdict: 'unclear', reported: null, reason: { key: 'target.why.unclear' } },
      { value: 10, verdict: 'no-figure' },
    ],
  },
];

describe('a figure that answers another target of the row', () => {
  it.each(cases)('$description', (testCase) => expectTargetsOfRow(testCase));
});

describe('two targets doubting one figure that names the first whole', () => {
  it.each<RowCase>([
    {
      description: 'the second target, whose own words the figure leaves out, has no figure',
      row: { task: '全省确定了2万户农村危房改造和5000户库区移民危房改造计划,', progress: '农村危房改造已开工0.6万套,林区危旧房改造已开工0.05万套。' },
      expected: [
        { value: 20000, verdict: 'unclear' },
        { value: 5000, verdict: 'no-figure', reported: null, reason: { key: 'target.why.figureOfAnotherTarget' } },
      ],
    },
    {
      description: 'a figure of the second target\'s own works stays weighed against it (counter-example)',
      row: { task: '全省确定了2万户农村危房改造和5000户库区移民危房改造计划,', progress: '库区移民危房改造已开工0.1万套。' },
      expected: [{ value: 20000 }, { value: 5000, verdict: 'unclear', reason: { key: 'target.why.otherWorks' } }],
    },
  ])('$description', (testCase) => expectTargetsOfRow(testCase));
});
