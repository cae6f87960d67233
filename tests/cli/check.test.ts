/**
 * `jindu check` end to end on .xlsx files built from the seed data, with golden JSON in
 * tests/fixtures/check/<case>.expected.json. A missing expected file is written from the actual
 * result and the test fails, so a new case is reviewed before it is committed.
 *
 * The golden files hold the rule catalogue's issues; numeric-target issues and `targets` come from
 * the targets analyser and are checked by its own tests (here only their presence is).
 */
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { Workbook as ExcelWorkbook } from 'exceljs';
import { runCli } from '../../src/cli/main';
import { RULE_CATALOGUE, seed000Rows, type CellValue } from '../../src/core';

const FIXTURES = path.join(__dirname, '..', 'fixtures', 'check');
const CATALOGUE_IDS = new Set(RULE_CATALOGUE.map((rule) => rule.id));
let scratch = '';

type Rows = CellValue[][];

async function writeWorkbook(name: string, sheets: Record<string, Rows>): Promise<string> {
  const workbook = new ExcelWorkbook();
  for (const [sheetName, rows] of Object.entries(sheets)) {
    const sheet = workbook.addWorksheet(sheetName);
    rows.forEach((row, r) => {
      row.forEach((value, c) => {
        if (value === null) return;
        sheet.getCell(r + 1, c + 1).value = typeof value === 'object' ? { error: value.error as '#REF!' } : value;
      });
    });
  }
  const file = path.join(scratch, name);
  await workbook.xlsx.writeFile(file);
  return file;
}

/** The seed with one defect of each kind the catalogue knows, each in its own task row. */
function seedWithDefects(): Rows {
  const rows: Rows = seed000Rows.map((row) => [...row]);
  const task = (serial: number): CellValue[] => {
    const found = rows.find((row) => row[0] === serial);
    if (!found) throw new Error(`seed has no serial ${serial}`);
    return found;
  };
  const set = (serial: number, column: number, value: CellValue) => {
    task(serial)[column] = value;
  };
  set(40, 4, '');
  set(53, 4, '同上');
  set(112, 2, '二季度');
  set(142, 5, '已完成');
  set(143, 5, '良好');
  set(190, 4, { error: '#REF!' });
  set(199, 1, '');
  set(237, 3, '');
  set(238, 4, '已完成。');
  set(239, 4, '10月20日山大二院北院区项目已完成主体验收并投入使用。');
  set(240, 5, '');
  set(241, 1, '积极推广远程诊疗。(责任单位: 市教育局)');
  set(242, 2, '尽快');
  set(243, 2, '');
  set(244, 3, '=待定');
  set(245, 4, '推'.repeat(32_767));
  set(246, 0, '第246');
  set(247, 0, 40);
  set(236, 0, '');
  return rows;
}

/** The seed with an empty 填报单位 and a 填报时间 that is no date. */
function seedWithBadMetadata(): Rows {
  const rows: Rows = seed000Rows.map((row) => [...row]);
  rows[1] = ['填报单位：'];
  rows[2] = ['填报时间：2021年10月'];
  return rows;
}

beforeAll(async () => {
  scratch = await mkdtemp(path.join(os.tmpdir(), 'jindu-check-'));
});
afterAll(async () => {
  await rm(scratch, { recursive: true, force: true });
});

