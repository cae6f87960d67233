import { MemoryWorkbook } from '../../support/memoryWorkbook';
import { generateNextQuarter } from '../../../src/core/fill/generateNextQuarter';
import { nextPeriod } from '../../../src/core/fill/nextPeriod';
import { gridFromRows, type CellValue, type SheetGrid } from '../../../src/core/grid/sheetGrid';
import { parsePeriod } from '../../../src/core/report/parsePeriod';
import { parseReport } from '../../../src/core/report/parseReport';
import { seed000Rows } from '../../../src/core/sample/seed000';

const HEADER = ['序号', '重点工作任务', '时间', '节点任务', '进展情况', '自我评价'];

function reportOf(grid: SheetGrid) {
  const { report } = parseReport(grid);
  if (!report) throw new Error('test sheet must parse');
  return report;
}

async function generated(rows: readonly (readonly CellValue[])[]) {
  const grid = gridFromRows('本季度', rows);
  const result = generateNextQuarter(grid, reportOf(grid));
  const workbook = MemoryWorkbook.fromSheets({});
  await workbook.apply(result.operations);
  return { result, workbook, grid: result.sheet === '' ? null : await workbook.readSheet(result.sheet) };
}

describe('nextPeriod', () => {
  it.each([
    { description: 'advances a quarter', period: '三季度', expected: { label: '四季度', yearShift: 0 } },
    { description: 'rolls 四季度 over to 一季度 of the next year', period: '四季度', expected: { label: '一季度', yearShift: 1 } },
    { description: 'follows 一、二季度 with 三季度', period: '一、二季度', expected: { label: '三季度', yearShift: 0 } },
    { description: 'follows 上半年 with 三季度', period: '上半年', expected: { label: '三季度', yearShift: 0 } },
    { description: 'grows a cumulative month range by a quarter', period: '1-9月', expected: { label: '1-12月', yearShift: 0 } },
    { description: 'moves a single month on by three', period: '6月', expected: { label: '9月', yearShift: 0 } },
    { description: 'has no next quarter for a whole year', period: '全年', expected: null },
  ])('$description', ({ period, expected }) => {
    const parsed = parsePeriod(period);
    if (!parsed) throw new Error(`test period must parse: ${period}`);
    expect(nextPeriod(parsed)).toEqual(expected);
  });
});

describe('generateNextQuarter', () => {
  it('turns the seed-000 三季度 sheet into a 四季度 sheet with progress and 自我评价 cleared', async () => {
    const { result, grid } = await generated(seed000Rows);
    expect(result.issues).toEqual([]);
    expect(result.sheet).toBe('四季度');
    expect(grid?.text[0]?.[0]).toBe('2021年《政府工作报告》重点工作任务和民生实事四季度进展情况');
    expect(grid?.text[1]?.[0]).toBe('填报单位：济南市卫生健康委');
    expect(grid?.text[2]?.[0]).toBe('填报时间：');
    expect(grid?.values).toHaveLength(seed000Rows.length);
    const seedQuarterRows = seed000Rows.filter((row) => row[2] === '三季度').length;
    expect(grid?.values.filter((row) => row[2] === '四季度')).toHaveLength(seedQuarterRows);
    expect(result.rows).toBe(seedQuarterRows);
    expect(grid?.values.slice(4).some((row) => row[2] === '三季度')).toBe(false);
    expect(grid?.values.slice(4).every((row) => row[4] === null || row[4] === '进展情况')).toBe(true);
    expect(grid?.values.slice(4).every((row) => row[5] === null || row[5] === '自我评价')).toBe(true);
    // tasks and milestones stay as they were
    expect(grid?.values[4]?.slice(0, 4)).toEqual([40, seed000Rows[4]?.[1], '四季度', seed000Rows[4]?.[3]]);
  });

  it.each([
    {
      description: 'rolls the title of a 四季度 report over to 一季度 of the next year',
      rows: [['2021年重点工作任务四季度进展情况'], ['填报单位：市卫生健康委'], HEADER, [1, '任务。', '四季度', '节点。', '进展。', '完成']],
      expected: { sheet: '一季度', title: '2022年重点工作任务一季度进展情况', periods: ['一季度'] },
    },
    {
      description: 'keeps a whole-year period and a period that is not this report’s, and advances the rest',
      rows: [
        ['2021年重点工作任务三季度进展情况'],
        HEADER,
        [1, '任务一。', '全年', '节点。', '进展。', '完成'],
        [2, '任务二。', '四季度', '节点。', '进展。', '完成'],
        [3, '任务三。', '1-9月', '节点。', '进展。', '完成'],
      ],
      expected: { sheet: '四季度', title: '2021年重点工作任务四季度进展情况', periods: ['全年', '四季度', '四季度'] },
    },
  ])('$description', async ({ rows, expected }) => {
    const { result, grid } = await generated(rows);
    const headerRow = grid?.text.findIndex((row) => row[0] === '序号') ?? -1;
    expect({
      sheet: result.sheet,
      title: grid?.text[0]?.[0],
      periods: grid?.text.slice(headerRow + 1).map((row) => row[2]),
    }).toEqual(expected);
    expect(grid?.text.slice(headerRow + 1).every((row) => row[4] === '' && row[5] === '')).toBe(true);
  });

  it('formats the new sheet like the template: frozen header, drop-downs down to the last task, header repeated on print', async () => {
    const { workbook } = await generated(seed000Rows);
    const sheet = workbook.sheet('四季度');
    expect(sheet?.frozenRows).toBe(4);
    expect(sheet?.pageSetup?.printTitleRows).toEqual({ first: 4, last: 4 });
    // the last row of seed 000 is its footer (联系电话); the table ends the row before
    expect(sheet?.validations.map((validation) => validation.range)).toEqual([`C5:C${seed000Rows.length - 1}`, `F5:F${seed000Rows.length - 1}`]);
  });

  it('copies the sheet’s merged cells once, the merged title included', () => {
    const grid = gridFromRows(
      '三季度',
      [['2021年重点工作任务三季度进展情况'], HEADER, [182, '任务甲。', '三季度', '节点。', '进展。', '完成'], [null, '任务乙。', '三季度', '节点。', '进展。', '完成']],
      [
        { top: 0, left: 0, bottom: 0, right: 5 },
        { top: 2, left: 0, bottom: 3, right: 0 },
      ],
    );
    const merges = generateNextQuarter(grid, reportOf(grid)).operations.filter((operation) => operation.op === 'mergeCells');
    expect(merges.map((operation) => operation.op === 'mergeCells' && operation.range)).toEqual(['A1:F1', 'A3:A4']);
  });

  it('reports a title without a period instead of guessing one', async () => {
    const { result } = await generated([['进展情况表'], HEADER, [1, '任务。', '三季度', '节点。', '进展。', '完成']]);
    expect(result.operations).toEqual([]);
    expect(result.issues.map((issue) => [issue.rule, issue.cell])).toEqual([['fill.titlePeriodMissing', 'A1']]);
  });
});
