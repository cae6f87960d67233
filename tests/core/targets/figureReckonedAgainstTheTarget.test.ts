/**
 * A report that writes a figure with the share of the plan it makes (`…40718户,占全年任务的113%`) reckons that figure against
 * the plan: where the share is the figure over the target, the figure is the target's, however its words differ. Starts
 * (`开工率`) only rate the starts, works with their main structure only finished are not done, and a share that is the figure
 * over another number keeps the doubt. Sentences are from published reports (the notes name where), counter-examples are
 * written in their style. Each case is a sheet of one row of a 三季度 report.
 */
import { expectTargetsOfRow, type RowCase } from './reportFixtures';

const cases: RowCase[] = [
  {
    description: 'a figure whose share of the year\'s task is the figure over the target answers it, in households against homes',
    row: {
      task: '今年年初,本市定下3.6万套棚户区改造任务,涉及128个项目。',
      progress: '今年1至9月份,包括签订改造协议、搬迁腾退及修缮加固在内,全市累计完成棚户区改造40718户,占全年任务的113%。',
    },
    expected: [{ value: 36000, verdict: 'met', reported: { value: 40718 } }],
    notes: '北京 2017 (棚户区改造, 1-9月)',
  },
  {
    description: 'homes whose share of the national plan is the figure over the national target answer it',
    row: {
      task: '2016年国家共下达陕西省易地扶贫搬迁任务8万户。',
      progress: '2016年全省移民(脱贫)搬迁累计完成投资286.81亿元。其中全省易地扶贫搬迁开工建设安置房项目1446个,安置房19.12万套,占国家下达年度计划的238.93%。',
    },
    expected: [{ value: 80000, verdict: 'met', reported: { value: 191200 } }],
    notes: '陕西 2016 (移民搬迁, 年度)',
  },
  {
    description: 'starts with a 开工率 that is the starts over the target stay doubted (counter-example)',
    row: {
      task: '2018年,省政府下达兰州棚改任务31206户。',
      progress: '目前已开工项目18个,开工户数24732户,开工率为79.25%。',
    },
    expected: [{ value: 31206, verdict: 'unclear' }],
  },
  {
    description: 'works with their main structure finished and a 完成率 of the target stay doubted (counter-example)',
    row: {
      task: '2023年,珠江流域各省(自治区)实施小型水库除险加固1236座。',
      progress: '主体工程已完工1210座、完成率98%。',
    },
    expected: [{ value: 1236, verdict: 'unclear' }],
    notes: '珠江委 2023 (小型水库除险加固)',
  },
  {
    description: 'a share that is the figure over another number does not tie it (counter-example)',
    row: {
      task: '2016年国家共下达陕西省易地扶贫搬迁任务8万户。',
      progress: '其中全省易地扶贫搬迁开工建设安置房项目1446个,安置房15.12万套,占国家下达年度计划的238.93%。',
    },
    expected: [{ value: 80000, verdict: 'unclear' }],
  },
];

describe('a figure the report reckons against the target', () => {
  it.each(cases)('$description', (rowCase) => expectTargetsOfRow(rowCase));
});
