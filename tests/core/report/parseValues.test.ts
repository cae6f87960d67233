import {
  compareSerials,
  daysInMonth,
  parseCalendarDate,
  parsePeriod,
  parseResponsibility,
  parseSerial,
  periodCoversReport,
  periodEndDate,
  unitKey,
  type Period,
  type Serial,
} from '../../../src/core';

describe('parseSerial reads the three serial forms', () => {
  const cases: { description: string; input: string | number | null; expected: Serial | null }[] = [
    { description: 'a number cell', input: 40, expected: { form: 'number', number: 40, text: '40' } },
    { description: 'a number typed as text', input: ' 112 ', expected: { form: 'number', number: 112, text: '112' } },
    { description: 'full-width digits', input: '１１２', expected: { form: 'number', number: 112, text: '１１２' } },
    { description: 'a city item in Chinese numerals', input: '为民办实事第六项', expected: { form: 'cityLivelihood', number: 6, text: '为民办实事第六项' } },
    { description: 'a province item with spaces', input: '省民生实事第 16 项', expected: { form: 'provinceLivelihood', number: 16, text: '省民生实事第 16 项' } },
    { description: 'a province item spaced out by a PDF copy', input: '省 民 生 实 事 第 17 项', expected: { form: 'provinceLivelihood', number: 17, text: '省 民 生 实 事 第 17 项' } },
    { description: 'a city item numbered 二十一', input: '为民办实事第二十一项', expected: { form: 'cityLivelihood', number: 21, text: '为民办实事第二十一项' } },
    { description: 'a fragment of a split serial', input: '省民', expected: { form: 'other', text: '省民' } },
    { description: 'a fractional number', input: 1.5, expected: { form: 'other', text: '1.5' } },
    { description: 'an empty cell', input: '  ', expected: null },
    { description: 'no cell', input: null, expected: null },
  ];
  it.each(cases)('$description', ({ input, expected }) => {
    expect(parseSerial(input)).toEqual(expected);
  });
});

describe('compareSerials orders serials naturally', () => {
  it('puts integers first, then 为民办实事 by number, then 省民生实事 by number, then the rest in their order', () => {
    const texts = ['省民生实事第2项', '其他甲', '112', '为民办实事第十项', '40', '省民生实事第16项', '为民办实事第六项', '其他乙', '9'];
    const serials = texts.map((text) => parseSerial(text)).filter((serial): serial is Serial => serial !== null);
    const sorted = [...serials].sort(compareSerials).map((serial) => serial.text);
    expect(sorted).toEqual(['9', '40', '112', '为民办实事第六项', '为民办实事第十项', '省民生实事第2项', '省民生实事第16项', '其他甲', '其他乙']);
  });
});

describe('parsePeriod reads the periods sheets use', () => {
  const cases: { description: string; input: string; expected: Omit<Period, 'label'> | null }[] = [
    { description: '三季度', input: '三季度', expected: { kind: 'quarter', startMonth: 7, endMonth: 9 } },
    { description: '第一季度', input: '第一季度', expected: { kind: 'quarter', startMonth: 1, endMonth: 3 } },
    { description: '一、二季度', input: '一、二季度', expected: { kind: 'quarters', startMonth: 1, endMonth: 6 } },
    { description: '前三季度', input: '前三季度', expected: { kind: 'quarters', startMonth: 1, endMonth: 9 } },
    { description: '上半年', input: '上半年', expected: { kind: 'half', startMonth: 1, endMonth: 6 } },
    { description: '下半年', input: '下半年', expected: { kind: 'half', startMonth: 7, endMonth: 12 } },
    { description: '全年', input: '全年', expected: { kind: 'year', startMonth: 1, endMonth: 12 } },
    { description: '年底前', input: '年底前', expected: { kind: 'yearEnd', startMonth: 1, endMonth: 12 } },
    { description: 'one month', input: '9月', expected: { kind: 'month', startMonth: 9, endMonth: 9 } },
    { description: 'a month range with a dash', input: '1-9月', expected: { kind: 'months', startMonth: 1, endMonth: 9 } },
    { description: 'a month range with 至', input: '1至9月', expected: { kind: 'months', startMonth: 1, endMonth: 9 } },
    { description: 'a period with a line break', input: '三\n季度', expected: { kind: 'quarter', startMonth: 7, endMonth: 9 } },
    { description: 'an impossible month', input: '13月', expected: null },
    { description: 'quarters that are not adjacent', input: '一、三季度', expected: null },
    { description: 'free text', input: '尽快', expected: null },
    { description: 'nothing', input: '', expected: null },
  ];
  it.each(cases)('$description', ({ input, expected }) => {
    const period = parsePeriod(input);
    expect(period === null ? null : { kind: period.kind, startMonth: period.startMonth, endMonth: period.endMonth }).toEqual(expected);
  });

  it.each([
    { description: '三季度 ends on 9月30日', input: '三季度', year: 2021, expected: { year: 2021, month: 9, day: 30 } },
    { description: '上半年 ends on 6月30日', input: '上半年', year: 2021, expected: { year: 2021, month: 6, day: 30 } },
    { description: '2月 of a leap year ends on the 29th', input: '2月', year: 2024, expected: { year: 2024, month: 2, day: 29 } },
    { description: '年底前 ends on 12月31日', input: '年底前', year: 2022, expected: { year: 2022, month: 12, day: 31 } },
  ])('$description', ({ input, year, expected }) => {
    const period = parsePeriod(input);
    expect(period && periodEndDate(period, year)).toEqual(expected);
  });

  it.each([
    { description: 'the same quarter is the report period', row: '三季度', report: '三季度', expected: true },
    { description: 'a year-long task is reported every quarter', row: '全年', report: '三季度', expected: true },
    { description: 'months up to the quarter end match', row: '1-9月', report: '三季度', expected: true },
    { description: 'an earlier half year is not this quarter', row: '一、二季度', report: '三季度', expected: false },
    { description: 'a later quarter is not this quarter', row: '四季度', report: '三季度', expected: false },
  ])('$description', ({ row, report, expected }) => {
    const rowPeriod = parsePeriod(row);
    const reportPeriod = parsePeriod(report);
    expect(rowPeriod && reportPeriod && periodCoversReport(rowPeriod, reportPeriod)).toBe(expected);
  });
});

