import { MemoryWorkbook } from '../../support/memoryWorkbook';
import { compileReports, COMPILED_SHEET, STATISTICS_SHEET, type CompileSource } from '../../../src/core/consolidate';
import type { Issue } from '../../../src/core/issues/issue';
import type { TargetResult } from '../../../src/core/targets/types';
import { seedTaskText } from '../../fixtures/consolidate/bureaus';
import { sourceFromRows, standardSheet } from './support';

const task112 = seedTaskText(112);
const task190 = seedTaskText(190);
const task246 = seedTaskText(246);

function commerce(rows = [[246, task246, '三季度', '申报年度评估。', '已报送。', '完成']]) {
  return sourceFromRows('市商务局.xlsx', '三季度', standardSheet('市商务局', rows));
}

describe('compileReports: the unit of a source', () => {
  const cases = [
    { description: 'is the override when the user gives one', override: '市投资促进局', metadata: '市商务局', sheet: '三季度', file: 'a.xlsx', expected: '市投资促进局' },
    { description: 'is the 填报单位 otherwise', override: undefined, metadata: '市商务局', sheet: '三季度', file: 'a.xlsx', expected: '市商务局' },
    { description: 'is the sheet name when there is no 填报单位', override: undefined, metadata: null, sheet: '市教育局', file: 'a.xlsx', expected: '市教育局' },
    { description: 'is the file name when the sheet has no name', override: undefined, metadata: null, sheet: '', file: 'uploads/市体育局.xlsx', expected: '市体育局' },
    { description: 'is the file name when the sheet is named for the period', override: undefined, metadata: null, sheet: '三季度', file: '市体育局-报送.xlsx', expected: '市体育局-报送' },
    { description: 'is the file name when the sheet keeps a generic name', override: undefined, metadata: null, sheet: 'Sheet1', file: 'D:\\报送\\市外办.xlsx', expected: '市外办' },
    { description: 'is the sheet name after all when nothing else names it', override: undefined, metadata: null, sheet: '进展情况', file: '', expected: '进展情况' },
  ];
  it.each(cases)('$description', ({ override, metadata, sheet, file, expected }) => {
    const rows = standardSheet('x', [[246, task246, '三季度', '申报年度评估。', '已报送。', '完成']]).filter((row) => !String(row[0]).startsWith('填报单位'));
    if (metadata !== null) rows.splice(1, 0, [`填报单位：${metadata}`]);
    const source = sourceFromRows(file, sheet || '三季度', rows);
    const result = compileReports([{ ...source, origin: { file, sheet }, unitOverride: override }]);
    expect(result.units).toEqual([expected]);
    expect(result.rows[0]?.unit).toBe(expected);
  });

  it('takes 济南市商务局 and 市商务局 for one unit across sources', () => {
    const first = sourceFromRows('a.xlsx', '三季度', standardSheet('济南市商务局', [[246, task246, '三季度', 'm', 'p', '完成']]));
    const second = sourceFromRows('b.xlsx', '三季度', standardSheet('市商务局', [[190, task190, '三季度', 'm', 'p', '完成']]));
    const result = compileReports([first, second]);
    expect(result.units).toEqual(['济南市商务局']);
    expect(result.statistics.map((entry) => [entry.unit, entry.tasks, entry.sources])).toEqual([['济南市商务局', 2, 2]]);
  });
});

