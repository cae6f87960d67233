/**
 * A part written with its whole (其中, 包括) is answered by the progress's figure for that part: a figure that the row's other
 * targets were weighed against too and that names none of the part's words is no figure of the part (no-figure), while the
 * whole it was weighed against keeps its own doubt. Sentences are from published reports (the notes name where),
 * counter-examples are written in their style. Each case is a sheet of one row of a 三季度 report.
 */
import { expectTargetsOfRow, type RowCase } from './reportFixtures';

const cases: RowCase[] = [
  {
    description: 'parts after 其中, beside the starts of the whole only, have no figure while the whole stays unclear',
    row: {
      task: '2014年云南计划实施农村危房改造及地震安居工程30万户。其中,19.2万户拆除重建,州市自筹修缮加固7.8万户,统筹实施扶贫安居、易地扶贫搬迁、灾后民房恢复重建等3万户。',
      progress: '目前已开工11.3万户。',
    },
    expected: [
      { value: 300000, verdict: 'unclear', reason: { key: 'target.why.otherWorks' } },
      { value: 192000, verdict: 'no-figure', reported: null },
      { value: 78000, verdict: 'no-figure', reported: null, reason: { key: 'target.why.noFigureOfThePart' } },
      { value: 30000, verdict: 'no-figure', reported: null, reason: { key: 'target.why.noFigureOfThePart' } },
    ],
    notes: '云南 2014 (农村危房改造), its progress at 三季度',
  },
  {
    description: 'a part after 包括 weighed against a figure of another programme has no figure',
    row: {
      task: '今年我市计划启动棚户区改造1.5万户,包括主城区危旧房改造启动5000户,其他区市城中村改造10000户。',
      progress: '截至9月底,我市棚户区改造已启动征收12377户,占年计划的82.5%;农村危房改造方面,已开工改造145户,占年计划的4.1%。',
    },
    expected: [
      { value: 15000, verdict: 'on-track', reported: { value: 12377 } },
      { value: 5000, verdict: 'no-figure', reported: null, reason: { key: 'target.why.noFigureOfThePart' } },
      { value: 10000 },
    ],
    notes: '青岛 2015 (棚户区改造, 1-4月), its progress at 三季度',
  },
  {
    description: 'a part whose starts the progress names by the part\'s words keeps its doubt (counter-example)',
    row: {
      task: '2014年计划实施农村危房改造30万户。其中,拆除重建19.2万户,修缮加固7.8万户。',
      progress: '目前已开工11.3万户,其中修缮加固已开工3.1万户。',
    },
    expected: [
      { value: 300000, verdict: 'unclear' },
      { value: 192000 },
      { value: 78000, verdict: 'unclear', reason: { key: 'target.why.otherWorks' } },
    ],
  },
  {
    description: 'a target that is no part, answered only by starts, stays unclear (counter-example)',
    row: {
      task: '今年计划实施农村危房改造3万户,水库移民危房改造1万户。',
      progress: '目前农村危房改造已开工1.3万户。',
    },
    expected: [{ value: 30000, verdict: 'unclear', reason: { key: 'target.why.otherWorks' } }, { value: 10000, verdict: 'unclear' }],
  },
  {
    description: 'a part named by its figure alone (16村、944户) keeps its doubt (counter-example)',
    row: {
      task: '九寨沟县2010年牧民定居行动计划涉及9个乡镇、20个村、1221户、5642人,其中整村建设4村277户1346人,提升改造16村、944户、4296人。',
      progress: '目前,整村建设定居房已完成277户,正在全力实施提升改造定居房,已完成改棚圈355户,改房完成513户。',
    },
    expected: [
      { value: 1221, verdict: 'unclear' },
      { value: 5642 },
      { value: 277, verdict: 'met', reported: { value: 277 } },
      { value: 1346 },
      { value: 944, verdict: 'unclear' },
      { value: 4296 },
    ],
    notes: '九寨沟 2010 (牧民定居), its progress at 三季度',
  },
];

describe('a part without a figure of its own', () => {
  it.each(cases)('$description', (rowCase) => expectTargetsOfRow(rowCase));
});
