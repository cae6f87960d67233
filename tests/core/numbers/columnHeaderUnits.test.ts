/**
 * A figure of a table row pasted after its column's header counts in the unit the header prints in parentheses
 * (`工作目标(个) 600`, `年度计划(万元) 50000`). Rows in the style of 水利投资 and 老旧小区 tables, with counter-examples where a
 * parenthesis holds no unit or the figure carries its own.
 */
import { columnHeaderBefore, parseQuantities } from '../../../src/core/numbers';
import { cellUnitNoteOf } from '../../../src/core/numbers/_lib/columnHeaderUnit';

const read = (text: string) => parseQuantities(text).quantities.map(({ text: written, value, unit }) => ({ written, value, unit }));

describe('figures under a column header with its unit', () => {
  it.each([
    {
      description: 'two money columns of a row, each in 万元',
      input: '2 | 太湖治理 | 年度计划(万元) 50000 | 中央资金(万元) 6000',
      expected: [{ written: '50000', value: 500000000, unit: '元' }, { written: '6000', value: 60000000, unit: '元' }],
    },
    {
      description: 'the actual columns, beside shares that carry their own sign',
      input: '投资完成(万元) 34700 | 中央完成(万元) 3100 | 完成率 69.4% | 51.7%',
      expected: [
        { written: '34700', value: 347000000, unit: '元' },
        { written: '3100', value: 31000000, unit: '元' },
        { written: '69.4%', value: 69.4, unit: '%' },
        { written: '51.7%', value: 51.7, unit: '%' },
      ],
    },
    { description: 'a count of things', input: '工作目标(个) 600', expected: [{ written: '600', value: 600, unit: '个' }] },
    {
      description: 'a figure past the words of a sub-column, each header reaching only its own figure',
      input: '河北 新开工改造小区数(个) 计划任务数 3698 涉及居民户数(万户) 计划任务数 53.00',
      expected: [{ written: '3698', value: 3698, unit: '个' }, { written: '53.00', value: 530000, unit: '户' }],
    },
    { description: 'full-width parentheses and a colon', input: '新增就业（人）：2600', expected: [{ written: '2600', value: 2600, unit: '人' }] },
    { description: 'a standard paid per month and head', input: '城市低保标准 | 工作目标(元/月/人) 600', expected: [{ written: '600', value: 600, unit: '元' }] },
    { description: 'a standard paid per year', input: '高龄津贴 | 发放标准(万元/年) 0.12', expected: [{ written: '0.12', value: 1200, unit: '元' }] },
    { description: 'a percent column', input: '已完成。 | 完成工作进度(%) 100', expected: [{ written: '100', value: 100, unit: '%' }] },
    {
      description: 'a signed figure under its header, the sign between them',
      input: '北 京 | 2007年万元GDP能耗 降低目标(%) -5.00 | 降低率(%) −6.04',
      expected: [{ written: '-5.00', value: -5, unit: '%' }, { written: '−6.04', value: -6.04, unit: '%' }],
      notes: '全国 2007 节能目标完成情况公告',
    },
    { description: 'a range’s dash is no sign: the header reaches no figure past it (counter-example)', input: '完成数(个) 1-3', expected: [] },
  ])('reads $description', ({ input, expected }) => {
    expect(read(input)).toEqual(expected);
  });

  it.each([
    { description: 'a year in parentheses', input: '完成投资(2019年) 500' },
    { description: 'an ordinal in parentheses', input: '重点项目(一) 12' },
    { description: 'what a figure includes', input: '新建学校(含改扩建) 8' },
    { description: 'a part named in parentheses', input: '安置住房(其中公租房) 300' },
    { description: 'a rate of people per ten thousand', input: '每万人口全科医生数(人/万人) 3' },
    { description: 'visits a year', input: '送戏下乡(次/年) 4' },
    { description: 'a bar between the header and the figure', input: '年度计划(万元) | 50000' },
    { description: 'a sentence mark between them', input: '完成投资(万元)，其余 300' },
  ])('gives no unit to a bare number after $description', ({ input }) => {
    expect(read(input).filter((quantity) => quantity.unit !== '')).toEqual([]);
  });

  it('gives the unit to the first bare figure after the header only, not to a second one of the segment', () => {
    expect(read('年度计划(万元) 50000 6000')).toEqual([{ written: '50000', value: 500000000, unit: '元' }]);
  });

  it('leaves a figure that writes its own unit in that unit', () => {
    expect(read('年度计划(万元) 3.2亿元')).toEqual([{ written: '3.2亿元', value: 320000000, unit: '元' }]);
    expect(read('新建公厕(座) 12个')).toEqual([{ written: '12个', value: 12, unit: '个' }]);
  });

  it.each([
    {
      description: 'a unit line on a line of its own',
      input: '单位:万元\n年度计划 5000 完成 3200 占比 64%',
      expected: [{ written: '5000', value: 50000000, unit: '元' }, { written: '3200', value: 32000000, unit: '元' }, { written: '64%', value: 64, unit: '%' }],
    },
    { description: 'a unit line in parentheses', input: '（单位：个）新建 12 已建 8', expected: [{ written: '12', value: 12, unit: '个' }, { written: '8', value: 8, unit: '个' }] },
  ])('gives the unit of $description heading the cell to its bare figures', ({ input, expected }) => {
    expect(read(input)).toEqual(expected);
  });

  it.each([
    { description: 'an office in charge', input: '责任单位:县住建局 12' },
    { description: 'a line naming two units, which a bare figure cannot choose between', input: '单位:个、亿元 57 82.5' },
    { description: 'a line that names no unit', input: '单位:县住建局 12' },
    { description: 'a unit note at the end of the cell, not heading it', input: '新建公厕 12(单位:座)' },
  ])('gives no unit from $description', ({ input }) => {
    expect(read(input).filter((quantity) => quantity.unit !== '')).toEqual([]);
  });

  it('names the column and the sub-column a figure stands under', () => {
    const text = '涉及居民户数(万户) 开工数 38.87';
    const header = columnHeaderBefore(text, text.indexOf('38.87'));
    expect(header && text.slice(header.nameStart, header.nameEnd)).toBe('涉及居民户数');
    expect(header && text.slice(header.subColumnStart, header.subColumnEnd)).toBe('开工数');
  });

  it('keeps an alternative in parentheses inside the column\'s name, and stops at a parenthesis of words before it', () => {
    const text = '完成投(筹)资(万元) 30529.24';
    const header = columnHeaderBefore(text, text.indexOf('30529.24'));
    expect(header && text.slice(header.nameStart, header.nameEnd)).toBe('完成投(筹)资');
    const other = '(一)完成投资(万元) 200';
    const otherHeader = columnHeaderBefore(other, other.indexOf('200'));
    expect(otherHeader && other.slice(otherHeader.nameStart, otherHeader.nameEnd)).toBe('完成投资');
  });

  // Its time is the bench's (the worst cell section, `figures under column headers with units`), not a unit test's.
  it('reads every figure of a 32,767-character cell of headed figures with its header unit', () => {
    const cell = '年度计划(万元) 50000 | 中央资金(万元) 6000 | '.repeat(1200).slice(0, 32767);
    const quantities = parseQuantities(cell).quantities;
    expect(quantities.length).toBeGreaterThan(1900);
    expect(quantities.filter((quantity) => quantity.value === 50000e4 || quantity.value === 6000e4).length).toBe(quantities.length);
  });

  it('reads a unit line after a cell of spaces', () => {
    expect(cellUnitNoteOf(`${' '.repeat(20)}(单位：万元)`)?.factor).toBe(1e4);
    expect(cellUnitNoteOf(`${' '.repeat(20)}单位：万元 12`)?.factor).toBe(1e4);
    expect(cellUnitNoteOf(`${' '.repeat(20)}(  单位：万元)`)?.factor).toBe(1e4);
  });
});
