/**
 * One work counted in two units in one list (`新开工改造城镇老旧小区5.1万个、840万户`, `…5.3万个、涉及居民865万户`): the second
 * figure is the same work, not the scope of it, and the progress's figure of those works in its unit answers it. Sentences
 * of the ministry's releases, and counter-examples written in the same style.
 */
import { expectTargetsOfRow, type RowCase } from './reportFixtures';

describe('one work counted in two units', () => {
  it.each<RowCase>([
    {
      description: 'a bare second figure in another unit is answered by the works’ figure in that unit',
      row: {
        task: '经汇总各地统计上报数据,2021年全国计划新开工改造城镇老旧小区5.1万个、840万户。',
        progress: '1—9月,全国新开工改造城镇老旧小区5.16万个、848万户,按小区数计开工率为100.9%。',
      },
      expected: [
        { value: 51000, reported: { value: 51600 }, verdict: 'met' },
        { value: 8400000, reported: { value: 8480000 }, verdict: 'met' },
      ],
      notes: '住房和城乡建设部 2022',
    },
    {
      description: 'the households the same work reaches, after 、涉及, stay a target of that work',
      row: {
        task: '2021年,全国计划新开工改造城镇老旧小区5.3万个、涉及居民865万户。',
        progress: '1-9月份,全国新开工改造城镇老旧小区5.13万个、惠及居民851万户。',
      },
      expected: [
        { value: 53000, reported: { value: 51300 }, verdict: 'on-track' },
        { value: 8650000, reported: { value: 8510000 }, verdict: 'on-track' },
      ],
      notes: '住房和城乡建设部 2023',
    },
    {
      description: 'an area the progress does not give has no figure, though the works’ count is answered',
      row: {
        task: '新开工改造城镇老旧小区67个、153万平方米,更新老旧住宅电梯50部。',
        progress: '截至9月底,新开工改造城镇老旧小区42个,更新老旧住宅电梯30部。',
      },
      expected: [
        { value: 67, reported: { value: 42 } },
        { value: 1530000, reported: null, verdict: 'no-figure' },
        { value: 50, reported: { value: 30 } },
      ],
      notes: '万州 2025: the area is not answered by the count',
    },
    {
      description: 'a second figure naming its own work keeps its own words',
      row: { task: '新建公厕20座、改造农贸市场5个。', progress: '截至9月底,已新建公厕16座,改造农贸市场3个。' },
      expected: [
        { value: 20, reported: { value: 16 } },
        { value: 5, reported: { value: 3 }, indicator: expect.stringContaining('农贸市场') as unknown },
      ],
      notes: 'counter-example',
    },
    {
      description: 'the households a renewal involves, with no work counted before them, are its scope',
      row: { task: '城中村改造涉及群众1200户，年底前完成签约。', progress: '截至9月底,已签约900户。' },
      expected: [],
      notes: 'counter-example: 涉及 with no count of works before it',
    },
  ])('$description', (testCase) => expectTargetsOfRow(testCase));
});
