/**
 * Names listed before `分别` pair with the figures after it, in order, and a fall named as the target (`削减目标`) gives every
 * figure of the list its direction. The first phrasings are of a province's 减排 report and of 低保 and 医保 tasks; the
 * counter-examples are written for this test in the same style.
 */
import { analyzeTargets, extractTargets } from '../../../src/core/targets';
import { namesBeforeDistribution } from '../../../src/core/targets/_lib/namesBeforeDistribution';
import { reportOf } from './reportFixtures';

describe('names before 分别 paired with its figures', () => {
  const read = (text: string): string[] =>
    extractTargets(text, { year: 2015 }).map((statement) => `${statement.context.indicator} ${statement.value} ${statement.direction ?? '-'}`);

  it.each([
    {
      description: 'four cuts, each of its own pollutant, all of them falls',
      text: '今年我省化学需氧量、二氧化硫、氨氮、氮氧化物排放量年度削减目标分别为1%、1%、2.5%和5.1%。',
      expected: ['今年我省化学需氧量 1 down', '二氧化硫 1 down', '氨氮 2.5 down', '氮氧化物排放量年度削减目标 5.1 down'],
    },
    {
      description: 'two works on one thing, each named before 分别, take the thing the last names',
      text: '新建、改扩建幼儿园分别不少于20所和30所',
      expected: ['新建幼儿园 20 -', '改扩建幼儿园 30 -'],
    },
    {
      description: 'two rates joined by 和 pair as names joined by 、 do',
      text: '新生儿遗传代谢病筛查率和新生儿听力障碍筛查率分别达到98%以上和95%以上',
      expected: ['新生儿遗传代谢病筛查率 98 -', '新生儿听力障碍筛查率 95 -'],
    },
    {
      description: 'more names than figures leave the list one indicator',
      text: '城市、农村、特困低保标准分别为600元和400元',
      expected: ['特困低保标准 600 -', '特困低保标准 400 -'],
    },
    {
      description: 'one name before 分别 leaves the list one indicator',
      text: '示范标准村卫生室分别不少于20个和50个',
      expected: ['示范标准村卫生室 20 -', '示范标准村卫生室 50 -'],
    },
  ])('$description', ({ text, expected }) => {
    expect(read(text)).toEqual(expected);
  });

  it('leaves names that hold figures of their own (a change from a base) unpaired', () => {
    const text = '城镇、农村低保标准从574元、271元分别提高到609元、300元';
    expect(namesBeforeDistribution(text, text.indexOf('609'), 2)).toBeNull();
    const plain = '城镇、农村低保标准分别提高到609元、300元';
    expect(namesBeforeDistribution(plain, plain.indexOf('609'), 2)).toEqual(['城镇', '农村低保标准']);
  });

  it('answers each cut by the fall of its own pollutant', () => {
    const { targets } = analyzeTargets(reportOf([{
      task: '今年我省化学需氧量、二氧化硫、氨氮、氮氧化物排放量年度削减目标分别为1%、1%、2.5%和5.1%。',
      progress: '上半年我省化学需氧量排放量为63.2万吨,同比下降2.44%。二氧化硫排放量为59.15万吨,同比下降5.43%。氨氮排放量为5.1万吨,同比下降2.64%。氮氧化物排放量为73.17万吨,同比下降0.8%。',
    }], 2015, '二季度'));
    expect(targets.map((target) => `${target.value} ${target.reported?.value ?? '-'} ${target.verdict}`)).toEqual(['1 2.44 met', '1 5.43 met', '2.5 2.64 met', '5.1 0.8 behind']);
  });
});

describe('a fall named as the target', () => {
  const directions = (text: string): string[] => extractTargets(text, { year: 2015 }).map((statement) => `${statement.value} ${statement.direction ?? '-'}`);

  it.each([
    { description: 'a 削减目标 is a fall', text: '二氧化硫排放量年度削减目标为3%', expected: ['3 down'] },
    { description: 'a 减排任务 is a fall', text: '主要污染物减排任务是2%', expected: ['2 down'] },
    { description: 'a fall named after its figure is read as before', text: '二氧化硫排放量下降3%', expected: ['3 down'] },
    { description: 'a level named as a target has no direction', text: '森林覆盖率目标为45%', expected: ['45 -'] },
  ])('$description', ({ text, expected }) => {
    expect(directions(text)).toEqual(expected);
  });
});