describe('compileReports: the rows of 汇总', () => {
  it('orders rows naturally, keeps one serial together in source order, and puts rows without a serial last', () => {
    const first = sourceFromRows('a.xlsx', '三季度', standardSheet('市商务局', [
      ['省民生实事第2项', '省级任务。', '三季度', 'm', 'p', '完成'],
      [246, task246, '三季度', 'm', 'p', '完成'],
      ['其他', '其他事项。', '三季度', 'm', 'p', '完成'],
      ['为民办实事第六项', '市级实事。', '三季度', 'm', 'p', '完成'],
      [112, task112, '三季度', 'm', 'p', '完成'],
    ]));
    const second = sourceFromRows('b.xlsx', '三季度', standardSheet('市卫生健康委', [
      [246, task246, '三季度', 'm2', 'p2', '完成'],
      [40, seedTaskText(40), '三季度', 'm', 'p', '完成'],
      [112, task112, '三季度', 'm2', 'p2', '完成'],
    ]));
    const result = compileReports([first, second]);
    expect(result.rows.map((row) => `${row.serialText}/${row.unit}`)).toEqual([
      '40/市卫生健康委',
      '112/市商务局',
      '112/市卫生健康委',
      '246/市商务局',
      '246/市卫生健康委',
      '为民办实事第六项/市商务局',
      '省民生实事第2项/市商务局',
      '其他/市商务局',
    ]);
  });

  it('writes the six standard columns, 填报单位 and 来源, then the union of extra columns, empty where a source lacks one', () => {
    const withNote = sourceFromRows('a.xlsx', '三季度', [
      ['填报单位：市投资促进局'],
      ['编号', '重点工作任务', '节点任务', '工作进展', '时间', '自评', '备注'],
      [112, task112, 'm', 'p', '三季度', '完成', '快报数据'],
    ]);
    const withOffice = sourceFromRows('b.xlsx', 'Q3', [
      ['填报单位：市商务局'],
      ['序号', '任务', '时间', '节点任务', '进展情况', '自我评价', '责任处室', '备 注'],
      [246, task246, '三季度', 'm', 'p', '完成', '外资处', '无'],
    ]);
    const result = compileReports([withNote, withOffice]);
    expect(result.columns.map((column) => column.header)).toEqual([
      '序号', '《政府工作报告》重点工作任务（省、市民生实事）', '时间', '节点任务', '进展情况', '自我评价', '填报单位', '来源', '备注', '责任处室',
    ]);
    expect(result.rows.map((row) => row.values)).toEqual([
      [112, task112, '三季度', 'm', 'p', '完成', '市投资促进局', 'a.xlsx｜三季度｜第3行', '快报数据', null],
      [246, task246, '三季度', 'm', 'p', '完成', '市商务局', 'b.xlsx｜Q3｜第3行', '无', '外资处'],
    ]);
  });

  it('merges page-split remainder rows into their task first and names every source row in 来源', () => {
    const split = sourceFromRows('卫健.xlsx', '三季度', standardSheet('市卫生健康委', [
      [57, '健全新药研发和成果转化扶持政', '三季度', '加强政策宣传解读，提高知晓', '举办培训', '完成'],
      ['序号', '《政府工作报告》重点工作任务（省、市民生实事）', '时间', '节点任务', '进展情况', '自我评价'],
      [null, '策,加大新药研发奖补力度。(责任领导:王桂英,责任单位:市卫生健康委)', null, '率。', '班3万余人参加。', null],
    ]));
    const result = compileReports([split]);
    expect(result.rows).toHaveLength(1);
    expect(result.rows[0]?.values.slice(0, 8)).toEqual([
      57,
      '健全新药研发和成果转化扶持政策,加大新药研发奖补力度。(责任领导:王桂英,责任单位:市卫生健康委)',
      '三季度',
      '加强政策宣传解读，提高知晓率。',
      '举办培训班3万余人参加。',
      '完成',
      '市卫生健康委',
      '卫健.xlsx｜三季度｜第5、7行',
    ]);
    expect(result.rows[0]?.responsibleUnits).toEqual(['市卫生健康委']);
  });

  it('passes text that starts with = + - @ through as text, and the host keeps it as text', async () => {
    const risky = ['=SUM(A1)', '+3家企业签约', '-完成对接', '@市卫生健康委'];
    const source = commerce(risky.map((text, index) => [100 + index, `任务${index}。`, '三季度', text, text, '完成']));
    const result = compileReports([source]);
    const workbook = MemoryWorkbook.fromSheets({});
    await workbook.apply(result.operations);
    const compiled = await workbook.readSheet(COMPILED_SHEET);
    expect(compiled.values.slice(2).map((row) => row[4])).toEqual(risky);
  });
});

