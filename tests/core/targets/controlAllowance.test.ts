/**
 * A figure named as a 控制指标 or 控制数 is a ceiling of any unit (deaths, accidents, energy), answered by what was used of it;
 * rates of control, areas brought under control and plans of control stay things to raise or make. The first phrasings are
 * of 安全生产 and 能耗 reports; the counter-examples are written for this test in the same style.
 */
import { analyzeTargets, extractTargets } from '../../../src/core/targets';
import { reportOf } from './reportFixtures';

describe('a control allowance in a task', () => {
  const opsOf = (text: string): string[] => extractTargets(text, { year: 2013 }).map((statement) => `${statement.value} ${statement.op}`);

  it.each([
    { description: 'deaths allowed by a 控制指标 are a ceiling', text: '省政府下达年度安全生产死亡人数控制指标45人', expected: ['45 <='] },
    { description: 'accidents allowed by a 控制起数 are a ceiling', text: '较大事故控制起数4起', expected: ['4 <='] },
    { description: 'a 控制目标 of energy written with 为 is a ceiling', text: '“十三五”能耗总量(增量)控制目标为133万吨', expected: ['1330000 <='] },
    { description: 'a 控制指标数 is a ceiling', text: '全年道路交通事故死亡人数控制指标数28人', expected: ['28 <='] },
    { description: 'a rate of control stays a rate to raise', text: '高血压患者血压控制率达到60%', expected: ['60 >='] },
    { description: 'an area brought under control stays an amount to reach', text: '新增水土流失综合治理控制面积120平方公里', expected: ['120 >='] },
    { description: 'plans of control stay works to make', text: '编制控制性详细规划3个', expected: ['3 >='] },
    { description: 'a comparator of its own is kept', text: '死亡人数控制指标不少于45人', expected: ['45 >='] },
  ])('$description', ({ text, expected }) => {
    expect(opsOf(text)).toEqual(expected);
  });

  it('names what it allows, without the words 控制指标', () => {
    const [statement] = extractTargets('工矿商贸事故死亡人数控制指标13人', { year: 2013 });
    expect(statement?.context.indicator).toBe('工矿商贸事故死亡人数');
  });
});

describe('a control allowance judged', () => {
  const judged = (task: string, progress: string): string[] =>
    analyzeTargets(reportOf([{ task, progress }], 2013, '上半年')).targets.map((target) => `${target.value} ${target.op} ${target.reported?.value ?? '-'} ${target.verdict}`);

  it('is met while what was used stays under it, whatever share of the year has passed', () => {
    expect(judged('年度安全生产死亡人数控制指标45人、较大事故控制起数4起', '1-6月实际死亡11人、占全年进度控制指标的24.44%,发生较大事故1起、占全年进度控制指标的25%。'))
      .toEqual(['45 <= 11 met', '4 <= 1 met']);
  });

  it('is unmet once what was used goes past it', () => {
    expect(judged('较大事故控制起数5起', '全市发生较大事故7起,超出省下达的全年控制指标数。')).toEqual(['5 <= 7 unmet']);
  });
});
