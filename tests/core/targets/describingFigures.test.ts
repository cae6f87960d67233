/**
 * Descriptions of the things counted, not amounts to reach: a share a part makes of a whole as things stand
 * (`占全县总户数的9.32%`), and a sum that sizes the projects counted (`209项10亿元新建工业项目`); a share to
 * reach says so with a verb or a comparator. Sentences of real reports, and counter-examples in the same style.
 */
import { extractTargets } from '../../../src/core/targets';

function valuesOf(text: string): number[] {
  return extractTargets(text, { year: 2016 }).map((statement) => statement.value);
}

describe('shares of a whole as things stand', () => {
  it.each([
    {
      description: 'a county’s dilapidated houses as a share of all its households',
      text: '宁明县辖13个乡镇114190户群众,其中农村危房共10642户,占全县总户数的9.32%。',
      notAmong: 9.32,
    },
    {
      description: 'the poor households’ share of a resettlement plan, after their counts',
      text: '易地扶贫搬迁三年行动计划涉及4942户19776人,其中:建档立卡户3660户14617人,建档立卡户占74%。',
      notAmong: 74,
    },
  ])('$description', ({ text, notAmong }) => {
    expect(valuesOf(text)).not.toContain(notAmong);
  });

  it.each([
    { description: 'a share raised to a level', text: '文化及相关产业增加值占GDP比重提升至5%', expected: 5 },
    { description: 'a share to reach, with 达到', text: '公办园在园幼儿占比达到50%', expected: 50 },
    { description: 'a share of the whole with its level to reach after 的', text: '普惠性幼儿园在园幼儿占全县在园幼儿的比重达到85%以上', expected: 85 },
    { description: 'a named share (占比) without a verb', text: '研发经费投入占比2.5%', expected: 2.5 },
  ])('$description stays a target', ({ text, expected }) => {
    expect(valuesOf(text)).toContain(expected);
  });
});

describe('a sum between a count and the projects counted', () => {
  it.each([
    { description: 'projects of ten hundred million yuan to build', text: '今年全区重点调度的209项10亿元新建工业项目', kept: [209], dropped: 1000000000 },
    { description: 'projects of that size to start', text: '其中,今年全区重点调度的209项10亿元新开工项目', kept: [209], dropped: 1000000000 },
  ])('$description: the count is the target, not the sum', ({ text, kept, dropped }) => {
    const values = valuesOf(text);
    expect(values).toEqual(expect.arrayContaining(kept));
    expect(values).not.toContain(dropped);
  });

  it('reads the count’s indicator after the size: the projects counted', () => {
    const [count] = extractTargets('今年全区重点调度的209项10亿元新开工项目', { year: 2012 });
    expect(count?.context.indicator).toBe('新开工项目');
    expect(count?.context.phrase).toBe('今年全区重点调度的209项10亿元新开工项目');
  });

  it.each([
    { description: 'an investment to reach in the projects', text: '完成12个项目投资5亿元', expected: 500000000 },
    { description: 'a sum after a count, for the projects’ investment', text: '实施重点项目20个,年度计划投资15亿元用于项目建设', expected: 1500000000 },
  ])('$description stays a target', ({ text, expected }) => {
    expect(valuesOf(text)).toContain(expected);
  });
});

describe('the bodies that carry a work out', () => {
  it.each([
    { description: 'professional groups that push the tasks on', text: '精细化百项任务共分为8大类,由8个专业组分别推进,年度计划投资110.8亿元,', dropped: 8 },
    { description: 'the lead units a year’s list involves', text: '上海市政府于2018年共安排31项实事,涉及16家牵头责任单位,年度计划投资111.9亿元', dropped: 16 },
    { description: 'the departments that lead the tasks, with 牵头 after them', text: '全年民生实事分为28项,由21个市级部门牵头,年度计划投资40亿元', dropped: 21 },
  ])('$description are no target', ({ text, dropped }) => {
    expect(valuesOf(text)).not.toContain(dropped);
  });

  it.each([
    { description: 'task forces to set up', text: '组建5个工作专班,推进重点项目建设', expected: 5 },
    { description: 'village groups reached by roads (小组 of villagers, not of workers)', text: '解决2056个村民小组通达', expected: 2056 },
  ])('$description stay targets', ({ text, expected }) => {
    expect(valuesOf(text)).toContain(expected);
  });
});

describe('the whole a part or share to reach is taken from', () => {
  it.each([
    { description: 'the households a share of which is to be housed', text: '提出到“十一五”末让住房条件比较差的28万户中的80%、约23万户住上安全适用的房屋', kept: [80], dropped: 280000 },
    { description: 'the projects some of which are to start', text: '一季度,我区45个重大产业项目中的31个工业项目', kept: [31], dropped: 45 },
  ])('$description', ({ text, kept, dropped }) => {
    const values = valuesOf(text);
    expect(values).toEqual(expect.arrayContaining(kept));
    expect(values).not.toContain(dropped);
  });

  it.each([
    { description: 'rivers named with 中 in their kind (中小河流)', text: '消除100条中小河流中的“劣ⅴ”水体', expected: 100 },
    { description: 'projects counted before 中, with no part figured after it', text: '29个新建项目中,年内开工', expected: 29 },
  ])('$description stay targets', ({ text, expected }) => {
    expect(valuesOf(text)).toContain(expected);
  });
});

describe('words after a figure that only call it an aim', () => {
  it.each([
    { description: 'a rate to reach, then 的目标', text: '省委、省政府要求7月底前开工率实现70%的目标', indicator: '开工率实现', notes: '贵州 2012' },
    { description: 'a count to build, then 的目标任务', text: '建成通组公路5万公里的目标任务', indicator: '通组公路' },
    { description: 'a count, then 的任务', text: '完成农村危房改造500户的任务', indicator: '农村危房改造' },
  ])('$description: the indicator is read before the figure', ({ text, indicator }) => {
    const [statement] = extractTargets(text, { year: 2012 });
    expect(statement?.context.indicator).toContain(indicator);
    expect(statement?.context.indicator).not.toMatch(/目标|任务$/);
  });

  it('a thing counted after the figure is still its indicator (counter-example)', () => {
    const [statement] = extractTargets('新建改扩建17家社区卫生服务中心', { year: 2012 });
    expect(statement?.context.indicator).toBe('社区卫生服务中心');
  });
});
