/**
 * A notice that sorts every item of its list by state, with a count for each, measures no item against the list's count:
 * the count names the list, whether the list is broken down into its items (`十件民生实事共分为28项工作`) or the counts add
 * up to the part of a higher list the place takes up (`50项民生实事我县涉及任务47项`). Sentences of published notices
 * (恩平 2024, 宿松 2024), the problems an inspection fed back (吕梁 2019, 四川 2020), and counter-examples written for this
 * test where the counts leave items unaccounted for; and sortings written for this test that go on in the list's counting
 * word once it is named, or say items are behind schedule.
 */
import { targetValuesOfRow, type ValuesCase } from './reportFixtures';

describe('a list sorted by state names itself', () => {
  it.each<ValuesCase>([
    {
      description: 'a list broken down into its items, all sorted as on schedule or done',
      row: { task: '2024年十件民生实事共分为28项工作,', progress: '截至11月底,按进度推进7项,已完成21项。' },
      expected: [],
    },
    {
      description: 'the same list with only its items done counted is measured by them',
      row: { task: '2024年十件民生实事共分为28项工作,', progress: '截至11月底,已完成21项,其余正在加快推进。' },
      expected: [28],
    },
    {
      description: 'the place’s part of a province’s list, sorted as started or in preparation',
      row: { task: '50项民生实事我县涉及任务47项', progress: '截至7月底,已启动实施41项,正在开展前期工作6项。' },
      expected: [],
    },
    {
      description: 'without a part of the list the place takes up, counts short of the list measure it by its items started',
      row: { task: '今年确定50项民生实事', progress: '截至7月底,已启动实施41项,正在开展前期工作6项。' },
      expected: [50],
    },
    {
      description: 'the problems an inspection fed back, sorted as rectified or to be rectified over the long term',
      row: { task: '2016年,中央第一轮生态环境保护督察反馈的23项问题,', progress: '完成整改并通过验收20项、需长期持续整改3项。' },
      expected: [],
    },
    {
      description: 'the problems sorted as rectified or being rectified',
      row: { task: '2018年,中央环境保护督察回头看反馈5项问题,', progress: '完成整改并通过验收4项、正在整改1项。' },
      expected: [],
    },
    {
      description: 'problems named before their count and measured by those settled stay a target',
      row: { task: '群众信访举报问题1102个,', progress: '已完成1005个。' },
      expected: [1102],
    },
    {
      description: 'problems fed back and measured by those rectified, the rest in words, stay a target',
      row: { task: '省级环保督察反馈问题36项', progress: '已完成整改30项,其余正在按计划推进。' },
      expected: [36],
    },
    {
      description: 'a sorting that names the list once, then goes on in the same counting word',
      row: { task: '今年确定重点民生实事项目6个,', progress: '截至10月底,6项民生实事项目中5项已完成,1项正在加快推进。' },
      expected: [],
    },
    {
      description: 'the same counting word that leaves items unaccounted for measures the list by those done',
      row: { task: '今年确定重点民生实事项目6个,', progress: '截至10月底,民生实事项目中4项已完成,1项正在加快推进。' },
      expected: [6],
    },
    {
      description: 'sub-items sorted as done, on schedule or behind it',
      row: { task: '全年实事细分为20个子项目,', progress: '至9月底,甲、乙等4个子项目已完成任务,丙等10个子项目正在推进,丁等6个子项目进展滞后。' },
      expected: [],
    },
    {
      description: 'a count of villages whose problem is solved is works to do, not a list of problems',
      row: { task: '解决30个村饮水安全问题', progress: '完成投资500万元,已解决12个村。' },
      expected: [30],
    },
  ])('$description', ({ row, expected }) => {
    expect(targetValuesOfRow(row)).toEqual(expected);
  });
});
