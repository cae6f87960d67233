/** The deadline a target's own text names (DOMAIN §4, deadline). */
import { deadlineInText, windowStartInText } from '../../../src/core/targets/_lib/targetDates';
import type { CalendarDate } from '../../../src/core/report/types';

const iso = (date: CalendarDate | null): string | null =>
  date === null ? null : `${date.year}-${String(date.month).padStart(2, '0')}-${String(date.day).padStart(2, '0')}`;

const cases: { description: string; sentence: string; expected: string | null }[] = [
  { description: 'a month named as the time to finish by', sentence: '9月底前完成改造40个', expected: '2022-09-30' },
  { description: 'the first half', sentence: '上半年新建公厕20座', expected: '2022-06-30' },
  { description: 'the year', sentence: '全年新增就业1万人', expected: '2022-12-31' },
  { description: 'the as-of date copied into the task is no deadline', sentence: '截至8月底，全市150项重点项目', expected: null },
  { description: 'an as-of day is no deadline either', sentence: '截止2022年9月30日，新建公厕20座', expected: null },
  { description: 'an as-of date beside a real deadline leaves the deadline', sentence: '截至6月底，计划10月底前建成社区食堂12个', expected: '2022-10-31' },
  { description: 'the end of the fourteenth five-year plan (国家卫健委)', sentence: '到“十四五”期末，每千人口托位数提高到4.5个', expected: '2025-12-31' },
  { description: 'the span of the twelfth five-year plan (安徽 2011)', sentence: '“十二五”期间,我省将再安排解决2043万农村人口', expected: '2015-12-31' },
  { description: 'the end of the eleventh, without 期 (西藏 2009)', sentence: '提出到“十一五”末让住房条件比较差的28万户中的80%住上安全适用的房屋', expected: '2010-12-31' },
  { description: 'a plan only cited as the start of a count is no deadline', sentence: '“十三五”以来，累计新改建农村公路20万公里', expected: null },
  { description: 'a plan a project is to be listed in is no deadline', sentence: '力争列入“十五五”省重大交通规划项目3个', expected: null },
  { description: 'a step of the months from the year’s start (铜梁 2024)', sentence: '根据项目开工计划,1-9月计划新开工项目67个', expected: '2022-09-30' },
  { description: 'a step of the first quarter’s months in 月份 (唐山 2019)', sentence: '市“十项重点工作”1-3月份工作任务1018项', expected: '2022-03-31' },
  { description: 'the months written with 至 (兰州 2023)', sentence: '1至6月计划投资274亿元', expected: '2022-06-30' },
  { description: 'the months a result is of are no deadline', sentence: '1-9月, 15个市级重点项目完成投资17.48亿元', expected: null },
  { description: 'months that do not start the year are no step from its start', sentence: '11-12月计划完成改造30户', expected: null },
  { description: 'a month named right before the step it is for (贵南 2019)', sentence: '各建设部门承诺3月份开复工36项', expected: '2022-03-31' },
  { description: 'a month heading its step (泰顺 2024)', sentence: '4月:完成筛查人数1480人(20%)。', expected: '2022-04-30' },
  { description: 'a month of a named year when a work is finished (栖霞 2024)', sentence: '项目位于西城储备库北侧，预计2024年5月完工，可新增1.6万吨储备粮', expected: '2024-05-31' },
  { description: 'a month a meeting was held in is no deadline', sentence: '3月份召开推进会，全年新建公厕20座', expected: '2022-12-31' },
  { description: 'the last month of the span a result is of is no deadline', sentence: '1-9月完成投资17.48亿元', expected: null },
  { description: 'a month inside 十二月 is not 二月', sentence: '十二月完成改造30户', expected: '2022-12-31' },
  { description: 'a quarter named before its step (大连 2021)', sentence: '“深入开展文化惠民活动项目”计划二季度完成公益惠民演出活动20场', expected: '2022-06-30' },
  { description: 'the first three quarters (重庆 2018)', sentence: '按照计划,今年前三季度应完成城市公园等项目55个', expected: '2022-09-30' },
  { description: 'a quarter of a campaign of starts (云南 2022)', sentence: '一季度集中开工重大产业项目1343个', expected: '2022-03-31' },
  { description: 'works started since a quarter are no step of it', sentence: '一季度以来集中开工重大产业项目1343个', expected: null },
  { description: 'a quarter early is no quarter to finish in: the year named stays the deadline', sentence: '双方计划提前一季度完成25万个基站的全年建设任务。', expected: '2022-12-31' },
  { description: 'the year a plan runs to (湖北 2019)', sentence: '到2020年，我国卫生厕所普及率要达到85%左右。', expected: '2020-12-31' },
  { description: 'the year a plan runs to, after 计划 (广东 2010)', sentence: '计划到2013年全面解决2005年调查确认的1600多万人饮水不安全问题', expected: '2013-12-31' },
  { description: 'an as-of year is no year to reach', sentence: '截至2021年，全市累计建成公厕300座', expected: null },
  { description: 'what should be done by the as-of date is due then', sentence: '截至6月底全区应完成危房改造120户', expected: '2022-06-30' },
  { description: 'what should be started by the as-of date, spaced as a table prints it', sentence: '截止 9 月底累计应开工项目 45 个', expected: '2022-09-30' },
  { description: 'an as-of date before a plan without 应 is still no deadline', sentence: '截至6月底，全区计划改造危房120户', expected: null },
  { description: 'a bare 至 and a month’s end opening the task, a comma after it, is an as-of date', sentence: '至5月底,上级下达我市资金计划8.2亿元', expected: null },
  { description: 'a bare 至 and a month’s end before the verb stays a deadline', sentence: '至9月底完成农村公路改造60公里', expected: '2022-09-30' },
  { description: 'a month’s end of the next year', sentence: '计划投资5亿元，明年3月底前全面建成污水管网40公里', expected: '2023-03-31' },
  { description: 'a month’s end of the year after, said 次年', sentence: '次年6月底前完成改造200户', expected: '2023-06-30' },
  { description: 'the first half of the next year', sentence: '明年上半年建成污水管网40公里', expected: '2023-06-30' },
  { description: 'the end of the next year', sentence: '明年底前完成改造200户', expected: '2023-12-31' },
  { description: 'the end of the next year, 年 written twice', sentence: '次年年底前完成改造200户', expected: '2023-12-31' },
];

