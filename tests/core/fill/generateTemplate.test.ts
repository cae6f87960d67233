import { MemoryWorkbook } from '../../support/memoryWorkbook';
import { checkGrid } from '../../../src/core/check/checkGrid';
import { generateTemplate } from '../../../src/core/fill/generateTemplate';

async function applied(operations: Parameters<MemoryWorkbook['apply']>[0]) {
  const workbook = MemoryWorkbook.fromSheets({});
  await workbook.apply(operations);
  return workbook;
}

describe('generateTemplate', () => {
  it('writes the title, the metadata lines and the standard header of the period', async () => {
    const workbook = await applied(
      generateTemplate({ sheet: '三季度', year: 2021, period: '三季度', unit: '济南市卫生健康委', reportDate: { year: 2021, month: 10, day: 11 } }),
    );
    const grid = await workbook.readSheet('三季度');
    expect(grid.text.map((row) => row.filter((cell) => cell !== ''))).toEqual([
      ['2021年《政府工作报告》重点工作任务和民生实事三季度进展情况'],
      ['填报单位：济南市卫生健康委'],
      ['填报时间：2021年10月11日'],
      ['序号', '《政府工作报告》重点工作任务（省、市民生实事）', '时间', '节点任务', '进展情况', '自我评价'],
    ]);
  });

  it('gives a sheet the check finds nothing wrong with', async () => {
    const workbook = await applied(
      generateTemplate({ sheet: '三季度', year: 2021, period: '三季度', unit: '济南市卫生健康委', reportDate: { year: 2021, month: 10, day: 11 } }),
    );
    const check = checkGrid(await workbook.readSheet('三季度'));
    expect({ unit: check.unit, period: check.period, issues: check.issues }).toEqual({ unit: '济南市卫生健康委', period: '三季度', issues: [] });
  });

  it('makes the sheet fillable and printable: merged title, widths, frozen header, drop-downs, A4 landscape', async () => {
    const workbook = await applied(generateTemplate({ sheet: '表', year: 2022, period: '四季度', bodyRows: 20 }));
    const sheet = workbook.sheet('表');
    expect(sheet?.merges).toEqual([{ top: 0, left: 0, bottom: 0, right: 5 }]);
    expect(sheet?.columnWidths).toHaveLength(6);
    expect(sheet?.columnWidths[1]).toBeGreaterThan(sheet?.columnWidths[0] ?? Infinity);
    expect(sheet?.frozenRows).toBe(4);
    expect(sheet?.validations).toEqual([
      { range: 'C5:C24', list: expect.arrayContaining(['一季度', '二季度', '三季度', '四季度', '上半年', '全年']) },
      { range: 'F5:F24', list: ['完成', '基本完成', '序时推进', '超序时推进', '未完成', '滞后'] },
    ]);
    expect(sheet?.pageSetup).toEqual({ orientation: 'landscape', paperSize: 'A4', printTitleRows: { first: 4, last: 4 }, fitToWidth: true });
    expect(sheet?.formats.get('B4')).toMatchObject({ bold: true, wrap: true });
    expect(sheet?.formats.get('E24')).toMatchObject({ wrap: true, border: true });
    expect(sheet?.formats.get('E25')).toBeUndefined();
  });

  it.each([
    { description: 'offers a bureau’s own 自我评价 vocabulary in the drop-down', selfAssessments: ['好', '中', '差'], expected: ['好', '中', '差'] },
    { description: 'offers the standard vocabulary when none is given', selfAssessments: undefined, expected: ['完成', '基本完成', '序时推进', '超序时推进', '未完成', '滞后'] },
  ])('$description', async ({ selfAssessments, expected }) => {
    const workbook = await applied(generateTemplate({ sheet: '表', year: 2022, period: '上半年', selfAssessments }));
    expect(workbook.sheet('表')?.validations.find((validation) => validation.range.startsWith('F'))?.list).toEqual(expected);
  });

  it('adds the sheet without replacing an existing one unless asked', async () => {
    const workbook = MemoryWorkbook.fromSheets({ 三季度: [['旧表']] });
    await expect(workbook.apply(generateTemplate({ sheet: '三季度', year: 2021, period: '三季度' }))).rejects.toThrow('三季度');
    await workbook.apply(generateTemplate({ sheet: '三季度', year: 2021, period: '三季度', replace: true }));
    expect((await workbook.readSheet('三季度')).text[0]?.[0]).toMatch(/^2021年/);
  });
});
