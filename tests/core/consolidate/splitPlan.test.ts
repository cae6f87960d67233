import { fileNameOf } from '../../../src/core/consolidate/splitPlan';
import fc from 'fast-check';
import { MemoryWorkbook } from '../../support/memoryWorkbook';
import { compileReports, COMPILED_SHEET, splitPlan } from '../../../src/core/consolidate';
import { gridFromRows } from '../../../src/core/grid/sheetGrid';
import { parseReport } from '../../../src/core/report';
import { SEED_001_PLAN_ROWS, SEED_001_PLAN_SHEET } from '../../../src/core/sample';
import { BUREAUS, seedTaskText } from '../../fixtures/consolidate/bureaus';
import { sourcesOf } from './support';

const plan = () => gridFromRows(SEED_001_PLAN_SHEET, SEED_001_PLAN_ROWS);

async function written(operations: Parameters<MemoryWorkbook['apply']>[0], sheet: string) {
  const workbook = MemoryWorkbook.fromSheets({});
  await workbook.apply(operations);
  return { grid: await workbook.readSheet(sheet), sheet: workbook.sheet(sheet) };
}

describe('splitPlan on a quarterly plan (seed 001)', () => {
  it('gives each unit a task\u2019s head row and its later-period rows, and the units of a sub-task only its own rows', () => {
    const { parts, unassigned } = splitPlan(plan());
    expect(unassigned).toEqual([]);
    const civil = parts.find((part) => part.unit === '市民政局');
    const health = parts.find((part) => part.unit === '市卫生健康委');
    // 182 names 市民政局 on its first sub-task; the second sub-task (优化医养结合服务体系) only 市卫生健康委.
    expect(civil?.tasks).toBe(3);
    expect(health?.tasks).toBe(33);
    expect(parts.map((part) => part.unit)).toContain('市委组织部');
  });

  it('writes a unit\u2019s sheet in the standard layout with 填报单位 filled, ready to send out', async () => {
    const civil = splitPlan(plan()).parts.find((part) => part.unit === '市民政局');
    expect(civil).toBeDefined();
    if (!civil) return;
    const { grid, sheet } = await written(civil.operations, civil.sheetName);
    expect(civil.sheetName).toBe(SEED_001_PLAN_SHEET);
    expect(grid.text[1]?.[0]).toBe('填报单位：市民政局');
    expect(grid.text[3]).toEqual(['序号', '《政府工作报告》重点工作任务（省、市民生实事）', '时间', '节点任务', '进展情况', '自我评价']);
    expect(grid.text.slice(4).map((row) => [row[0], row[2], row[4]])).toEqual([
      ['182', '一、二季度', ''],
      ['', '三季度', ''],
      ['', '四季度', ''],
    ]);
    expect(sheet?.frozenRows).toBe(4);
    expect(sheet?.pageSetup).toMatchObject({ orientation: 'landscape', paperSize: 'A4', printTitleRows: { first: 4, last: 4 } });
    expect(sheet?.validations.map((validation) => validation.range)).toEqual(['C5:C57', 'F5:F57']);
    const reparsed = parseReport(grid);
    expect(reparsed.report?.metadata.unit?.text).toBe('市民政局');
    expect(reparsed.report?.rows.filter((row) => row.kind === 'task')).toHaveLength(3);
  });
});

describe('splitPlan on a compiled sheet', () => {
  async function compiledGrid() {
    const workbook = MemoryWorkbook.fromSheets({});
    await workbook.apply(compileReports(sourcesOf(BUREAUS)).operations);
    return workbook.readSheet(COMPILED_SHEET);
  }

  const cases = [
    {
      description: 'splits by 填报单位 by default, giving each bureau back exactly its own rows',
      by: undefined,
      expected: { 济南市卫生健康委: 38, 市教育局: 5, 市商务局: 4, 市投资促进局: 3 },
    },
    {
      description: 'splits by the units the task texts name with --by 责任单位, identical rows once',
      by: '责任单位',
      expected: { 市体育局: 2, 市文化和旅游局: 2, 市商务局: 7 },
    },
  ];
  it.each(cases)('$description', async ({ by, expected }) => {
    const { parts } = splitPlan(await compiledGrid(), { by });
    const counts = Object.fromEntries(parts.map((part) => [part.unit, part.tasks]));
    expect(counts).toMatchObject(expected);
    expect(parts.every((part) => part.sheetName === '三季度')).toBe(true);
  });

  it('titles each unit\u2019s sheet with the plain title, without the compiled mark', async () => {
    const part = splitPlan(await compiledGrid()).parts[0];
    expect(part?.operations.find((operation) => operation.op === 'writeBlock')).toMatchObject({ values: expect.arrayContaining([['2021年《政府工作报告》重点工作任务和民生实事三季度进展情况']]) });
  });

  it('refuses a --by that is neither a column nor a responsibility label, with an issue', async () => {
    const result = splitPlan(await compiledGrid(), { by: '处室' });
    expect(result.parts).toEqual([]);
    expect(result.issues).toEqual([expect.objectContaining({ rule: 'split.byNotFound', severity: 'error', params: { by: '处室' } })]);
  });
});

