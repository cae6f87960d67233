/**
 * The sync-count property on office-addin-mock itself: an Excel object model built from OfficeMockObject
 * (which enforces load-before-read and sync-before-read), with a counting `context.sync` that syncs every
 * mock the adapter asked for. office-addin-mock has no collections or enums, so the few used are seeded.
 */
import { OfficeMockObject } from 'office-addin-mock';
import { OfficeWorkbook } from '../../../src/adapters/office/officeWorkbook';
import { ALL_OFFICE_CAPABILITIES } from '../../../src/adapters/office/requirements';
import type { WorkbookOperation } from '../../../src/core';

// office-addin-manifest (a dependency of office-addin-mock) requires fs-extra without declaring it;
// office-addin-mock only needs its OfficeApp enum.
jest.mock('office-addin-manifest', () => jest.requireActual('office-addin-manifest/lib/officeApp'));

type Row = (string | number)[];

function progressRows(count: number): Row[] {
  const rows: Row[] = [['序号', '《政府工作报告》重点工作任务', '时间', '节点任务', '进展情况', '自我评价']];
  for (let index = 1; index <= count; index += 1) {
    rows.push([index, `开工建设第${index}项工程(责任单位：市卫生健康委)`, '三季度', '完成主体工程', `累计完成投资${index}万元，正在推进。`, '序时推进']);
  }
  return rows;
}

/** A mocked Excel holding one sheet; `syncs` counts context.sync calls; `writtenRows` sums the rows of values assigned to ranges. */
function mockedExcel(sheetName: string, rows: Row[]) {
  const created: OfficeMockObject[] = [];
  const track = <T extends OfficeMockObject>(mock: T): T => {
    created.push(mock);
    return mock;
  };
  const width = rows[0]?.length ?? 0;
  const slice = (top: number, left: number, height: number, columns: number) => {
    const values = Array.from({ length: height }, (_, r) => Array.from({ length: columns }, (__, c) => rows[top + r]?.[left + c] ?? ''));
    return { values, numberFormat: values.map((row) => row.map(() => 'General')) };
  };
  const ranges: OfficeMockObject[] = [];
  // Merged areas are read band by band, in the same sync as the values; this sheet has none.
  const noMergedAreas = () => {
    const areas = track(new OfficeMockObject({ address: '' }));
    (areas as unknown as { isNullObject: boolean }).isNullObject = true;
    return areas;
  };
  const rangeMock = (top: number, left: number, height: number, columns: number) => {
    const mock = track(new OfficeMockObject(slice(top, left, height, columns)));
    (mock as unknown as { getMergedAreasOrNullObject: () => OfficeMockObject }).getMergedAreasOrNullObject = noMergedAreas;
    ranges.push(mock);
    return mock;
  };
  const worksheet = (name: string) => {
    const sheet = track(
      new OfficeMockObject({
        name,
        protection: { protected: false },
        freezePanes: { freezeRows: () => undefined },
        getUsedRangeOrNullObject: () => {
          const used = track(new OfficeMockObject({ rowIndex: 0, columnIndex: 0, rowCount: rows.length, columnCount: width }));
          (used as unknown as { isNullObject: boolean }).isNullObject = false;
          return used;
        },
        getRange: () => {
          return rangeMock(0, 0, 100, 30);
        },
        getRangeByIndexes: (top: number, left: number, height: number, columns: number) => rangeMock(top, left, height, columns),
      }),
    );
    (sheet as unknown as { isNullObject: boolean }).isNullObject = name !== sheetName && !added.has(name);
    return sheet;
  };
  const added = new Set<string>();
  let syncs = 0;
  const context = new OfficeMockObject({
    workbook: {
      worksheets: {
        getItem: (name: string) => worksheet(name),
        getItemOrNullObject: (name: string) => worksheet(name),
        getActiveWorksheet: () => worksheet(sheetName),
        add: (name: string) => {
          added.add(name);
          return worksheet(name);
        },
      },
    },
  }) as unknown as Excel.RequestContext;
  (context as unknown as { sync: () => Promise<void> }).sync = async () => {
    syncs += 1;
    await Promise.all(created.map((mock) => mock.sync()));
    // OfficeMockObject updates its properties in promise callbacks; let them run.
    await new Promise((resolve) => setTimeout(resolve, 0));
  };
  const run = async <T>(_options: Excel.RunOptions, batch: (context: Excel.RequestContext) => Promise<T>) => batch(context);
  // Before a load and a sync the mock answers a read with an error text; an assigned 2-D array is a write.
  const writtenRows = () => ranges.reduce((total, range) => total + (Array.isArray(range.values) ? (range.values as unknown[]).length : 0), 0);
  return { run, syncs: () => syncs, writtenRows };
}

describe('OfficeWorkbook on office-addin-mock with a counting context.sync', () => {
  it.each([1_000, 10_000])('reads a %i-row sheet in 2 syncs, loading before reading', async (count) => {
    const rows = progressRows(count);
    const excel = mockedExcel('三季度', rows);
    const grid = await new OfficeWorkbook(excel.run, ALL_OFFICE_CAPABILITIES).readSheet('三季度');
    expect(grid.values).toHaveLength(count + 1);
    expect(grid.text[count]?.[4]).toBe(`累计完成投资${count}万元，正在推进。`);
    expect(grid.values[count]?.[0]).toBe(count);
    expect(excel.syncs()).toBe(2);
  });

  it.each([1_000, 10_000])('writes a new %i-row 汇总 in 2 syncs', async (count) => {
    const rows = progressRows(count);
    const excel = mockedExcel('三季度', [['序号']]);
    const operations: WorkbookOperation[] = [
      { op: 'addSheet', sheet: '汇总', replace: false },
      { op: 'writeBlock', sheet: '汇总', row: 0, column: 0, values: rows },
      { op: 'freezeRows', sheet: '汇总', count: 1 },
    ];
    await new OfficeWorkbook(excel.run, ALL_OFFICE_CAPABILITIES).apply(operations);
    expect(excel.syncs()).toBe(2);
    expect(excel.writtenRows()).toBe(count + 1);
  });
});