describe('parseCalendarDate reads dates as written or stored', () => {
  it.each([
    { description: 'Chinese date text', input: '2021年10月11日', expected: { year: 2021, month: 10, day: 11 } },
    { description: 'Chinese date text with spaces and 号', input: '2021 年 10 月 11 号', expected: { year: 2021, month: 10, day: 11 } },
    { description: 'ISO date', input: '2021-10-11', expected: { year: 2021, month: 10, day: 11 } },
    { description: 'ISO date and time from a host', input: '2021-10-11T00:00:00.000Z', expected: { year: 2021, month: 10, day: 11 } },
    { description: 'slashes', input: '2021/10/11', expected: { year: 2021, month: 10, day: 11 } },
    { description: 'dots', input: '2021.10.11', expected: { year: 2021, month: 10, day: 11 } },
    { description: 'an Excel serial', input: 44480, expected: { year: 2021, month: 10, day: 11 } },
    { description: 'an Excel serial typed as text', input: '44480', expected: { year: 2021, month: 10, day: 11 } },
    { description: 'a day that does not exist', input: '2021年2月30日', expected: null },
    { description: 'a small number is no date', input: 40, expected: null },
    { description: 'text without a date', input: '十月中旬', expected: null },
  ])('$description', ({ input, expected }) => {
    expect(parseCalendarDate(input)).toEqual(expected);
  });
});

describe('parseResponsibility reads the units of a task', () => {
  it.each([
    {
      description: 'leaders and units, full-width colons',
      input: '开工建设济南黄河体育中心。(责任领导：郑德雁、王桂英，责任单位：市卫生健康委、市工业和信息化局)',
      leaders: ['郑德雁', '王桂英'],
      units: ['市卫生健康委', '市工业和信息化局'],
    },
    {
      description: 'a lead unit and responsible units separated by a semicolon',
      input: '开展新兴消费扩容行动。(牵头单位：市商务局；责任单位：市卫生健康委、市文化和旅游局)',
      leaders: [],
      units: ['市商务局', '市卫生健康委', '市文化和旅游局'],
    },
    {
      description: 'full-width brackets and 牵头部门',
      input: '提升县级医疗机构服务能力。（牵头部门：省卫生健康委）',
      leaders: [],
      units: ['省卫生健康委'],
    },
    {
      description: 'half-width colons and commas, and a unit with its own parentheses',
      input: '充分发挥平台作用。(责任领导:王京文,责任单位:市投资促进局、中国(山东)自贸试验区济南片区管委会)',
      leaders: ['王京文'],
      units: ['市投资促进局', '中国(山东)自贸试验区济南片区管委会'],
    },
    {
      description: 'a parenthesis cut off by a page break',
      input: '推进“残疾人之家”建设。(责任领导:王桂英,责任单位:市住房城乡建设局、市残联、',
      leaders: ['王桂英'],
      units: ['市住房城乡建设局', '市残联'],
    },
    { description: 'no parenthesis', input: '提高乡村医生待遇。', leaders: [], units: [] },
  ])('$description', ({ input, leaders, units }) => {
    const responsibility = parseResponsibility(input);
    expect(responsibility.leaders).toEqual(leaders);
    expect(responsibility.units).toEqual(units);
  });

  it.each([
    { description: 'a place name before 市', left: '济南市卫生健康委', right: '市卫生健康委', equal: true },
    { description: '委员会 and 委', left: '市卫生健康委员会', right: '市卫生健康委', equal: true },
    { description: 'the provincial counterpart', left: '济南市卫生健康委', right: '省卫生健康委', equal: true },
    { description: 'different bureaus', left: '济南市卫生健康委', right: '市教育局', equal: false },
    { description: '市市场监管局 keeps its 市场', left: '济南市市场监管局', right: '市市场监管局', equal: true },
    { description: 'a bureau named after markets is not the city of another', left: '市市场监管局', right: '市监管局', equal: false },
  ])('unit names compare by key: $description', ({ left, right, equal }) => {
    expect(unitKey(left) === unitKey(right)).toBe(equal);
  });
});

describe('daysInMonth counts the days of a Gregorian month', () => {
  it.each([
    { description: 'a 31-day month', year: 2021, month: 1, days: 31 },
    { description: 'a 30-day month', year: 2021, month: 9, days: 30 },
    { description: 'February of a common year', year: 2021, month: 2, days: 28 },
    { description: 'February of a leap year', year: 2024, month: 2, days: 29 },
    { description: 'February of a century year that is not a leap year', year: 2100, month: 2, days: 28 },
    { description: 'February of a year divisible by 400', year: 2000, month: 2, days: 29 },
    { description: 'December', year: 2021, month: 12, days: 31 },
  ])('$description', ({ year, month, days }) => {
    expect(daysInMonth(year, month)).toBe(days);
  });

  it('agrees with the calendar for every month from 1900 to 2100', () => {
    for (let year = 1900; year <= 2100; year += 1) {
      for (let month = 1; month <= 12; month += 1) expect(daysInMonth(year, month)).toBe(new Date(Date.UTC(year, month, 0)).getUTCDate());
    }
  });
});