describe('compileReports: conflicts', () => {
  const cases = [
    { description: 'are not raised by whitespace and punctuation width', other: task190.replace(/,/g, '，').replace(/\(/g, '（').replace(/\)/g, '） '), conflict: false },
    { description: 'are not raised by a different responsibility parenthesis', other: task190.replace(/\(责任领导[\s\S]*$/, '（牵头单位：市商务局）'), conflict: false },
    { description: 'are not raised by the task\u2019s own leading number', other: `190.${task190}`, conflict: false },
    { description: 'are raised when the words differ', other: task190.replace('国际招商产业园', '国际产业园'), conflict: true },
  ];
  it.each(cases)('$description', ({ other, conflict }) => {
    const first = commerce([[190, task190, '三季度', 'm', 'p', '完成']]);
    const second = sourceFromRows('投促.xlsx', '三季度', standardSheet('市投资促进局', [[190, other, '三季度', 'm', 'p', '完成']]));
    const result = compileReports([first, second]);
    expect(result.conflicts.length).toBe(conflict ? 1 : 0);
    if (conflict) {
      expect(result.conflicts[0]).toMatchObject({ serial: '190', units: ['市商务局', '市投资促进局'], texts: [task190, other] });
      expect(result.issues.filter((issue) => issue.rule === 'consolidate.conflict')).toEqual([
        expect.objectContaining({ severity: 'warning', sheet: '汇总', cell: 'B4', row: 4, params: { serial: '190', unit: '市投资促进局', otherUnits: '市商务局' } }),
      ]);
    }
  });
});

describe('compileReports: duplicates', () => {
  it('lists one unit reporting one serial twice, even across its sheets, and no other unit', () => {
    const first = commerce([[246, task246, '三季度', 'm', 'p', '完成'], [246, task246, '三季度', 'm', 'p2', '完成']]);
    const second = sourceFromRows('商务-补报.xlsx', '补报', standardSheet('市商务局', [[246, task246, '三季度', 'm', 'p3', '完成']]));
    const third = sourceFromRows('卫健.xlsx', '三季度', standardSheet('市卫生健康委', [[246, task246, '三季度', 'm', 'p', '完成']]));
    const result = compileReports([first, second, third]);
    expect(result.duplicates).toEqual([
      {
        serial: '246',
        unit: '市商务局',
        origins: ['市商务局.xlsx｜三季度｜第5行', '市商务局.xlsx｜三季度｜第6行', '商务-补报.xlsx｜补报｜第5行'],
        compiledRows: [3, 4, 5],
      },
    ]);
    expect(result.issues.find((issue) => issue.rule === 'consolidate.duplicate')).toMatchObject({ cell: 'A4', params: { count: 3 } });
  });
});

describe('compileReports: missing reports', () => {
  const health = () => sourceFromRows('卫健.xlsx', '三季度', standardSheet('济南市卫生健康委', [[246, task246, '三季度', 'm', 'p', '完成']]));
  const cases = [
    { description: 'are not looked for without a roster', roster: null, expected: [] },
    { description: 'are the units a task names that did not report it, with a roster from the task texts', roster: { kind: 'taskTexts' as const }, expected: [{ serial: '246', unit: '市商务局' }] },
    {
      description: 'are only the listed units with a roster of units, and a listed unit named by no task is still missing',
      roster: { kind: 'units' as const, units: ['市卫生健康委员会', '市商务局', '市体育局'] },
      expected: [{ serial: '246', unit: '市商务局' }, { serial: '', unit: '市体育局' }],
    },
  ];
  it.each(cases)('$description', ({ roster, expected }) => {
    const result = compileReports([health()], { roster });
    expect(result.missing).toEqual(expected);
    expect(result.issues.filter((issue) => issue.rule.startsWith('consolidate.missing') || issue.rule === 'consolidate.unitSilent')).toHaveLength(expected.length);
  });

  it('takes a city bureau as reporting for the provincial department that leads a 省民生实事 task', () => {
    const source = sourceFromRows('卫健.xlsx', '三季度', standardSheet('济南市卫生健康委', [['省民生实事第21项', '21. 农村适龄妇女“两癌”免费筛查。(牵头部门：省卫生健康委)', '三季度', 'm', 'p', '完成']]));
    expect(compileReports([source], { roster: { kind: 'taskTexts' } }).missing).toEqual([]);
  });
});

describe('compileReports: statistics', () => {
  const issue = (severity: Issue['severity']): Issue => ({ rule: 'x', severity, sheet: '三季度', cell: 'A1', row: 1, column: '', value: '' });
  const target = (verdict: TargetResult['verdict']): TargetResult => ({
    row: 5, cell: 'D5', source: '节点任务', text: 't', indicator: 'i', value: 1, unit: '个', op: '>=', deadline: null, reported: null, verdict, confidence: 1, evidence: null, pace: null, expectedPace: null, share: null, reason: { key: 'target.why.noFigure', params: { indicator: 'i' } },
  });

  it('counts tasks, 自我评价 values (near-synonyms as their word), errors, warnings and targets unmet or behind per unit, and totals them', () => {
    const first: CompileSource = {
      ...commerce([
        [1, '任务一。', '三季度', 'm', 'p', '完成'],
        [2, '任务二。', '三季度', 'm', 'p', '滞后'],
        [3, '任务三。', '三季度', 'm', 'p', '很好'],
        [4, '任务四。', '三季度', 'm', 'p', ''],
        [5, '任务五。', '三季度', 'm', 'p', '已完成。'],
      ]),
      issues: [issue('error'), issue('warning'), issue('warning'), issue('info')],
      targets: [target('unmet'), target('behind'), target('met')],
    };
    const second: CompileSource = { ...sourceFromRows('b.xlsx', '三季度', standardSheet('市教育局', [[1, '任务一。', '三季度', 'm', 'p', '序时推进']])), targets: [target('behind')] };
    const result = compileReports([first, second], { vocabulary: ['完成', '序时推进', '滞后'] });
    expect(result.statistics.map((entry) => ({ ...entry, selfAssessment: entry.selfAssessment.map((count) => count.count) }))).toEqual([
      {
        unit: '市商务局', sources: 1, tasks: 5, selfAssessment: [2, 0, 1], otherAssessment: 1, noAssessment: 1, errors: 1, warnings: 2,
        targets: { met: 1, 'on-track': 0, behind: 1, unmet: 1, 'no-figure': 0, unclear: 0 }, targetsUnmet: 1, targetsBehind: 1,
      },
      {
        unit: '市教育局', sources: 1, tasks: 1, selfAssessment: [0, 1, 0], otherAssessment: 0, noAssessment: 0, errors: 0, warnings: 0,
        targets: { met: 0, 'on-track': 0, behind: 1, unmet: 0, 'no-figure': 0, unclear: 0 }, targetsUnmet: 0, targetsBehind: 1,
      },
    ]);
    expect(result.total).toMatchObject({ tasks: 6, errors: 1, warnings: 2, targetsUnmet: 1, targetsBehind: 2, otherAssessment: 1, noAssessment: 1 });
    expect(result.total.targets).toEqual({ met: 1, 'on-track': 0, behind: 2, unmet: 1, 'no-figure': 0, unclear: 0 });
    expect(result.total.selfAssessment.map((count) => count.count)).toEqual([2, 1, 1]);
  });
});

describe('compileReports: the workbook it writes', () => {
  it('replaces 汇总 and 统计 when run again and never touches the source sheets', async () => {
    const source = commerce();
    const workbook = MemoryWorkbook.fromSheets({ 三季度: standardSheet('市商务局', [[246, task246, '三季度', '申报年度评估。', '已报送。', '完成']]) });
    const before = await workbook.readSheet('三季度');
    await workbook.apply(compileReports([source, source]).operations);
    await workbook.apply(compileReports([source]).operations);
    expect((await workbook.listSheets()).map((sheet) => sheet.name)).toEqual(['三季度', COMPILED_SHEET, STATISTICS_SHEET]);
    expect((await workbook.readSheet(COMPILED_SHEET)).values).toHaveLength(3);
    expect(await workbook.readSheet('三季度')).toEqual(before);
    expect(compileReports([source]).operations.every((operation) => operation.sheet === COMPILED_SHEET || operation.sheet === STATISTICS_SHEET)).toBe(true);
  });

  it('freezes the header, repeats it on every printed A4 landscape page, and charts 统计', async () => {
    const result = compileReports([commerce()]);
    const workbook = MemoryWorkbook.fromSheets({});
    await workbook.apply(result.operations);
    const compiled = workbook.sheet(COMPILED_SHEET);
    const statistics = workbook.sheet(STATISTICS_SHEET);
    expect(compiled?.frozenRows).toBe(2);
    expect(compiled?.pageSetup).toEqual({ orientation: 'landscape', paperSize: 'A4', printTitleRows: { first: 2, last: 2 }, fitToWidth: true });
    expect(compiled?.columnWidths).toHaveLength(8);
    expect(compiled?.formats.get('B3')).toMatchObject({ wrap: true });
    expect(statistics?.frozenRows).toBe(1);
    expect(statistics?.charts).toEqual([{ range: 'A1:I2', kind: 'barStacked', title: '各单位自我评价分布' }]);
  });

  it('titles 汇总 after the sources\u2019 title, and in English when asked', () => {
    expect(compileReports([commerce()]).rows).toHaveLength(1);
    const zh = compileReports([commerce()]).operations.find((operation) => operation.op === 'writeBlock');
    const en = compileReports([commerce()], { language: 'en' }).operations.find((operation) => operation.op === 'writeBlock');
    expect(zh?.op === 'writeBlock' && zh.values[0]?.[0]).toBe('2021年《政府工作报告》重点工作任务和民生实事三季度进展情况（汇总）');
    expect(en?.op === 'writeBlock' && en.values[1]?.slice(6, 8)).toEqual(['Reporting unit', 'Source']);
  });

  it('compiles nothing into an empty 汇总 with its header and a total row of zeros', () => {
    const result = compileReports([]);
    expect(result.rows).toEqual([]);
    expect(result.total.tasks).toBe(0);
    expect(result.operations.some((operation) => operation.op === 'addChart')).toBe(false);
  });
});

describe('compileReports: 统计 names who did not report', () => {
  it('gives a unit of the roster that sent nothing its own row marked 未报送, and counts targets by verdict', async () => {
    const health = sourceFromRows('卫健.xlsx', '三季度', standardSheet('济南市卫生健康委', [[246, seedTaskText(246), '三季度', 'm', 'p', '完成']]));
    const result = compileReports([health], { roster: { kind: 'units', units: ['市卫生健康委员会', '市体育局'] } });
    const workbook = MemoryWorkbook.fromSheets({});
    await workbook.apply(result.operations);
    const rows = (await workbook.readSheet(STATISTICS_SHEET)).text;
    const header = rows[0] ?? [];
    expect(header.slice(-6)).toEqual(['目标已达成', '目标按序时', '目标滞后', '目标未达成', '目标无数据', '报送情况']);
    const sport = rows.find((row) => row[0] === '市体育局');
    expect(sport?.[header.length - 1]).toBe('未报送');
    expect(rows.find((row) => row[0] === '济南市卫生健康委')?.[header.length - 1]).toBe('已报送');
    expect(rows[rows.length - 1]?.[header.length - 1]).toBe('已报送 1/2');
  });
});
