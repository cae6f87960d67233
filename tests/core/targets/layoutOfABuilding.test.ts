/**
 * The layout of a building a task describes (its floors, the classes or beds its floors hold) says what the building is; the
 * building is the work to do, and no report counts its layout. Sentences of published tables (奉化 2025, 琼海 2020), and
 * counter-examples written for this test where the count is something to make or the building itself.
 */
import { isLayoutOfABuilding } from '../../../src/core/targets/_lib/projectDescription';
import { parseQuantities } from '../../../src/core/numbers';
import { expectTargetsOfRow, type RowCase } from './reportFixtures';

describe('which counts are the layout of a building', () => {
  const at = (text: string, figure: string): boolean => {
    const quantity = parseQuantities(text).quantities.find((candidate) => candidate.text.includes(figure));
    if (!quantity) throw new Error(`no quantity ${figure} in ${text}`);
    return isLayoutOfABuilding(text, quantity);
  };

  it.each([
    { description: 'classes after the floors (奉化 2025)', text: '松岙中学旧教学楼进行原址拆除重建,共四层,12个教学班', figure: '12', expected: true },
    { description: 'classes of some floors (奉化 2025)', text: '共五层,一层为展厅、二层为专用教室、三至五层共9个教学班', figure: '9', expected: true },
    { description: 'a building and its floors (琼海 2020)', text: '老年人日间照料中心项目,1栋3层、占地面积500平方米,建筑面积750平方米,设置床位20张,总投资216.42万元。', figure: '1栋', expected: true },
    { description: 'beds set in the building described (琼海 2020)', text: '老年人日间照料中心项目,1栋3层、占地面积500平方米,建筑面积750平方米,设置床位20张,总投资216.42万元。', figure: '20', expected: true },
    { description: 'counter-example: places to add after the floors', text: '新建4层教学楼1栋,新增学位540个。', figure: '540', expected: false },
    { description: 'counter-example: buildings to build, floors given after', text: '新建教学楼2栋,每栋5层。', figure: '2栋', expected: false },
    { description: 'counter-example: beds with no building described', text: '新增养老床位1000张。', figure: '1000', expected: false },
    { description: 'counter-example: floors in an earlier sentence', text: '原教学楼共四层。今年新建教学班12个。', figure: '12', expected: false },
  ])('$description', ({ text, figure, expected }) => {
    expect(at(text, figure)).toBe(expected);
  });
});

describe('a building described by its layout, in a row', () => {
  it.each<RowCase>([
    {
      description: 'the school rebuilt keeps no target of its classes (奉化 2025)',
      row: { task: '启动实施松岙九年一贯制学校建设 | 松岙中学旧教学楼进行原址拆除重建,共四层,12个教学班', milestone: '开工建设', progress: '已完成施工招标,正在办理施工许可证' },
      period: '上半年',
      expected: [],
    },
    {
      description: 'a building to build with places to add keeps the places',
      row: { task: '新建4层教学楼1栋,新增学位540个。', progress: '截至9月底,教学楼主体完工,新增学位已投入使用。' },
      expected: [{ value: 1 }, { value: 540 }],
      notes: 'counter-example written for this test',
    },
  ])('$description', (testCase) => {
    expectTargetsOfRow(testCase);
  });
});
