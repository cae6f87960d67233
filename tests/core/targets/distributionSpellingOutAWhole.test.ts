/**
 * A whole counted, then after `其中` groups of named sites each counted and given a figure apiece (`等4个安置点各1所`), adding up
 * to the whole: the list spells out where the whole stands and sets no aim of its own. Where the groups do not add up to a whole
 * before them, their figures apiece are read as before. Phrasings written for this test.
 */
import { targetValuesOfRow, type ValuesCase } from './reportFixtures';

describe('a distribution that spells out the whole', () => {
  it.each<ValuesCase>([
    {
      description: 'stations placed in groups of communities, adding up to the count to build',
      row: { task: '年内建设7个便民服务站，其中东苑、西苑、南苑等3个小区各1个，北苑、中苑等2个小区各2个。', progress: '' },
      expected: [7],
    },
    {
      description: 'water points built apiece in groups of villages, with 各建',
      row: { task: '新建集中供水点8处，其中甲村、乙村等2个村各建2处，丙村、丁村等2个村各建2处。', progress: '' },
      expected: [8],
    },
    {
      description: 'kindergartens described first, then spelled out site by site',
      row: { task: '据了解，6所幼儿园均建在安置区内，其中东区、西区、北区等3个安置区各1所，南区、中区、新区等3个安置区各1所。', progress: '' },
      expected: [],
    },
    {
      description: 'groups that do not add up to the whole before them keep their figures',
      row: { task: '年内新建6所学校，其中甲镇、乙镇等2个镇各1所，丙村、丁村、戊村等3个村各1所。', progress: '' },
      expected: [6, 1, 1],
    },
  ])('$description', (testCase) => {
    expect(targetValuesOfRow(testCase.row)).toEqual(testCase.expected);
  });
});
