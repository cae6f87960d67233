/**
 * `ReportCompiler` compiles one source at a time (a file is read, added and dropped) and must give the
 * same result as `compileReports` of all sources at once, even when a later source brings a column the
 * earlier ones lack.
 */
import { compileReports, ReportCompiler, type CompileResult } from '../../../src/core/consolidate';
import { sourceFromRows } from './support';

const HEADER = ['序号', '《政府工作报告》重点工作任务（省、市民生实事）', '时间', '节点任务', '进展情况', '自我评价'];

const commerce = () =>
  sourceFromRows('市商务局.xlsx', '三季度', [
    ['2021年重点工作三季度进展情况'],
    ['填报单位：市商务局'],
    HEADER,
    [2, '拓展外资来源地。（责任单位：市商务局、市教育局）', '三季度', '签约项目3个。', '已签约项目4个。', '完成'],
    [1, '建设口岸。（责任单位：市商务局）', '三季度', '完成验收。', '=已完成验收。', '序时推进'],
  ]);

const education = () =>
  sourceFromRows('市教育局.xlsx', '三季度', [
    ['填报单位：市教育局'],
    [...HEADER, '备注'],
    [2, '拓展外资来源地 。（责任单位：市商务局、市教育局）', '三季度', '签约项目3个。', '配合推进。', '滞后', '待商务局反馈'],
    [2, '拓展外资来源地。（责任单位：市商务局、市教育局）', '三季度', '签约项目3个。', '重复一行。', '滞后', ''],
  ]);

/** Everything but the objects' identities. */
function plain(result: CompileResult) {
  return JSON.parse(JSON.stringify(result)) as unknown;
}

describe('ReportCompiler', () => {
  it('gives what compileReports gives for the same sources in the same order', () => {
    const options = { roster: { kind: 'units', units: ['市商务局', '市教育局', '市外办'] } } as const;
    const compiler = new ReportCompiler(options);
    compiler.add(commerce());
    compiler.add(education());
    expect(plain(compiler.finish())).toEqual(plain(compileReports([commerce(), education()], options)));
  });

  it('gives rows added before a later source’s extra column an empty cell there, one value per column', () => {
    const compiler = new ReportCompiler();
    compiler.add(commerce());
    compiler.add(education());
    const result = compiler.finish();
    expect(result.columns.map((column) => column.header)).toContain('备注');
    for (const row of result.rows) expect(row.values).toHaveLength(result.columns.length);
    const remarks = result.columns.findIndex((column) => column.header === '备注');
    expect(result.rows.filter((row) => row.unit === '市商务局').map((row) => row.values[remarks])).toEqual([null, null]);
    expect(result.rows.map((row) => row.values[remarks])).toContain('待商务局反馈');
  });

  it('counts in 统计 what each source’s check found without keeping the source', () => {
    const compiler = new ReportCompiler();
    compiler.add({ ...commerce(), issues: [{ rule: 'progress.empty', severity: 'error', sheet: '三季度', cell: 'E5', row: 4, column: '进展情况', value: '', params: {} }] });
    compiler.add(education());
    const commerceStatistics = compiler.finish().statistics.find((entry) => entry.unit === '市商务局');
    expect(commerceStatistics?.errors).toBe(1);
    expect(commerceStatistics?.tasks).toBe(2);
  });
});