describe('splitPlan on rows that name nobody', () => {
  it('lists them as unassigned, never dropping them silently', () => {
    const grid = gridFromRows('计划', [
      ['序号', '任务', '时间', '节点任务'],
      [1, '没有责任单位的任务。', '三季度', '推进。'],
      [246, seedTaskText(246), '三季度', '申报。'],
    ]);
    const result = splitPlan(grid);
    expect(result.unassigned).toEqual([2]);
    expect(result.issues).toEqual([expect.objectContaining({ rule: 'split.unassigned', row: 2, cell: 'A2' })]);
    expect(result.parts.map((part) => part.unit)).toEqual(['市商务局', '市卫生健康委']);
  });

  it('writes one sheet per unit into one workbook when asked, each named after its unit', async () => {
    const { parts } = splitPlan(plan(), { layout: 'sheetPerUnit' });
    const workbook = MemoryWorkbook.fromSheets({});
    await workbook.apply(parts.flatMap((part) => part.operations));
    const names = (await workbook.listSheets()).map((sheet) => sheet.name);
    expect(names).toEqual(parts.map((part) => part.unit));
    expect((await workbook.readSheet('市民政局')).text[1]?.[0]).toBe('填报单位：市民政局');
  });

  it('gives file and sheet names Windows and Excel accept', () => {
    const grid = gridFromRows('a/b', [
      ['序号', '任务', '时间', '节点任务', '责任单位'],
      [1, '任务。', '三季度', '推进。', '市"两区"办:联合组*'],
    ]);
    const [part] = splitPlan(grid, { by: '责任单位' }).parts;
    expect(part).toMatchObject({ unit: '市"两区"办:联合组*', fileName: '市_两区_办_联合组_', sheetName: 'a_b' });
  });
});

describe('splitPlan conserves every task', () => {
  it('gives every task to each unit it names, once, and to no other unit', () => {
    const unitNames = ['市商务局', '市教育局', '市卫生健康委', '市体育局', '市外办'];
    const task = fc.record({ units: fc.subarray(unitNames), milestone: fc.string({ minLength: 1, maxLength: 12 }) });
    fc.assert(
      fc.property(fc.array(task, { minLength: 1, maxLength: 20 }), (tasks) => {
        const rows = [
          ['序号', '任务', '时间', '节点任务', '责任单位'],
          ...tasks.map((entry, index) => [index + 1, `任务${index + 1}。`, '三季度', `节点${entry.milestone}`, entry.units.join('、')]),
        ];
        const result = splitPlan(gridFromRows('计划', rows), { by: '责任单位' });
        const received = new Map(result.parts.map((part) => {
          const block = part.operations.find((operation) => operation.op === 'writeBlock');
          const serials = block?.op === 'writeBlock' ? block.values.slice(4).map((row) => row[0]) : [];
          return [part.unit, serials];
        }));
        for (const unit of unitNames) {
          const expected = tasks.flatMap((entry, index) => (entry.units.includes(unit) ? [index + 1] : []));
          expect(received.get(unit) ?? []).toEqual(expected);
        }
        expect(result.unassigned).toEqual(tasks.flatMap((entry, index) => (entry.units.length === 0 ? [index + 2] : [])));
      }),
      { numRuns: 100 },
    );
  });
});

describe('fileNameOf: a file name every system takes, for any unit name', () => {
  it.each([
    { description: 'Windows forbidden characters become _', input: '市"两区"办:联合组*', expected: '市_两区_办_联合组_' },
    { description: 'a device name gets a leading _', input: 'CON', expected: '_CON' },
    { description: 'device names in any case', input: 'Lpt1', expected: '_Lpt1' },
    { description: 'device names with an extension', input: 'nul.txt', expected: '_nul.txt' },
    { description: 'device names followed by spaces', input: 'aux ', expected: '_aux' },
    { description: 'COM with a superscript digit', input: 'COM¹', expected: '_COM¹' },
    { description: 'a longer word that starts like a device name is left alone', input: 'CONSOLE', expected: 'CONSOLE' },
    { description: 'trailing dots and spaces are cut (Windows drops them)', input: '市交通运输局. . ', expected: '市交通运输局' },
    { description: 'path separators and .. cannot leave the folder', input: '../..', expected: '_' },
    { description: 'leading dots, which hide a file, are cut', input: '.市局', expected: '市局' },
    { description: 'a name of dots only', input: '..', expected: '_' },
    { description: 'control characters become _', input: '市\u0000局\u001f', expected: '市_局_' },
    { description: 'a Chinese name is cut at 66 characters (200 bytes of UTF-8)', input: '局'.repeat(300), expected: '局'.repeat(66) },
    { description: 'a Latin name is cut at 100 characters', input: 'a'.repeat(300), expected: 'a'.repeat(100) },
    { description: 'a character outside the BMP is never cut in half', input: `${'a'.repeat(99)}𠀀`, expected: `${'a'.repeat(99)}𠀀` },
  ])('$description', ({ input, expected }) => {
    expect(fileNameOf(input)).toBe(expected);
  });
});
