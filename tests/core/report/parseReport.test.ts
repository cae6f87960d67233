import {
  findHeaderRow,
  findReportSheets,
  gridFromRows,
  headerRole,
  isReportSheet,
  parseReport,
  seed000Rows,
  type CellValue,
  type ColumnRole,
  type ReportRow,
  type TaskRow,
} from '../../../src/core';
import { MemoryWorkbook } from '../../support/memoryWorkbook';

const HEADER = ['序号', '《政府工作报告》重点工作任务 (省、市民生实事)', '时间', '节点任务', '进展情况', '自我评价'];

function tasksOf(rows: readonly ReportRow[]): TaskRow[] {
  return rows.filter((row): row is TaskRow => row.kind === 'task');
}

describe('parseReport on the real seed-000 sheet', () => {
  const { report, issues } = parseReport(gridFromRows('三季度', seed000Rows));

  it('reads the title with its year and period', () => {
    expect(report?.title).toMatchObject({ address: 'A1', year: 2021, period: { label: '三季度', endMonth: 9 } });
  });

  it('reads the metadata lines and the phone from the footer', () => {
    expect(report?.metadata.unit).toEqual({ text: '济南市卫生健康委', address: 'A2' });
    expect(report?.metadata.reportDate).toEqual({ text: '2021年10月11日', address: 'A3', date: { year: 2021, month: 10, day: 11 } });
    expect(report?.metadata.phone?.text).toBe('66601746');
    expect(issues).toEqual([]);
  });

  it('finds the header below the title and metadata with every standard role', () => {
    expect(report?.header.row).toBe(3);
    expect(report?.header.roles).toEqual({ serial: 0, task: 1, period: 2, milestone: 3, progress: 4, selfAssessment: 5 });
  });

  it('classifies every page split: 10 repeated headers, 8 remainders, 38 tasks, 1 footer', () => {
    const counts: Record<string, number> = {};
    for (const row of report?.rows ?? []) counts[row.kind] = (counts[row.kind] ?? 0) + 1;
    expect(counts).toEqual({ task: 38, repeatedHeader: 10, continuation: 8, footer: 1 });
  });

  it('joins a task cut by a page break with its remainder', () => {
    const task57 = tasksOf(report?.rows ?? []).find((task) => task.serial?.text === '57');
    expect(task57?.continuationRows).toEqual([9]);
    expect(task57?.joined.milestone).toBe('加强政策宣传解读，提高知晓率。');
    expect(task57?.responsibility.units).toEqual(['市卫生健康委', '市工业和信息化局', '市科技局']);
  });

  it('reads a serial split over the page break, even with the repeated character of the PDF copy', () => {
    const serials = tasksOf(report?.rows ?? []).map((task) => task.serial);
    expect(serials).toContainEqual(expect.objectContaining({ form: 'provinceLivelihood', number: 16 }));
    expect(serials).toContainEqual(expect.objectContaining({ form: 'provinceLivelihood', number: 30 }));
    expect(serials.filter((serial) => serial?.form === 'other')).toEqual([]);
  });

  it('keeps the A1 address of every cell', () => {
    const first = tasksOf(report?.rows ?? [])[0];
    expect(first?.cells.progress?.address).toBe('E5');
    expect(first?.cells.serial?.value).toBe(40);
  });
});