async function check(...args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(['check', ...args], { out: (text) => out.push(text), err: (text) => err.push(text) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

interface JsonIssue {
  rule: string;
}
interface JsonSheet {
  issues: JsonIssue[];
  targets: unknown[];
  [key: string]: unknown;
}

/** The catalogue's part of the --json output, with the file name instead of the scratch path. */
function catalogueView(json: { file: string; sheets: JsonSheet[] }) {
  const sheets = json.sheets.map(({ targets: _targets, issues, ...sheet }) => ({ ...sheet, issues: issues.filter((issue) => CATALOGUE_IDS.has(issue.rule)) }));
  const summary = { error: 0, warning: 0, info: 0 };
  for (const sheet of sheets) for (const issue of sheet.issues as unknown as { severity: keyof typeof summary }[]) summary[issue.severity] += 1;
  return { file: path.basename(json.file), sheets, summary };
}

async function expectGolden(name: string, actual: unknown): Promise<void> {
  const file = path.join(FIXTURES, `${name}.expected.json`);
  const text = existsSync(file) ? (await readFile(file, 'utf8')).trim() : '';
  if (text === '') {
    await writeFile(file, `${JSON.stringify(actual, null, 2)}\n`);
    throw new Error(`wrote ${file} from the actual result: review it and run again`);
  }
  expect(actual).toEqual(JSON.parse(text));
}

describe('jindu check --json on the seed workbooks', () => {
  it.each([
    { description: 'the real seed-000 sheet beside a 说明 sheet', name: 'seed000', exit: 0, sheets: () => ({ 说明: [['填表说明：请按季度填写。']], 三季度: seed000Rows.map((row) => [...row]) }) },
    {
      description: 'the seed with one defect of every kind, and a copy without unit and with a malformed date',
      name: 'seed000-defects',
      exit: 1,
      sheets: () => ({ 三季度: seedWithDefects(), 三季度副本: seedWithBadMetadata() }),
    },
    { description: 'a workbook without any header', name: 'no-header', exit: 1, sheets: () => ({ Sheet1: [['会议纪要'], ['内容']] }) },
  ])('$description', async ({ name, exit, sheets }) => {
    const file = await writeWorkbook(`${name}.xlsx`, sheets());
    const result = await check(file, '--json');
    expect({ code: result.code, err: result.err }).toEqual({ code: exit, err: '' });
    const json = JSON.parse(result.out) as { file: string; sheets: JsonSheet[]; summary: Record<string, number> };
    expect(Object.keys(json)).toEqual(['file', 'sheets', 'summary']);
    for (const sheet of json.sheets) expect(Object.keys(sheet)).toEqual(['sheet', 'unit', 'period', 'rows', 'issues', 'targets']);
    await expectGolden(name, catalogueView(json));
  });

  it('finds every rule of the catalogue that a sheet can show in the defects case', async () => {
    const golden = JSON.parse(await readFile(path.join(FIXTURES, 'seed000-defects.expected.json'), 'utf8')) as { sheets: JsonSheet[] };
    const found = new Set(golden.sheets.flatMap((sheet) => sheet.issues.map((issue) => issue.rule)));
    // Shown by the other golden cases and the rule tests: no header, a skipped sheet, no 填报时间 line at all.
    const shownElsewhere = new Set(['header.missing', 'header.columnMissing', 'sheet.notReport', 'sheet.hidden', 'metadata.dateMissing']);
    expect(RULE_CATALOGUE.map((rule) => rule.id).filter((id) => !shownElsewhere.has(id) && !found.has(id))).toEqual([]);
  });
});

describe('jindu check options and readable output', () => {
  it('prints a readable Chinese report grouped by sheet and severity with cell addresses', async () => {
    const file = await writeWorkbook('readable.xlsx', { 三季度: seedWithDefects() });
    const { code, out } = await check(file);
    expect(code).toBe(1);
    expect(out).toContain('工作表“三季度”：填报单位 济南市卫生健康委，时间 三季度，任务 38 项');
    expect(out).toMatch(/【错误】[\s\S]*E5 {4}进展情况 {2}进展情况为空[\s\S]*【警告】[\s\S]*【提示】/);
    expect(out).toContain('进展情况提到 10月20日，晚于填报时间 2021-10-11');
  });

  it('speaks English with --lang en', async () => {
    const file = await writeWorkbook('english.xlsx', { 三季度: seedWithDefects() });
    const { out } = await check(file, '--lang', 'en');
    expect(out).toContain('The progress is empty');
    expect(out).toContain('[Error]'.replace('[', '【').replace(']', '】'));
    // English sets a space before the parenthesis (`…line breaks (fixable)`), never `breaks(fixable)`.
    expect(out).toContain(' (fixable)');
    expect(out).not.toMatch(/\S\(fixable\)/);
  });

  it('checks against the --period given and the --vocab given', async () => {
    const file = await writeWorkbook('options.xlsx', { 三季度: seed000Rows.map((row) => [...row]) });
    const { out } = await check(file, '--json', '--period', '四季度', '--vocab', '序时推进,滞后');
    const json = JSON.parse(out) as { sheets: { period: string; issues: JsonIssue[] }[] };
    expect(json.sheets[0]?.period).toBe('四季度');
    const rules = new Set(json.sheets[0]?.issues.map((issue) => issue.rule));
    expect(rules.has('period.notReportPeriod')).toBe(true);
    expect(rules.has('selfAssessment.unknown')).toBe(true);
  });

  it('checks only --sheet and exits 2 when that sheet does not exist', async () => {
    const file = await writeWorkbook('two.xlsx', { 二季度: [['会议纪要']], 三季度: seed000Rows.map((row) => [...row]) });
    const only = JSON.parse((await check(file, '--json', '--sheet', '三季度')).out) as { sheets: { sheet: string }[] };
    expect(only.sheets.map((sheet) => sheet.sheet)).toEqual(['三季度']);
    expect(await check(file, '--sheet', '四季度')).toEqual({ code: 2, out: '', err: '工作簿中没有名为“四季度”的工作表。' });
  });

  it.each([
    { description: 'an unknown --period', args: ['--period', '第五季度'], err: '无法识别 --period 的时间“第五季度”（如：三季度、上半年、1-9月）' },
    { description: 'an empty --vocab', args: ['--vocab', ' , '], err: '--vocab 需要以逗号分隔的自我评价用语，例如：完成,基本完成,序时推进' },
  ])('refuses $description with exit 2', async ({ args, err }) => {
    const file = await writeWorkbook('refuse.xlsx', { 三季度: seed000Rows.map((row) => [...row]) });
    expect(await check(file, ...args)).toEqual({ code: 2, out: '', err });
  });
});

describe('jindu check --json on a workbook of several report sheets and other sheets', () => {
  /** Three bureaus' sheets: metadata on separate lines, on one line with an ISO date, and with an Excel date serial. */
  function bureauSheets(): Record<string, Rows> {
    const onOneLine: Rows = seed000Rows.map((row) => [...row]);
    onOneLine[1] = ['填报单位：济南市医疗保障局    填报时间：2021-10-09'];
    onOneLine[2] = [null];
    const withSerialDate: Rows = seed000Rows.map((row) => [...row]);
    withSerialDate[1] = ['填报单位', '济南市教育局'];
    withSerialDate[2] = ['填报时间', 44480];
    return { 说明: [['填表说明：请按季度填写。']], 卫健委: seed000Rows.map((row) => [...row]), 目录: [['目录'], ['卫健委'], ['医保局']], 医保局: onOneLine, 教育局: withSerialDate };
  }

  const TARGET_KEYS = ['row', 'cell', 'source', 'text', 'indicator', 'value', 'unit', 'op', 'deadline', 'reported', 'verdict', 'confidence', 'evidence', 'pace', 'expectedPace', 'share', 'why'];

  it('checks every report sheet, lists the skipped ones with their info, and sums the summary over all of them', async () => {
    const file = await writeWorkbook('bureaus.xlsx', bureauSheets());
    const result = await check(file, '--json');
    expect({ code: result.code, err: result.err }).toEqual({ code: 0, err: '' });
    const json = JSON.parse(result.out) as {
      sheets: (JsonSheet & { sheet: string; unit: string | null; rows: number; issues: { rule: string; severity: 'error' | 'warning' | 'info' }[] })[];
      summary: Record<string, number>;
    };
    expect(json.sheets.map(({ sheet, unit, rows }) => [sheet, unit, rows])).toEqual([
      ['卫健委', '济南市卫生健康委', 38],
      ['医保局', '济南市医疗保障局', 38],
      ['教育局', '济南市教育局', 38],
      ['说明', null, 0],
      ['目录', null, 0],
    ]);
    const rulesOf = (name: string) => new Set(json.sheets.find((sheet) => sheet.sheet === name)?.issues.map((issue) => issue.rule));
    // The date on one line (ISO) and the date serial are read: no sheet misses or misreads its 填报时间.
    for (const name of ['卫健委', '医保局', '教育局']) {
      expect([...rulesOf(name)].filter((rule) => rule.startsWith('metadata.'))).toEqual([]);
    }
    expect([...rulesOf('说明')]).toEqual(['sheet.notReport']);
    const summed = { error: 0, warning: 0, info: 0 };
    for (const sheet of json.sheets) for (const issue of sheet.issues) summed[issue.severity] += 1;
    expect(json.summary).toEqual(summed);
  });

  it('prints issues and targets with exactly the keys issues 3 and 4 show', async () => {
    const file = await writeWorkbook('shapes.xlsx', { 三季度: seed000Rows.map((row) => [...row]) });
    const json = JSON.parse((await check(file, '--json')).out) as { sheets: { issues: object[]; targets: Record<string, unknown>[] }[] };
    const [sheet] = json.sheets;
    expect(sheet?.issues.length).toBeGreaterThan(0);
    for (const issue of sheet?.issues ?? []) expect(Object.keys(issue)).toEqual(['rule', 'severity', 'cell', 'row', 'column', 'message']);
    const targets = sheet?.targets ?? [];
    expect(targets.length).toBeGreaterThan(0);
    for (const target of targets) expect(Object.keys(target).filter((key) => key !== 'upper')).toEqual(TARGET_KEYS);
    const reported = targets.map((target) => target.reported).filter((figure): figure is object => figure !== null);
    expect(reported.length).toBeGreaterThan(0);
    for (const figure of reported) expect(Object.keys(figure)).toEqual(['cell', 'text', 'value', 'unit', 'asOf']);
  });
});

describe('jindu check on dates and numbers as Excel stores them', () => {
  it('reads 填报时间 from a date cell and serials from number cells', async () => {
    const rows: Rows = seed000Rows.map((row) => [...row]);
    rows[2] = ['填报时间：'];
    const file = path.join(scratch, 'dated.xlsx');
    const workbook = new ExcelWorkbook();
    const sheet = workbook.addWorksheet('三季度');
    rows.forEach((row, r) => row.forEach((value, c) => {
      if (value !== null && typeof value !== 'object') sheet.getCell(r + 1, c + 1).value = value;
    }));
    sheet.getCell('B3').value = new Date(Date.UTC(2021, 9, 11));
    sheet.getCell('B3').numFmt = 'yyyy"年"m"月"d"日"';
    await workbook.xlsx.writeFile(file);
    const json = JSON.parse((await check(file, '--json')).out) as { sheets: { issues: JsonIssue[] }[] };
    const rules = json.sheets[0]?.issues.map((issue) => issue.rule) ?? [];
    expect(rules.filter((rule) => rule.startsWith('metadata.') || rule.startsWith('serial.'))).toEqual([]);
    expect(rules).toContain('progress.sameAsMilestone');
  });
});

describe('jindu check on files it cannot read', () => {
  it('says an empty workbook has no sheets and exits 2', async () => {
    const file = path.join(scratch, 'empty.xlsx');
    await new ExcelWorkbook().xlsx.writeFile(file);
    const result = await check(file);
    expect(result).toEqual({ code: 2, out: '', err: `“${file}”中没有任何工作表。` });
  });

  it.each([
    { description: 'a missing file', content: null, key: '找不到文件' },
    { description: 'a text file named .xlsx', content: Buffer.from('这不是工作簿'), key: '不是 .xlsx 工作簿' },
    { description: 'a damaged zip', content: Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(64, 7)]), key: '已损坏' },
    {
      description: 'a password-protected workbook',
      content: Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(512), Buffer.from('EncryptedPackage', 'utf16le')]),
      key: '设有打开密码',
    },
  ])('says so for $description and exits 2 without a stack trace', async ({ content, key }) => {
    const file = path.join(scratch, `unreadable-${key}.xlsx`);
    if (content !== null) await writeFile(file, content);
    const result = await check(file);
    expect(result.code).toBe(2);
    expect(result.out).toBe('');
    expect(result.err).toContain(key);
    expect(result.err).not.toMatch(/\bat \S+ \(|Error:/);
  });
});
