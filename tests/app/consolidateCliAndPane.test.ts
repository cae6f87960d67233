/**
 * One set of bureau files compiled twice, by `jindu consolidate` and by the pane's use case (as file mode and
 * the Excel pane run it): both take the sources by the core's rules, so both compile the same sheets into the
 * same 汇总 and 统计, leave out the same files, and skip the same plan and compiled sheets.
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { XlsxWorkbook } from '../../src/adapters/xlsx';
import { openPickedFile } from '../../src/adapters/formats/openPickedFile';
import { createCoreEngine } from '../../src/app/coreEngine';
import { DEFAULT_SETTINGS } from '../../src/app/host';
import { createPaneUseCases, type ConsolidateOutcome } from '../../src/app/paneUseCases';
import { runCli } from '../../src/cli/main';
import { parseRoster, parseUnitOverrides, SEED_001_PLAN_ROWS, SEED_001_PLAN_SHEET } from '../../src/core';
import { BUREAUS, COMMERCE, ROSTER_TEXT } from '../fixtures/consolidate/bureaus';
import { writeBureauFiles, xlsxBytesOf } from '../fixtures/consolidate/writeBureauFiles';
import { memoryHost } from '../support/memoryHost';

/** A workbook compiled earlier and sent back as input: its 汇总 and 统计 hold rows that parse as a report. */
const EARLIER_OUTPUT = { file: '上次汇总.xlsx', sheets: { 汇总: COMMERCE.sheets['三季度'] ?? [], 统计: COMMERCE.sheets['三季度'] ?? [] } };
/** A bureau that sent the plan with its report. */
const WITH_PLAN = { file: '市体育局.xlsx', sheets: { [SEED_001_PLAN_SHEET]: SEED_001_PLAN_ROWS, 三季度: COMMERCE.sheets['三季度'] ?? [] } };
/** A file holding the plan only. */
const PLAN_ONLY = { file: '节点任务.xlsx', sheets: { [SEED_001_PLAN_SHEET]: SEED_001_PLAN_ROWS } };
const UNIT_PAIRS = ['市体育局.xlsx=市体育局', '市投资促进局.xlsx!三季度进展=市投资促进局（口岸办）'];

interface CliJson {
  rows: number;
  units: string[];
  sources: { file: string; sheet: string; unit: string; rows: number }[];
  conflicts: unknown[];
  duplicates: unknown[];
  missing: unknown[];
  statistics: unknown[];
  issues: { file: string; rule: string; severity: string; sheet: string }[];
}

let folder: string;
let files: string[];
let cli: CliJson;
let cliOutput: XlsxWorkbook;
let pane: ConsolidateOutcome;
let paneHost: ReturnType<typeof memoryHost>;

beforeAll(async () => {
  folder = await mkdtemp(path.join(tmpdir(), 'jindu-cli-and-pane-'));
  ({ files } = await writeBureauFiles(folder));
  for (const extra of [EARLIER_OUTPUT, WITH_PLAN, PLAN_ONLY]) {
    const file = path.join(folder, extra.file);
    await writeFile(file, await xlsxBytesOf(extra));
    files.push(file);
  }
  const roster = path.join(folder, 'units.txt');

  const output = path.join(folder, 'out.xlsx');
  const out: string[] = [];
  const code = await runCli(['consolidate', ...files, '-o', output, '--roster', roster, ...UNIT_PAIRS.flatMap((pair) => ['--unit', pair]), '--json'], {
    out: (text) => out.push(text),
    err: () => undefined,
  });
  expect(code).toBe(1);
  cli = JSON.parse(out.join('')) as CliJson;
  cliOutput = await XlsxWorkbook.load(await readFile(output));

  paneHost = memoryHost({}, null, { ...DEFAULT_SETTINGS, roster: parseRoster(ROSTER_TEXT).units });
  const useCases = createPaneUseCases(paneHost, createCoreEngine(), openPickedFile, 'zh-CN');
  const picked = await Promise.all(files.map(async (file) => ({ name: path.basename(file), bytes: new Uint8Array(await readFile(file)) })));
  pane = await useCases.consolidate({ sheets: [], files: picked, unitOverrides: parseUnitOverrides(UNIT_PAIRS) }, { signal: new AbortController().signal, report: () => undefined });
});

afterAll(async () => {
  await rm(folder, { recursive: true, force: true });
});

describe('jindu consolidate and the pane on the same files', () => {
  it('compile the same sheets, with the same units, into the same rows and findings', () => {
    expect(pane.result.sources).toEqual(cli.sources);
    expect(cli.sources.map((source) => source.file)).toEqual([...BUREAUS.map((bureau) => bureau.file), '市体育局.xlsx']);
    expect(cli.sources.map((source) => source.sheet)).not.toContain(SEED_001_PLAN_SHEET);
    expect(cli.sources.find((source) => source.file === '市投资促进局.xlsx')?.unit).toBe('市投资促进局（口岸办）');
    expect(cli.sources.find((source) => source.file === '市体育局.xlsx')?.unit).toBe('市体育局');
    expect(pane.result.rows.length).toBe(cli.rows);
    expect(pane.result.units).toEqual(cli.units);
    expect(pane.result.conflicts.map(({ serial, units, texts }) => ({ serial, units, texts }))).toEqual(cli.conflicts);
    expect(pane.result.duplicates.map(({ serial, unit, origins }) => ({ serial, unit, origins }))).toEqual(cli.duplicates);
    expect(pane.result.missing).toEqual(cli.missing);
    expect(pane.result.statistics.map((entry) => ({ ...entry, selfAssessment: Object.fromEntries(entry.selfAssessment.map((count) => [count.value, count.count])) }))).toEqual(cli.statistics);
  });

  it('write the same 汇总 and 统计, cell by cell', async () => {
    for (const sheet of ['汇总', '统计']) {
      const written = await cliOutput.readSheet(sheet);
      const inPane = await paneHost.workbook.readSheet(sheet);
      expect(inPane.text).toEqual(written.text);
    }
  });

  it('skip a compiled workbook given back and the sheets of a plan, and leave out the same files', () => {
    const skipped = cli.issues.filter((issue) => issue.severity === 'info').map((issue) => `${issue.rule} ${path.basename(issue.file)}!${issue.sheet}`);
    expect(skipped).toEqual(
      expect.arrayContaining([
        'consolidate.compiledSheetSkipped 上次汇总.xlsx!汇总',
        'consolidate.compiledSheetSkipped 上次汇总.xlsx!统计',
        `consolidate.planSheetSkipped 市体育局.xlsx!${SEED_001_PLAN_SHEET}`,
        `consolidate.planSheetSkipped 节点任务.xlsx!${SEED_001_PLAN_SHEET}`,
      ]),
    );
    const leftOutByCli = [...new Set(cli.issues.filter((issue) => issue.severity === 'error' && issue.file !== path.join(folder, 'out.xlsx')).map((issue) => path.basename(issue.file)))];
    expect(leftOutByCli.sort()).toEqual(['上次汇总.xlsx', '市文化和旅游局.xlsx', '节点任务.xlsx'].sort());
    expect(pane.unreadable.map((entry) => entry.file).sort()).toEqual(leftOutByCli.sort());
  });
});