describe('the header is found by synonyms, not by position', () => {
  it.each([
    { description: 'a task header with a line break and full-width brackets', input: '《政府工作报告》重点工作任务\n（省、市民生实事）', expected: 'task' },
    { description: '节点任务 is a milestone, not a task', input: '节点 任务', expected: 'milestone' },
    { description: '时间节点 is a period', input: '时间节点', expected: 'period' },
    { description: '完成情况 is progress', input: '完成情况', expected: 'progress' },
    { description: '自评 is the self-assessment', input: '自评', expected: 'selfAssessment' },
    { description: '编号 is a serial', input: '编号', expected: 'serial' },
    { description: '备注 is an extra column', input: '备注', expected: null },
    { description: 'a title naming 任务 and 进展情况 is not a header cell', input: '2021年《政府工作报告》重点工作任务和民生实事三季度进展情况（济南市卫生健康委填报）', expected: null },
  ])('$description', ({ input, expected }) => {
    expect(headerRole(input)).toBe(expected as ColumnRole | null);
  });

  it('finds a header in another column order with an extra column kept', () => {
    const grid = gridFromRows('s', [
      ['2021年三季度进展情况'],
      [],
      ['备注', '编号', '工作任务', '完成时限', '阶段目标', '工作进展', '自评情况'],
      ['', 1, '任务甲', '三季度', '节点', '进展', '完成'],
    ]);
    const { report } = parseReport(grid);
    expect(report?.header.row).toBe(2);
    expect(report?.header.roles).toEqual({ serial: 1, task: 2, period: 3, milestone: 4, progress: 5, selfAssessment: 6 });
    expect(report?.header.columns[0]).toEqual({ column: 0, header: '备注', role: null });
  });

  it('reports a missing header and a missing column as issues, never by throwing', () => {
    expect(parseReport(gridFromRows('说明', [['填表说明'], ['请按要求填写']]))).toEqual({
      report: null,
      issues: [expect.objectContaining({ rule: 'header.missing', severity: 'error', sheet: '说明', cell: '' })],
    });
    const { issues } = parseReport(gridFromRows('s', [['序号', '任务', '时间', '节点任务', '进展情况']]));
    expect(issues).toEqual([expect.objectContaining({ rule: 'header.columnMissing', column: '自我评价', cell: 'A1', row: 1 })]);
  });

  it('does not look for the header below the first rows', () => {
    const rows: CellValue[][] = Array.from({ length: 20 }, () => ['说明文字']);
    rows.push(HEADER);
    expect(findHeaderRow(gridFromRows('s', rows))).toBeNull();
  });
});

describe('metadata lines', () => {
  it.each([
    {
      description: 'two labels sharing one line',
      rows: [['填报单位：济南市医疗保障局    填报时间：2021-10-09']],
      unit: '济南市医疗保障局',
      date: { year: 2021, month: 10, day: 9 },
    },
    {
      description: 'labels in their own cells with the date as an Excel serial',
      rows: [['填报单位', '济南市卫生健康委', '填报时间：', 44480]],
      unit: '济南市卫生健康委',
      date: { year: 2021, month: 10, day: 11 },
    },
    {
      description: 'half-width colons',
      rows: [['填报单位:市教育局'], ['填报日期: 2021年10月8日']],
      unit: '市教育局',
      date: { year: 2021, month: 10, day: 8 },
    },
    { description: 'a malformed date is kept as text without a date', rows: [['填报单位：市教育局'], ['填报时间：十月上旬']], unit: '市教育局', date: null },
    {
      description: 'labels sharing a line separated by a semicolon, the date first',
      rows: [['填报时间: 2021-10-08；填报单位: 市教育局；']],
      unit: '市教育局',
      date: { year: 2021, month: 10, day: 8 },
    },
    {
      description: 'labels separated by a full-width comma',
      rows: [['填报单位：济南市卫生健康委，填报时间：2021年10月11日']],
      unit: '济南市卫生健康委',
      date: { year: 2021, month: 10, day: 11 },
    },
    {
      description: 'a label with the note clerks write before its colon (盖章)',
      rows: [['填报单位（盖章）：咸宁市发展和改革委员会    填报日期：2020年7月10日']],
      unit: '咸宁市发展和改革委员会',
      date: { year: 2020, month: 7, day: 10 },
    },
    {
      description: '报送单位 with a half-width note, 填报人 beside it',
      rows: [['报送单位(盖章): 市教育局', '填报人：李四']],
      unit: '市教育局',
      date: null,
    },
  ])('$description', ({ rows, unit, date }) => {
    const { report } = parseReport(gridFromRows('s', [...(rows as CellValue[][]), HEADER]));
    expect(report?.metadata.unit?.text).toBe(unit);
    expect(report?.metadata.reportDate?.date ?? null).toEqual(date);
  });

  it.each([
    {
      description: 'all four labels on one line',
      rows: [['填报单位：济南市卫生健康委  填报时间：2021年10月11日  联系人：张三  联系电话：66601746']],
      expected: { unit: '济南市卫生健康委', date: '2021年10月11日', contact: '张三', phone: '66601746' },
    },
    {
      description: 'labels with their values in the cells after them',
      rows: [['填报单位', '济南市卫生健康委', '填报日期', 44480, '联系人：', '张三', '联系电话：', '0531-66601746']],
      expected: { unit: '济南市卫生健康委', date: '44480', contact: '张三', phone: '0531-66601746' },
    },
  ])('reads contact and phone too: $description', ({ rows, expected }) => {
    const { metadata } = parseReport(gridFromRows('s', [...(rows as CellValue[][]), HEADER])).report ?? {};
    expect({ unit: metadata?.unit?.text, date: metadata?.reportDate?.text, contact: metadata?.contact?.text, phone: metadata?.phone?.text }).toEqual(expected);
  });
});

