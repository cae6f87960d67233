/**
 * A year's list said started or done as a whole (`已全部开工`, `31个项目已全部启动实施`, `10件为民实事全面完成`) leaves no gap
 * to measure: its count names the list, even beside a start rate of 100% or the projects finished among the started, and
 * the items' own rows carry the targets. Sentences in the style of published notices of several provinces, with
 * counter-examples where the progress counts part of the list or says all done only as an aim.
 */
import { targetValuesOfRow, type ValuesCase } from './reportFixtures';

describe('a list said all started or done names itself', () => {
  it.each<ValuesCase>([
    {
      description: 'the list’s size restated and said all started, beside the money done',
      row: { task: '今年,全区共安排实施26个民生实事项目,涵盖教育、医疗、养老等领域,总投资120.6亿元,年度计划投资18.5亿元。', progress: '1至6月,累计完成投资9.1亿元;截至6月,26个项目已全部启动实施。' },
      expected: [1850000000],
    },
    {
      description: 'a progress that opens by saying all started, with projects finished counted after',
      row: { task: '截至8月底,列入2023年改造计划的860个项目', progress: '已全部开工,其中120个项目已完工,完成投资32.6亿元。' },
      expected: [],
    },
    {
      description: 'key projects all started, with a start rate of 100%',
      row: { task: '2019年新增的6个市重点建设项目', progress: '均已开工,开工率达100%,完成投资3.2亿元。' },
      expected: [],
    },
    {
      description: 'a list of matters restated and said done as a whole',
      row: { task: '今年省政府确定12件为民实事', progress: '截至12月20日,12件为民实事全面完成。' },
      expected: [],
    },
    {
      description: 'a quarter’s key works, called 重点工程, said all to have come to be started',
      row: { task: '其中二季度计划开工25项省重点工程', progress: '已全部实现开工建设,另有6个项目提前开工。' },
      expected: [],
    },
    {
      description: 'key works counted as started in part stay a target',
      row: { task: '其中二季度计划开工25项省重点工程', progress: '已实现开工建设19项。' },
      expected: [25],
    },
    {
      description: 'a part of the list said all started leaves the list measured by its count',
      row: { task: '今年确定30件民生实事', progress: '截至6月底,已完成8件,另有10个项目已全部开工。' },
      expected: [30],
    },
    {
      description: 'all done as an aim leaves the list measured by its items done',
      row: { task: '今年确定了20件重要的民生实事', progress: '截至目前,19件实事已经完成,在年底前做到20件实事全部完成。' },
      expected: [20],
    },
    {
      description: 'items counted by state before an all-phrase are a sorting, not the whole said done',
      row: { task: '今年确定40项民生实事', progress: '已完成12项,其余项目均已开工。' },
      expected: [40],
    },
  ])('$description', ({ row, expected }) => {
    expect(targetValuesOfRow(row)).toEqual(expected);
  });
});
