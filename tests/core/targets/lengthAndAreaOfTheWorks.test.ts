/**
 * A length or area is the size of a structure described (`东起滨河路，西至人民路，全长420米，宽16米`) unless it is the amount of
 * work to do: the length to build spelled out (`建设里程全长18.6公里`), or an area right after a count of works to make, those
 * works counted in another measure (`计划改造危旧房3200户，面积26.5万平方米`). Sentences written for this test in the style of
 * county road and housing plans.
 */
import { isDimensionOfAStructure } from '../../../src/core/targets/_lib/projectDescription';
import { parseQuantities } from '../../../src/core/numbers';

function quantityIn(text: string, written: string) {
  const found = parseQuantities(text).quantities.find((quantity) => quantity.text.includes(written));
  if (!found) throw new Error(`no quantity ${written} in ${text}`);
  return found;
}

describe('a length or area of the works to do is no dimension', () => {
  it.each([
    { description: 'the length to build, spelled out with 全长', text: '本项目主要是对北环线进行提升,建设里程全长18.6公里;', figure: '18.6公里', expected: false },
    { description: 'an area right after a count of houses to rebuild', text: '今年,全县计划改造危旧房3200户,面积26.5万平方米,投资约4亿元。', figure: '26.5万平方米', expected: false },
    { description: 'a road described by its ends, length and width', text: '东起滨河路,西至人民路,全长420米,宽16米', figure: '420米', expected: true },
    { description: 'an area after a count that is no work to make', text: '该园区共有企业35家,面积12万平方米。', figure: '12万平方米', expected: true },
    { description: 'a floor area (建筑面积) after a count of flats to build', text: '新建经济适用住房1200套,建筑面积9.6万平方米;', figure: '9.6万平方米', expected: false },
    { description: 'a total floor area after the count a task sets', text: '全年安置住房建设任务2800套,总建筑面积21万平方米。', figure: '21万平方米', expected: false },
    { description: 'an area after a count alone, the works named in the clause before', text: '其中改建项目3个,640套,面积3.2万平方米。', figure: '3.2万平方米', expected: false },
    { description: 'the length a plan sets (计划里程)', text: '全县农村公路建设共三批,计划里程860公里,计划总投资约12亿元。', figure: '860公里', expected: false },
    { description: 'the length of a road described by its 里程', text: '该路起于县城,里程42公里,为二级公路。', figure: '42公里', expected: true },
    { description: 'the floor area of each house, before the houses', text: '为群众兴建60平方米的抗震安居房320户。', figure: '60平方米', expected: true },
    { description: 'the floor area in the name of a project listed with others', text: '实施县医院800平方米门诊综合楼建设工程和城区公厕改造工程。', figure: '800平方米', expected: true },
    { description: 'ground to make green before its noun stays an amount', text: '新建5万平方米城市绿地。', figure: '5万平方米', expected: false },
    { description: 'floor space of factories stays an amount', text: '建设3万平方米标准厂房。', figure: '3万平方米', expected: false },
    { description: 'an area of old estates to renovate stays an amount', text: '完成300万平方米老旧楼区综合整治工程。', figure: '300万平方米', expected: false },
    { description: 'the floor area of the one building to build', text: '新建文化活动中心1个,总建筑面积4800平方米,含多功能厅。', figure: '4800平方米', expected: true },
    { description: 'the floor area schools to build are built to', text: '新建中小学4所,总建筑面积3.6万平方米。', figure: '3.6万平方米', expected: true },
    { description: 'an area after a count alone with no works to make before it', text: '该片区现有住户320户,面积2.1万平方米。', figure: '2.1万平方米', expected: true },
  ])('$description', ({ text, figure, expected }) => {
    expect(isDimensionOfAStructure(text, quantityIn(text, figure))).toBe(expected);
  });
});
