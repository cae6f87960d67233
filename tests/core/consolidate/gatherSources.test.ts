import { checkGrid, gatherSheetSources, gatherWorkbookSources, gridFromRows, parseUnitOverrides, seed000Rows, SEED_001_PLAN_ROWS, SEED_001_PLAN_SHEET, type CompileSource } from '../../../src/core';
import { MemoryWorkbook } from '../../support/memoryWorkbook';

const check = { check: (grid: Parameters<typeof checkGrid>[0]) => checkGrid(grid) };

describe('gatherWorkbookSources', () => {
  it('compiles the report sheets and names every other sheet with its reason', async () => {
    const workbook = MemoryWorkbook.fromSheets({ 说明: [['填表说明']], [SEED_001_PLAN_SHEET]: SEED_001_PLAN_ROWS, 三季度: seed000Rows, 汇总: seed000Rows, 统计: seed000Rows });
    const sources: CompileSource[] = [];
    const gathered = await gatherWorkbookSources(workbook, '报送/市卫生健康委.xlsx', check, (source) => sources.push(source));
    expect(sources.map((source) => source.origin)).toEqual([{ file: '市卫生健康委.xlsx', sheet: '三季度' }]);
    expect(gathered.compiled).toBe(1);
    expect(gathered.problems.map((issue) => [issue.rule, issue.sheet, issue.params?.file])).toEqual([
      ['sheet.notReport', '说明', '市卫生健康委.xlsx'],
      ['consolidate.planSheetSkipped', SEED_001_PLAN_SHEET, '市卫生健康委.xlsx'],
      ['consolidate.compiledSheetSkipped', '汇总', '市卫生健康委.xlsx'],
      ['consolidate.compiledSheetSkipped', '统计', '市卫生健康委.xlsx'],
    ]);
  });

  it('says so, as an error, when nothing of a file can be compiled', async () => {
    const gathered = await gatherWorkbookSources(MemoryWorkbook.fromSheets({ [SEED_001_PLAN_SHEET]: SEED_001_PLAN_ROWS }), '节点任务.xlsx', check, () => undefined);
    expect(gathered.problems.map((issue) => [issue.rule, issue.severity])).toEqual([
      ['consolidate.planSheetSkipped', 'info'],
      ['consolidate.noReportSheet', 'error'],
    ]);
  });
});

describe('gatherSheetSources', () => {
  it('gives a source the unit named for its sheet before the one named for its file', () => {
    const units = parseUnitOverrides(['C:\\报送\\汇编.xlsx=市外办', '汇编.xlsx!二季度=市商务局', 'no-unit.xlsx=', '=市教育局']);
    const sources: CompileSource[] = [];
    gatherSheetSources([gridFromRows('三季度', seed000Rows), gridFromRows('二季度', seed000Rows)], '汇编.xlsx', { ...check, unitOverrides: units }, (source) => sources.push(source));
    expect(sources.map((source) => [source.origin.sheet, source.unitOverride])).toEqual([
      ['三季度', '市外办'],
      ['二季度', '市商务局'],
    ]);
    expect([...units.keys()]).toEqual(['汇编.xlsx', '汇编.xlsx!二季度']);
  });

  it('names a chosen sheet without a header with the check\u2019s issue instead of compiling it', () => {
    const gathered = gatherSheetSources([gridFromRows('说明', [['填表说明']])], '', check, () => undefined);
    expect(gathered.compiled).toBe(0);
    expect(gathered.problems.map((issue) => [issue.rule, issue.sheet])).toEqual([['header.missing', '说明']]);
  });
});