describe('row kinds', () => {
  const cases: { description: string; rows: CellValue[][]; expected: ReportRow['kind'][] }[] = [
    {
      description: 'a blank row between tasks',
      rows: [[1, '任务甲。', '三季度', '节点。', '进展。', '完成'], [], [2, '任务乙。', '三季度', '节点。', '进展。', '完成']],
      expected: ['task', 'blank', 'task'],
    },
    {
      description: 'a remainder after a repeated header',
      rows: [[1, '任务甲的前半', '三季度', '节点', '进展', '完成'], HEADER, ['', '后半。', '', '节点后半。', '', '']],
      expected: ['task', 'repeatedHeader', 'continuation'],
    },
    {
      description: 'a remainder finishing a cut sentence without a repeated header',
      rows: [[1, '健全新药研发和成果转化扶持政', '三季度', '节点。', '进展。', '完成'], ['', '策。', '', '', '', '']],
      expected: ['task', 'continuation'],
    },
    {
      description: 'a task without serial after a finished sentence stays a task',
      rows: [[1, '任务甲。', '三季度', '节点。', '进展。', '完成'], ['', '任务乙。', '三季度', '节点。', '进展。', '']],
      expected: ['task', 'task'],
    },
    {
      description: 'a section heading',
      rows: [['一、重点工作任务'], [1, '任务甲。', '三季度', '节点。', '进展。', '完成'], ['二、民生实事'], ['为民办实事第一项', '任务乙。', '三季度', '节点。', '进展。', '完成']],
      expected: ['sectionHeading', 'task', 'sectionHeading', 'task'],
    },
    {
      description: 'footer lines',
      rows: [[1, '任务甲。', '三季度', '节点。', '进展。', '完成'], ['联系人：张三', '', '联系电话：66601746'], ['审核人：李四']],
      expected: ['task', 'footer', 'footer'],
    },
  ];
  it.each(cases)('$description', ({ rows, expected }) => {
    const { report } = parseReport(gridFromRows('s', [HEADER, ...rows]));
    expect(report?.rows.map((row) => row.kind)).toEqual(expected);
  });

  it('reads a merged serial and task as the merged cell for every row it covers', () => {
    const grid = gridFromRows(
      's',
      [HEADER, [52, '任务甲。', '一、二季度', '节点一。', '进展。', '完成'], [null, null, '三季度', '节点二。', '进展。', '完成']],
      [{ top: 1, left: 0, bottom: 2, right: 0 }, { top: 1, left: 1, bottom: 2, right: 1 }],
    );
    const tasks = tasksOf(parseReport(grid).report?.rows ?? []);
    expect(tasks.map((task) => [task.serial?.text, task.cells.serial?.address, task.period?.label])).toEqual([
      ['52', 'A2', '一、二季度'],
      ['52', 'A2', '三季度'],
    ]);
  });
});

describe('report sheets in a workbook', () => {
  it('keeps report sheets and skips 说明 and 目录 with an info each', async () => {
    const workbook = MemoryWorkbook.fromSheets({ 说明: [['填表说明：请按季度填写']], 三季度: [...seed000Rows], 目录: [['目录'], ['三季度']] });
    const { grids, issues } = await findReportSheets(workbook);
    expect(grids.map((grid) => grid.name)).toEqual(['三季度']);
    expect(issues.map((issue) => [issue.rule, issue.severity, issue.sheet])).toEqual([
      ['sheet.notReport', 'info', '说明'],
      ['sheet.notReport', 'info', '目录'],
    ]);
    expect(isReportSheet(gridFromRows('目录', [['目录']]))).toBe(false);
  });

  it('reads only the named sheet when asked', async () => {
    const workbook = MemoryWorkbook.fromSheets({ 说明: [['填表说明']], 三季度: [...seed000Rows] });
    const { grids, issues } = await findReportSheets(workbook, '说明');
    expect(grids.map((grid) => grid.name)).toEqual(['说明']);
    expect(issues).toEqual([]);
  });
});
