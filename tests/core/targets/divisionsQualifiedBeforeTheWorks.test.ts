/**
 * Divisions singled out by their words (`贫困县`, `革命老区县`, `少数民族乡镇`), then the works counted in them in the same clause:
 * the places are the scope and the works the aim, as `8个县(市)区176个村` reads. Sentences written for this test; the
 * counter-examples list divisions to make, give each counted place a level, or name a division of a level.
 */
import { targetValuesOfRow, type ValuesCase } from './reportFixtures';

describe('divisions singled out before the works counted in them', () => {
  it.each<ValuesCase>([
    {
      description: 'poor counties, then the kindergartens to build in them',
      row: { task: '在12个深度贫困县新建幼儿园96所。', progress: '已建成幼儿园60所。' },
      expected: [96],
    },
    {
      description: 'old revolutionary areas, then the roads to build there',
      row: { task: '安排6个革命老区县农村公路1200公里。', progress: '已建成农村公路800公里。' },
      expected: [1200],
    },
    {
      description: 'minority towns, then the clinics to rebuild',
      row: { task: '20个少数民族乡镇改造卫生院20所。', progress: '完成改造12所。' },
      expected: [20],
    },
    {
      description: 'border areas, then the households to move',
      row: { task: '3个边境地区搬迁农户1500户。', progress: '已搬迁900户。' },
      expected: [1500],
    },
    {
      description: 'counter-example: a list of counties and towns to make stays two targets',
      row: { task: '创建3个示范县和12个示范乡镇。', progress: '已创建示范县2个、示范乡镇8个。' },
      expected: [3, 12],
    },
    {
      description: 'counter-example: counted pilot counties with the level each is to reach',
      row: { task: '实现4个试点县100%的行政村通客车。', progress: '2个试点县已实现。' },
      expected: [4],
    },
    {
      description: 'counter-example: a county-level name is the works’ own',
      row: { task: '新建5个县级养老服务中心。', progress: '已建成3个。' },
      expected: [5],
    },
  ])('$description', ({ row, expected }) => {
    expect(targetValuesOfRow(row)).toEqual(expected);
  });
});
