/**
 * Works counted to build, then in the next clause the places they are to cover all (`将建12座水厂,将全县12个乡镇全部覆盖`): as with
 * `全覆盖`, the count of works that brings the coverage about is the target, and the places covered are not counted again. Places
 * to cover with no works counted before stay a target. Phrasings written for this test.
 */
import { targetValuesOfRow, type ValuesCase } from './reportFixtures';

describe('the places the works before are to cover', () => {
  it.each<ValuesCase>([
    {
      description: 'plants to build, then the towns without one all covered',
      row: { task: '今年全县将建15座污水处理站，将尚未建站的18个乡镇全部覆盖。', progress: '' },
      expected: [15],
    },
    {
      description: 'stations to build, then the villages covered, with 全覆盖',
      row: { task: '新建村级服务站40个，实现全区40个行政村全覆盖。', progress: '' },
      expected: [40],
    },
    {
      description: 'sites to set up, then every community covered with 全面覆盖',
      row: { task: '建成12个日间照料中心，把城区12个社区全面覆盖。', progress: '' },
      expected: [12],
    },
    {
      description: 'places to cover with no works counted before stay a target',
      row: { task: '年内将30个村全部覆盖。', progress: '' },
      expected: [30],
    },
  ])('$description', (testCase) => {
    expect(targetValuesOfRow(testCase.row)).toEqual(testCase.expected);
  });
});
