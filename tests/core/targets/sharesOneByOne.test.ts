/**
 * Shares said one by one (`分别完成年度任务的100%、100.1%`): every percent of the list is a share, each of the figure listed
 * at its place before it; where the progress does not state those figures, each answers the row's target at its place.
 */
import { readReportedFigures } from '../../../src/core/targets';
import { expectTargetsOfRow, type RowCase } from './reportFixtures';

interface FigureCase {
  readonly description: string;
  readonly text: string;
  /** Each percent of the text: its role, and the value of the figure it is a share of (null for none). */
  readonly expected: readonly { readonly value: number; readonly role: string; readonly shareOf: number | null }[];
  readonly notes?: string;
}

const figureCases: FigureCase[] = [
  {
    description: 'completion rates said one by one as the progress\'s first figures are shares, each at its place',
    text: '分项目阶段看:竣工、续建、新开工项目完成率分别为38%、27%、14%。',
    expected: [{ value: 38, role: 'share', shareOf: null }, { value: 27, role: 'share', shareOf: null }, { value: 14, role: 'share', shareOf: null }],
    notes: '海南 2020',
  },
  {
    description: 'the shares of two listed figures are each of the figure at its place',
    text: '截至11月底,全省新开工11万套、基本建成13.21万套,分别完成年度任务的100%、100.1%。',
    expected: [{ value: 100, role: 'share', shareOf: 110000 }, { value: 100.1, role: 'share', shareOf: 132100 }],
    notes: '河北 2021',
  },
  {
    description: 'a later share after the name of the plan (下达) is a share, not the plan restated',
    text: '目前,全市棚户区改造新开工12034套,基本建成9720套,分别完成省政府下达年度目标任务的106%和113%。',
    expected: [{ value: 106, role: 'share', shareOf: 12034 }, { value: 113, role: 'share', shareOf: 9720 }],
    notes: '淮安 2019',
  },
  {
    description: 'shares of figures the sentence does not state are of none of its figures',
    text: '截至10月底,上述两项指标完成数量,分别占国家下达任务的125.9%和111.5%。',
    expected: [{ value: 125.9, role: 'share', shareOf: null }, { value: 111.5, role: 'share', shareOf: null }],
    notes: '山西 2013',
  },
  {
    description: 'changes listed after a share stay changes',
    text: '完成投资43.5亿元,完成年度计划的80%,项目数和投资额分别增长40%和56%。',
    expected: [{ value: 80, role: 'share', shareOf: 4350000000 }, { value: 40, role: 'actual', shareOf: null }, { value: 56, role: 'actual', shareOf: null }],
  },
  {
    description: 'a share right after one figure, without 分别, is that figure\'s',
    text: '已开工改造145户,占年计划的4.1%。',
    expected: [{ value: 4.1, role: 'share', shareOf: 145 }],
  },
];

describe('the percents of a list of shares said one by one', () => {
  it.each(figureCases)('$description', ({ text, expected }) => {
    const percents = readReportedFigures(text, 2021).filter((figure) => figure.quantity.unitClass === 'percent');
    expect(percents.map((figure) => ({ value: figure.quantity.value, role: figure.role, shareOf: figure.shareOf?.value ?? null }))).toEqual(expected);
  });
});

const rowCases: RowCase[] = [
  {
    description: 'rates said one by one of the progress\'s first words answer the row\'s plans of money in their order',
    row: {
      task: '按项目建设进度分为四类:竣工项目22个,总投资718亿元,年度计划投资160亿元;续建项目63个,总投资2515亿元,年度计划投资372亿元;新开工项目20个,总投资539亿元,年度计划投资145亿元。',
      progress: '分项目阶段看:竣工、续建、新开工项目完成率分别为38%、27%、14%。',
    },
    period: '1-4月',
    expected: [{ value: 16000000000, reported: { value: 38 } }, { value: 37200000000, reported: { value: 27 } }, { value: 14500000000, reported: { value: 14 } }],
    notes: '海南 2020',
  },
  {
    description: 'shares of figures not stated answer the row\'s targets in their order',
    row: { task: '今年,国家下达的城镇保障性住房年度任务为新开工18万套,建成17万套。', progress: '截至10月底,上述两项指标完成数量,分别占国家下达任务的125.9%和111.5%。' },
    period: '1-10月',
    expected: [{ value: 180000, verdict: 'met', reported: { value: 125.9 } }, { value: 170000, verdict: 'met', reported: { value: 111.5 } }],
    notes: '山西 2013',
  },
  {
    description: 'shares of listed figures answer the targets of those figures',
    row: { task: '新开工保障性住房4万套,基本建成3万套。', progress: '全省新开工4.3万套、基本建成2.7万套,分别占年度任务的107.5%、90%。' },
    expected: [{ value: 40000, verdict: 'met' }, { value: 30000, verdict: 'on-track' }],
  },
  {
    description: 'a list of two shares against one target of the kind is tied to it by neither',
    row: { task: '今年新开工保障性住房4万套。', progress: '上述两项指标分别完成年度任务的80%和70%。' },
    expected: [{ value: 40000, verdict: 'unclear' }],
  },
  {
    description: 'a list of shares longer than the row\'s targets is tied to none of them by place',
    row: { task: '新开工保障性住房4万套,基本建成3万套。', progress: '上述三项指标分别完成年度任务的80%、70%和60%。' },
    expected: [{ value: 40000, verdict: 'unclear' }, { value: 30000, verdict: 'unclear' }],
  },
];

describe('a list of shares said one by one against the row\'s targets', () => {
  it.each(rowCases)('$description', expectTargetsOfRow);
});
