/**
 * What a work will serve or hold once it is built, said with `将` after the time of completion (`建成后将…`, `投用后将…`), describes
 * the finished work as the `可` of a capacity does: the building is the aim. Sentences written for this test; the counter-examples
 * add capacity with no time of completion before it.
 */
import { parseQuantities } from '../../../src/core/numbers';
import { isCapacityOfTheWork, isYearlyCapacityNamingTheWorks } from '../../../src/core/targets/_lib/projectDescription';
import { targetValuesOfRow, type ValuesCase } from './reportFixtures';

describe('a capacity said of the work once built', () => {
  it.each([
    { description: 'the share of villages the rooms will cover', text: '计划建设村级服务站1200个,建好后将覆盖95%的行政村', figure: '95%', expected: true },
    { description: 'beds a home will add once finished', text: '新建养老院2所,建成后将新增床位300张', figure: '300张', expected: true },
    { description: 'people a water plant will serve once in use', text: '实施供水工程一处,投用后将惠及群众2.5万人', figure: '2.5万人', expected: true },
    { description: 'pupils a school can take once completed, with its subject', text: '改扩建学校5所,竣工后全县能容纳学生3000名', figure: '3000名', expected: true },
    { description: 'classes a kindergarten will offer once the work is done', text: '完成社区配套幼儿园改造1所,完成后将提供6个教学班', figure: '6个', expected: true },
    { description: 'counter-example: capacity to add, with no time of completion', text: '新建养老院2所,将新增床位300张', figure: '300张', expected: false },
    { description: 'counter-example: the works themselves', text: '建成后将交付使用的安置房800套', figure: '800套', expected: false },
  ])('$description', ({ text, figure, expected }) => {
    const quantity = parseQuantities(text).quantities.find((found) => found.text.includes(figure));
    expect(quantity && isCapacityOfTheWork(text, quantity)).toBe(expected);
  });
});

describe('rows whose task says what the works will serve once built', () => {
  it.each<ValuesCase>([
    {
      description: 'the rooms are the aim, the share of villages they will cover is not',
      row: { task: '计划建设标准化村卫生室860个,建好后将覆盖90%的行政村。', progress: '已建成村卫生室520个。' },
      expected: [860],
    },
    {
      description: 'the homes are the aim, the beds they will add are not',
      row: { task: '新建乡镇敬老院6所,建成后将新增养老床位480张。', progress: '已建成敬老院3所。' },
      expected: [6],
    },
    {
      description: 'the pipes are the aim, the people served once in use are not',
      row: { task: '铺设供水管网120公里,投入使用后将惠及农村群众4万人。', progress: '已铺设管网80公里。' },
      expected: [120],
    },
    {
      description: 'counter-example: beds to add with no time of completion stay a target',
      row: { task: '新建乡镇敬老院6所,新增养老床位480张。', progress: '已建成敬老院3所,新增床位200张。' },
      expected: [6, 480],
    },
  ])('$description', ({ row, expected }) => {
    expect(targetValuesOfRow(row)).toEqual(expected);
  });
});

describe('a yearly output written into the name of the works', () => {
  it.each([
    { description: 'a feed mill named by its tons a year', text: '开工建设年产20万吨有机肥加工项目', figure: '20万吨', expected: true },
    { description: 'a line named by its pieces a year', text: '建成年产500万件服装生产线', figure: '500万件', expected: true },
    { description: 'a plant named by the waste it treats a year', text: '推进年处理8万吨餐厨垃圾处理厂建设', figure: '8万吨', expected: true },
    { description: 'counter-example: a year’s output to reach', text: '全年生产有机肥20万吨', figure: '20万吨', expected: false },
    { description: 'counter-example: a yearly output to reach with no works named after it', text: '确保粮食年产达到150万吨以上', figure: '150万吨', expected: false },
  ])('$description', ({ text, figure, expected }) => {
    const quantity = parseQuantities(text).quantities.find((found) => found.text.includes(figure));
    expect(quantity !== undefined && isYearlyCapacityNamingTheWorks(text, quantity)).toBe(expected);
  });
});