describe('deadlineInText', () => {
  it.each(cases)('$description', ({ sentence, expected }) => {
    expect(iso(deadlineInText(sentence, '', 2022))).toBe(expected);
  });

  it('reads the year named after the report’s half, nearer the figure, as the deadline (维西 2024)', () => {
    const sentence = '上半年,全年纳入统筹整合涉农资金产业项目72个';
    expect(iso(deadlineInText(sentence, sentence.slice(0, sentence.indexOf('72')), 2024))).toBe('2024-12-31');
  });

  it('pairs each figure of a 分别 list with the year named at its place', () => {
    const sentence = '2020年和2021年全市分别安排改造任务300户和450户';
    const at = (figure: string) => deadlineInText(sentence, sentence.slice(0, sentence.indexOf(figure)), 2022);
    expect(iso(at('300户'))).toBe('2020-12-31');
    expect(iso(at('450户'))).toBe('2021-12-31');
  });

  it('pairs three years with three figures', () => {
    const sentence = '2019年、2020年、2021年分别新建公厕10座、12座和15座';
    expect(iso(deadlineInText(sentence, sentence.slice(0, sentence.indexOf('15座')), 2022))).toBe('2021-12-31');
  });

  it('reads no pair where the years are not listed before 分别', () => {
    const sentence = '两个县分别新建公厕10座和12座，2021年底前完成';
    expect(iso(deadlineInText(sentence, sentence.slice(0, sentence.indexOf('12座')), 2022))).toBe('2021-12-31');
  });

  it('dates the year’s figure by its own 全年, not by a step of the months in the clause after it', () => {
    const sentence = '全年计划新建公厕60座,1-6月计划新建25座';
    const at = (figure: string) => deadlineInText(sentence, sentence.slice(0, sentence.indexOf(figure)), 2024);
    expect(iso(at('60座'))).toBe('2024-12-31');
    expect(iso(at('25座'))).toBe('2024-06-30');
  });

  it('dates the figure by the 全年 of a clause after the months’ step', () => {
    const sentence = '1-9月计划开工项目40个,全年计划开工项目52个';
    const at = (figure: string) => deadlineInText(sentence, sentence.slice(0, sentence.indexOf(figure)), 2024);
    expect(iso(at('40个'))).toBe('2024-09-30');
    expect(iso(at('52个'))).toBe('2024-12-31');
  });

  it('keeps the step when 全年 only names the task the figure is a share of, in the step’s own clause', () => {
    const sentence = '1-8月计划完成全年任务的70%';
    expect(iso(deadlineInText(sentence, sentence.slice(0, sentence.indexOf('70')), 2024))).toBe('2024-08-31');
  });

  it('keeps the half when the year comes first (全年…，上半年…)', () => {
    const sentence = '全年新建公厕40座，上半年新建公厕20座';
    expect(iso(deadlineInText(sentence, sentence.slice(0, sentence.indexOf('20')), 2024))).toBe('2024-06-30');
  });
});

describe('windowStartInText', () => {
  it.each([
    { sentence: '到“十四五”期末，每千人口托位数提高到4.5个', expected: '2021-01-01' },
    { sentence: '十二五期间政府将建设3600万套保障房', expected: '2011-01-01' },
    { sentence: '“十三五”以来，累计新改建农村公路20万公里', expected: null },
  ])('$sentence → $expected', ({ sentence, expected }) => {
    expect(iso(windowStartInText(sentence))).toBe(expected);
  });
});
