/**
 * The places a work spans, or names one by one before their count, say where it is done: the count is no target.
 * Sentences of 海南 2019, 山西 2010, 四川 2020, 浙江 2018 and 商水 2024, and counter-examples in their style: places
 * counted as what is done, or a coverage to reach, stay targets.
 */
import { targetValuesOfRow, type ValuesCase } from './reportFixtures';

describe('the places a work is done in', () => {
  it.each<ValuesCase>([
    {
      description: 'the cities and counties a programme spans are no target; its works are',
      row: { task: '2019年,我省计划实施农村饮水安全巩固提升工程共131处,涵盖8个市县。', progress: '目前,131处工程已全部开工建设,工程建成率98%。' },
      expected: [131],
    },
    {
      description: 'the villages the works lie in are no target; the people planned are',
      row: { task: '今年年初,水利厅按照实际需要,下达296万人的计划,工程分布在全省8710个自然村。', progress: '预计将于11月中旬全面完成。' },
      expected: [2960000],
    },
    {
      description: 'the cities named before their count, where an inspection was held, are no target',
      row: {
        task: '2019年,四川省对泸州市、德阳市、绵阳市、内江市、南充市、宜宾市、达州市、巴中市、资阳市、凉山州等10个市州开展了第二轮省级生态环保督察。截至6月底,反馈意见整改任务315项,',
        progress: '已整改完成139项,',
      },
      expected: [315],
    },
    {
      description: 'the cities a programme involves, named before their count, are no target; the households are',
      row: { task: '今年全省农村困难家庭危房改造工作涉及杭州、温州、湖州、嘉兴、金华、衢州、舟山、台州、丽水等9个设区市,总任务户数12534户。', progress: '截至7月底,全省竣工6864户,竣工率54.76%。' },
      expected: [12534],
    },
    {
      description: 'the villages applied for, named before their count, are no target; the area to harden is',
      row: { task: '第二、三批申报的是周王、吴吉屯、施营、杜庄、王老、后李、秦黄、赵庄8个村,计划硬化道路面积34000平方米,', progress: '可惠及1.5万多名群众。' },
      expected: [34000],
    },
    {
      description: 'parks named and counted as what is built stay a target',
      row: { task: '建成泸州、德阳、绵阳等3个市级物流园区。', progress: '已建成2个。' },
      expected: [3],
    },
    {
      description: 'villages counted as the road work to finish stay a target',
      row: { task: '完成3个村道路硬化。', progress: '已完成2个村。' },
      expected: [3],
    },
    {
      description: 'a coverage of villages to reach stays a target',
      row: { task: '实现5G网络覆盖120个行政村。', progress: '已覆盖96个行政村。' },
      expected: [120],
    },
    {
      description: 'a count of cities with a level word after it stays a target',
      row: { task: '创建3个市级示范社区。', progress: '已创建2个。' },
      expected: [3],
    },
  ])('$description', ({ row, expected }) => {
    expect(targetValuesOfRow(row)).toEqual(expected);
  });
});
