/**
 * `全覆盖` in a task aims at a level of 100%, checked against the coverage the progress gives; a progress that says it
 * reached (`实现了…全覆盖`) gives the share 100%. A count that brings the whole about, in the same clause or in the row's
 * milestone, is the target instead. Sentences of published reports (温州 2018, 闵行 2019, 山东 2017, 重庆 2015, 黄石 2022,
 * 漯河 2024, 岳阳楼区 2019), and counter-examples written in the same style.
 */
import { analyzeTargets, extractTargets } from '../../../src/core/targets';
import { coverageReachedIn, fullCoveragesIn } from '../../../src/core/targets/_lib/fullCoverage';
import { reportOf, type RowSpec } from './reportFixtures';

describe('全覆盖 as a level of 100%', () => {
  it.each([
    { description: 'coverage to reach, after 实现', input: '市区公交车实现移动支付全覆盖。', expected: [100] },
    { description: 'coverage with no verb before it', input: 'WIFI布点全覆盖', expected: [100] },
    { description: 'coverage beside a count of another work: both are targets', input: '推进垃圾分类全覆盖,完成900个垃圾箱(定点投放点)改造', expected: [100, 900] },
    { description: 'a count in the same clause brings the whole about', input: '对全市34所义务教育学校实行课后服务全覆盖。', expected: [34] },
    { description: 'a count of the clause before brings about the coverage it achieves', input: '年内再开设1家社区食堂,实现街道社区食堂全覆盖。', expected: [1] },
    { description: 'a way of working, not an aim', input: '开展全覆盖式安全隐患排查。', expected: [] },
  ])('$description', ({ input, expected }) => {
    expect(extractTargets(input, { year: 2019 }).map((target) => target.value)).toEqual(expected);
  });

  it.each([
    { text: '上半年,14个试点区县稳步推进,实现了农村义务教育学生全覆盖。', expected: [100] },
    { text: '全镇已实现生活垃圾收运全覆盖', expected: [100] },
    { text: '力争年底实现全覆盖。', expected: [] },
    { text: '计划下半年实现全覆盖', expected: [] },
  ])('coverageReachedIn($text)', ({ text, expected }) => {
    expect(coverageReachedIn(text).map((quantity) => quantity.value)).toEqual(expected);
  });

  it('reads no coverage in a text without the words', () => {
    expect(fullCoveragesIn('覆盖率达到90%')).toEqual([]);
  });
});

interface CoverageCase {
  readonly description: string;
  readonly row: RowSpec;
  readonly expected: readonly Record<string, unknown>[];
}

describe('a coverage target judged against the progress', () => {
  it.each<CoverageCase>([
    {
      description: 'a coverage rate reached',
      row: { task: '推进垃圾分类全覆盖', progress: '全区1057个住宅小区和80个行政村全部开展垃圾分类,垃圾分类覆盖率达到100%。' },
      expected: [{ value: 100, reported: { value: 100 }, verdict: 'met' }],
    },
    {
      description: 'a share of the whole below it, before the deadline: behind, a level is not paced',
      row: { task: '山东将在2018年实现农村家庭“无害化卫生厕所”全覆盖。', progress: '目前完成厕所改造1000多万户,占总户数67%,' },
      expected: [{ value: 100, reported: { value: 67 }, verdict: 'behind' }],
    },
    {
      description: 'a percent said of covering',
      row: { task: 'WIFI布点全覆盖', progress: '100%覆盖' },
      expected: [{ value: 100, reported: { value: 100 }, verdict: 'met' }],
    },
    {
      description: 'coverage said reached in words',
      row: { task: '农村贫困地区义务教育学生营养餐实现全覆盖', progress: '上半年,14个试点区县稳步推进,惠及学生88.27万人,实现了农村义务教育学生全覆盖。' },
      expected: [{ value: 100, reported: { value: 100 }, verdict: 'met' }],
    },
    {
      description: 'the milestone’s count brings the whole about and is the only target',
      row: { task: '推行“一村一辅警”全覆盖', milestone: '18个', progress: '18个 100% 已完成。' },
      expected: [{ value: 18, verdict: 'met' }],
    },
  ])('$description', ({ row, expected }) => {
    const { targets } = analyzeTargets(reportOf([row], 2017, '上半年'));
    expect(targets).toHaveLength(expected.length);
    expected.forEach((fields, index) => expect(targets[index]).toMatchObject(fields));
  });
});
