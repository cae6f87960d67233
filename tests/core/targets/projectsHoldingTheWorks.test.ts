/**
 * A count of projects run together with the figure of the works they hold (`棚改项目12个3022套`) only says how the works are
 * grouped; the works are the aim. Sentences written for this test in the style of housing and road plans, with
 * counter-examples where the projects stand alone or the next figure is set apart.
 */
import { targetValuesOfRow, type ValuesCase } from './reportFixtures';

describe('projects holding the works counted right after them', () => {
  it.each<ValuesCase>([
    {
      description: 'housing projects run together with the dwellings they hold',
      row: { task: '年度安置房项目8个1560套', progress: '已开工1200套。' },
      expected: [1560],
    },
    {
      description: 'road projects run together with their length',
      row: { task: '农村公路项目共6个85公里', progress: '已完成52公里。' },
      expected: [85],
    },
    {
      description: 'a count of projects alone stays a target',
      row: { task: '年度安置房项目8个', progress: '已开工5个。' },
      expected: [8],
    },
    {
      description: 'a count of things built, not of projects, before a figure in another unit stays a target',
      row: { task: '新建公租房小区8个1560套', progress: '已开工5个小区1200套。' },
      expected: [8, 1560],
    },
  ])('$description', ({ row, expected }) => {
    expect(targetValuesOfRow(row)).toEqual(expected);
  });
});
