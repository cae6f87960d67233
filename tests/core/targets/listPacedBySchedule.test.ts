/**
 * A list of projects or matters whose progress says only how its items stand against their own schedules names
 * itself: the count is no target. Sentences of 闽清 2024 (重点项目 by 指挥部) and 常州 2022 (民生实事), and
 * counter-examples in their style: a count done or started beside the schedule words, or a count of works to make,
 * stays a target.
 */
import { targetValuesOfRow, type ValuesCase } from './reportFixtures';

describe('a list measured by its items’ own schedules', () => {
  it.each<ValuesCase>([
    {
      description: 'projects of a 指挥部 said all on schedule name their list',
      row: { task: '1.党建引领基层治理工作指挥部:项目7项,', progress: '均达序时进度。' },
      expected: [],
    },
    {
      description: 'projects of a 指挥部 counted behind their schedules name their list',
      row: { task: '2.城乡建设工作指挥部:项目23项,', progress: '未达序时进度2项为:闽清县南山片区老旧小区及周边基础设施建设工程、城区污水处理厂扩容项目。' },
      expected: [],
    },
    {
      description: 'the 指挥部’s own words (园区建设) are not works of the projects it counts',
      row: { task: '5.工业(产业)园区建设工作指挥部:项目57项,', progress: '均达序时进度。' },
      expected: [],
    },
    {
      description: 'matters added to the year’s plan said on schedule name their list',
      row: { task: '一并纳入年度计划实施的2个项目,', progress: '也基本达序时进度。' },
      expected: [],
    },
    {
      description: 'a list with its items started counted stays a target',
      row: { task: '城乡建设工作指挥部:项目23项,', progress: '已开工18项,均达序时进度。' },
      expected: [23],
    },
    {
      description: 'a list with its items finished counted stays a target',
      row: { task: '全年实施民生实事项目18项,', progress: '已完成12项,其余均达到序时进度。' },
      expected: [18],
    },
    {
      description: 'projects to build stay a target whatever their schedule',
      row: { task: '新建农村供水项目5个,', progress: '均达序时进度。' },
      expected: [5],
    },
    {
      description: 'a list said on schedule beside money keeps its money target',
      row: { task: '工业园区建设指挥部:项目57项,年度计划投资30亿元,', progress: '完成投资16.2亿元,均达序时进度。' },
      expected: [3000000000],
    },
    {
      description: 'a list whose progress does not speak of schedules keeps its reading',
      row: { task: '城乡建设工作指挥部:项目23项,', progress: '总体进展顺利。' },
      expected: [23],
    },
  ])('$description', ({ row, expected }) => {
    expect(targetValuesOfRow(row)).toEqual(expected);
  });
});
