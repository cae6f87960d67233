/**
 * A task's kinds of projects (`建成投产项目N项`, `计划新开工项目N项`) reported only by money are the groups the money is spent
 * on: a count in the progress that names the group whose money it reports, counts a reserve of projects started early, or
 * counts projects by their pace (`9个项目推进较快`),
 * counts no works and leaves them so. Examples written for this test; counter-examples where the progress counts works.
 */
import { expectTargetsOfRow, type RowCase } from './reportFixtures';

describe('counts of the progress apart from the year’s works', () => {
  it.each<RowCase>([
    {
      description: 'the group counted as the subject of its money leaves the kinds of the list named',
      row: {
        task: '其中,投产项目20项,计划新开工项目45项,年计划投资300亿元。',
        progress: '1-6月,全省60个重点项目累计完成投资180亿元。',
      },
      period: '上半年',
      expected: [{ value: 30000000000 }],
    },
    {
      description: 'the group counted before its money in the next clause is a name too',
      row: {
        task: '其中,竣工项目6项,计划新开工项目12项,年计划投资80亿元。',
        progress: '18个竣工及新开工项目,上半年完成投资50亿元,占年计划62.5%。',
      },
      period: '上半年',
      expected: [{ value: 8000000000 }],
    },
    {
      description: 'a reserve’s early starts count no works of the year',
      row: {
        task: '全年安排重点项目150项,年计划投资900亿元。其中建成投产项目30项,计划新开工项目70项,预备项目9项。',
        progress: '全年完成投资950亿元,占年计划105.6%。其中新开工项目完成投资400亿元;预备项目有3项已提前开工。',
      },
      period: '全年',
      expected: [{ value: 90000000000 }],
    },
    {
      description: 'projects counted by their pace count no works of the kinds reported by money',
      row: {
        task: '其中,竣工项目5个,年度计划投资12亿元;',
        progress: '一季度完成投资4亿元,完成率33.3%。其中,东城路、西区管网等9个项目推进较快。',
      },
      period: '一季度',
      expected: [{ value: 1200000000 }],
    },
    {
      description: 'counter-example: a part said started counts the works',
      row: {
        task: '新开工项目20个。',
        progress: '一季度完成投资4亿元。其中,12个项目已开工建设。',
      },
      period: '一季度',
      expected: [{ value: 20 }],
    },
    {
      description: 'counter-example: parts of the list counted at a stage (其中…已进场施工, …已全部完工) count its works, beside its money',
      row: {
        task: '实施农村公路建设项目50个,总投资8000万元。',
        progress: '截至6月底,已完成农村公路建设投资3000万,占总投资的37.5%;其中40个农村公路建设项目已经进场施工,同时有6个项目已经全部完工。',
      },
      period: '上半年',
      expected: [{ value: 50 }],
    },
    {
      description: 'counter-example: projects counted as started before their money answer the works',
      row: {
        task: '计划新开工项目45项。',
        progress: '上半年已开工30个项目,累计完成投资160亿元。',
      },
      period: '上半年',
      expected: [{ value: 45, reported: { value: 30 } }],
    },
  ])('$description', (testCase) => {
    expectTargetsOfRow(testCase);
  });
});
