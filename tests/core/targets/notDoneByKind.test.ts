/**
 * Parts of a plan in brackets after its figure, and a progress that sorts only the items not done by those kinds:
 * the parts stay descriptions of the whole. Sentences of real 通报, and counter-examples written for this test where
 * the progress counts a kind done, which makes the kinds targets.
 */
import { enclosingBracketStart } from '../../../src/core/targets/_lib/brackets';
import { isNotDoneByKind } from '../../../src/core/targets/_lib/notDoneByKind';
import { readReportedFigures } from '../../../src/core/targets/readReportedFigures';
import { targetValuesOfRow, type RowSpec, type ValuesCase } from './reportFixtures';

const valuesOf = (row: RowSpec): number[] => targetValuesOfRow(row, 2019, '一季度');

describe('the kinds of a plan sorted only among the items not done', () => {
  it.each<ValuesCase>([
    {
      description: 'projects to start, with the laggards sorted into continuing and new ones',
      row: { task: '在实地查看中各建设部门承诺3月份开复工36项(续建29项,新建7项),', progress: '已开复工的项目26项,开复工率为72.2%,未开复工10项(续建8项,新建2项)。' },
      expected: [36],
    },
    {
      description: 'a 通报’s tasks by field in 〔〕 with a bracket inside, and the unfinished ones sorted the same way',
      row: {
        task: '市“十项重点工作”1-3月份工作任务1018项〔生态环境保护工作61项、“一港双城”(城镇化)工作542项、乡村振兴工作60项〕,',
        progress: '已完成985项,未完成33项〔生态环境保护工作7项、“一港双城”(城镇化)工作15项、乡村振兴工作5项〕,完成率96.75%。',
      },
      expected: [1018],
    },
    {
      description: 'kinds counted among the items done stay targets',
      row: { task: '各建设部门承诺3月份开复工36项(续建29项,新建7项),', progress: '已开复工30项(续建25项,新建5项),开复工率83.3%。' },
      expected: [36, 29, 7],
    },
    {
      description: 'a kind counted done outside the laggards’ bracket stays a target',
      row: { task: '各建设部门承诺3月份开复工36项(续建29项,新建7项),', progress: '续建项目开复工25项,新建项目开复工5项,未开复工6项(续建4项,新建2项)。' },
      expected: [36, 29, 7],
    },
    {
      description: 'parts in 〔〕 that the progress never counts describe the whole',
      row: { task: '全年重点工作任务120项〔城市建设工作40项、“民生”(社会)工作80项〕', progress: '已完成100项,其余正按计划推进。' },
      expected: [120],
    },
  ])('$description', ({ row, expected }) => {
    expect(valuesOf(row)).toEqual(expected);
  });
});

describe('isNotDoneByKind', () => {
  const progress = '已开复工26项(续建21项,新建5项),未开复工10项(续建8项,新建2项)。';
  const flags = readReportedFigures(progress, 2019).map((figure) => [figure.quantity.text, isNotDoneByKind(progress, figure)]);

  it('marks the kinds in the bracket after a count not done', () => {
    expect(flags).toEqual([['26项', false], ['21项', false], ['5项', false], ['10项', false], ['8项', true], ['2项', true]]);
  });
});

describe('enclosingBracketStart', () => {
  it.each([
    { description: 'steps over a pair closed inside', text: '任务1018项〔生态61项、“一港双城”(城镇化)工作542项〕', at: '542项', expected: 7 },
    { description: 'finds a plain parenthesis', text: '开复工36项(续建29项,新建7项)', at: '7项', expected: 6 },
    { description: 'is -1 after the bracket closed', text: '开复工36项(续建29项)，新建7项', at: '7项', expected: -1 },
    { description: 'is -1 for a document number’s brackets', text: '印发〔2021〕11号文件，完成12项', at: '12项', expected: -1 },
  ])('$description', ({ text, at, expected }) => {
    expect(enclosingBracketStart(text, text.indexOf(at), 320)).toBe(expected);
  });

  it('looks no further back than its reach', () => {
    const text = `(${'字'.repeat(50)}10项`;
    expect(enclosingBracketStart(text, text.indexOf('10项'), 20)).toBe(-1);
  });
});
