/** The sentence of an unclear verdict says why, and names the figure looked at though none is reported. */
import { analyzeTargets, describeTarget } from '../../../src/core/targets';
import { reportOf, type RowSpec } from './reportFixtures';

const cases: { description: string; row: RowSpec; zh: string; en: string }[] = [
  {
    description: 'figures of another total',
    row: { task: '12个农村供水项目纳入年度考核。', progress: '截至目前，下达的30个水利项目已开工24个，完工9个。' },
    zh: '“完工9个”是进展情况中另一个总数的一部分，无法确定其中多少属于“12个农村供水项目”',
    en: '"完工9个" is part of another total in the progress; how much of it belongs to "12个农村供水项目" cannot be told',
  },
  {
    description: 'works only started',
    row: { task: '9个乡镇卫生院迁建项目', progress: '已开工7个、开工率77.8%，完成投资6200万元。' },
    zh: '“已开工7个”只计开工、在建或筹备中的，无法确定“9个乡镇卫生院迁建项目”完成了多少',
    en: '"已开工7个" counts works started, under way or in preparation; how much of "9个乡镇卫生院迁建项目" is done cannot be told',
  },
  {
    description: "a figure of the target's kind that names other things",
    row: { task: '全年改造农村危房800套。', progress: '上年度分配公租保障用房520套，今年各项工作有序推进。' },
    zh: '进展情况中的“上年度分配公租保障用房520套”能否对应“改造农村危房”无法确定',
    en: 'Whether "上年度分配公租保障用房520套" in the progress measures "改造农村危房" cannot be told',
  },
  {
    description: 'the work said nearly done, without a number',
    row: { task: '新建社区卫生服务站12个。', progress: '已基本建成，正在进行设备安装。' },
    zh: '进展情况称“已基本建成”，没有给出数字，无法确定是否达到“新建社区卫生服务站12个”',
    en: 'The progress says "已基本建成" (nearly done) without a number; whether "新建社区卫生服务站12个" is reached cannot be told',
  },
];

describe('the sentence of an unclear verdict', () => {
  it.each(cases)('$description', ({ row, zh, en }) => {
    const [target] = analyzeTargets(reportOf([row])).targets;
    expect(target?.verdict).toBe('unclear');
    expect(target?.reported).toBeNull();
    if (!target) return;
    expect(describeTarget(target, 'zh-CN')).toContain(zh);
    expect(describeTarget(target, 'en')).toContain(en);
  });
});
