/**
 * Reads every .xlsx in a folder (and its subfolders) the way the CLI does and reports what a user would
 * meet: files refused (with the reason), formula results lost, `[object Object]` in shown text, files over
 * 10 s or 1 GB, and, cell by cell, the shown text of every number cell against a judge. Not part of CI: the
 * folder holds third-party files, which stay out of the repository.
 *
 *   npx tsx scripts/conformance.ts FOLDER [--differences FILE.jsonl]
 *
 * The judge is SheetJS (`@e965/xlsx`, a devDependency): its own reader finds each cell's value and format
 * code, and its formatter SSF renders them. SSF formats as en-US Excel does, so the judge is told what a
 * zh-CN Excel shows differently, from Excel's documentation of the zh-CN built-in formats (ECMA-376 Part 1,
 * 18.8.30 lists the ids; the zh-CN codes are those a Chinese Excel writes when it saves them): the built-in
 * codes loaded into SSF's table before reading (`ZH_CN_BUILT_INS`), and in the codes, AM/PM shown 上午/下午
 * unless an English locale is asked for, `[$-F800]`/`[$-F400]` as the system long date and time. Cells the
 * judge cannot render (`[DBNum…]`, `aaa`) are counted apart, not compared. A date written as ISO 8601 text
 * (`t="d"`) is judged by the serial Excel's 1900 system gives it (`excelSerialOfIsoDate`), not SheetJS's.
 * Duplicate files (same bytes) are read once.
 */
import { createHash } from 'node:crypto';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import * as XLSX from '@e965/xlsx';
import { openSpreadsheetFile } from '../src/adapters/formats/openSpreadsheetFile';
import { XlsxWorkbook } from '../src/adapters/xlsx/xlsxWorkbook';
import type { SheetGrid } from '../src/core';

const SLOW_MILLISECONDS = 10_000;
const HEAVY_BYTES = 1024 ** 3;

/** zh-CN Excel's built-in number formats where they differ from en-US (ids of ECMA-376 Part 1, 18.8.30). */
export const ZH_CN_BUILT_INS: Readonly<Record<number, string>> = {
  5: '"¥"#,##0;"¥"\\-#,##0',
  6: '"¥"#,##0;[Red]"¥"\\-#,##0',
  7: '"¥"#,##0.00;"¥"\\-#,##0.00',
  8: '"¥"#,##0.00;[Red]"¥"\\-#,##0.00',
  14: 'yyyy/m/d',
  22: 'yyyy/m/d h:mm',
  27: 'yyyy"年"m"月"',
  28: 'm"月"d"日"',
  29: 'm"月"d"日"',
  30: 'm-d-yy',
  31: 'yyyy"年"m"月"d"日"',
  32: 'h"时"mm"分"',
  33: 'h"时"mm"分"ss"秒"',
  34: '上午/下午h"时"mm"分"',
  35: '上午/下午h"时"mm"分"ss"秒"',
  36: 'yyyy"年"m"月"',
  41: '_ * #,##0_ ;_ * \\-#,##0_ ;_ * "-"_ ;_ @_ ',
  42: '_ "¥"* #,##0_ ;_ "¥"* \\-#,##0_ ;_ "¥"* "-"_ ;_ @_ ',
  43: '_ * #,##0.00_ ;_ * \\-#,##0.00_ ;_ * "-"??_ ;_ @_ ',
  44: '_ "¥"* #,##0.00_ ;_ "¥"* \\-#,##0.00_ ;_ "¥"* "-"??_ ;_ @_ ',
  50: 'yyyy"年"m"月"',
  51: 'm"月"d"日"',
  52: 'yyyy"年"m"月"',
  53: 'm"月"d"日"',
  54: 'm"月"d"日"',
  55: '上午/下午h"时"mm"分"',
  56: '上午/下午h"时"mm"分"ss"秒"',
  57: 'yyyy"年"m"月"',
  58: 'm"月"d"日"',
};

/** A format code as zh-CN Excel reads it, for SSF (which formats as en-US Excel does): the system tags. */
export function zhCnJudgeCode(code: string): string {
  if (/\[\$-F800\]/i.test(code)) return 'yyyy"年"m"月"d"日"';
  if (/\[\$-F400\]/i.test(code)) return 'h:mm:ss';
  // AM/PM (and A/P) are 上午/下午 in zh-CN: `judgeText` keeps AM/PM for SSF's twelve-hour clock and swaps the words.
  return code;
}

const CHINESE_MONTHS = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '十一', '十二'];
const CHINESE_WEEKDAYS = ['日', '一', '二', '三', '四', '五', '六'];

/**
 * Month and weekday names as zh-CN Excel shows them (`mmm` 9月, `mmmm` 九月, `ddd` 周二, `dddd` 星期二,
 * `aaa` 二, `aaaa` 星期二), put into the code as quoted text for the value at hand: SSF writes English names.
 */
function withChineseNames(code: string, value: number, date1904: boolean): string {
  if (!/m{3,}|d{3,}|a{3,}/i.test(code.replace(/"[^"]*"/g, ''))) return code;
  const date = XLSX.SSF.parse_date_code(value, { date1904 });
  if (date === undefined || date === null) return code;
  const weekday = date.q ?? 0;
  const names = (letters: string): string => {
    const lower = letters.toLowerCase();
    if (lower.startsWith('m')) return lower.length === 3 ? `${date.m}月` : lower.length === 4 ? `${CHINESE_MONTHS[date.m - 1] ?? ''}月` : (CHINESE_MONTHS[date.m - 1] ?? '').charAt(0);
    if (lower.startsWith('d')) return `${lower.length === 3 ? '周' : '星期'}${CHINESE_WEEKDAYS[weekday] ?? ''}`;
    return `${lower.length >= 4 ? '星期' : ''}${CHINESE_WEEKDAYS[weekday] ?? ''}`;
  };
  return code
    .split(/("[^"]*")/)
    .map((piece) => (piece.startsWith('"') ? piece : piece.replace(/m{3,}|d{3,}|a{3,}/gi, (letters) => `"${names(letters)}"`)))
    .join('');
}

/** The codes SheetJS gives built-ins 14 and 22 (en-US), which a zh-CN Excel shows its own way. */
const SHEETJS_LOCALE_BUILT_INS: Readonly<Record<string, string>> = { 'm/d/yy': 'yyyy/m/d', 'm/d/yy h:mm': 'yyyy/m/d h:mm' };

function judgeText(value: number, sheetJsCode: string, date1904: boolean): string | null {
  const code = SHEETJS_LOCALE_BUILT_INS[sheetJsCode] ?? sheetJsCode;
  const outsideQuotes = code.replace(/"[^"]*"/g, '');
  // Excel fills a cell with # when a date format meets a negative number or one past 9999-12-31 (SSF leaves
  // it empty): "negative or too large dates and times show as #####", Excel's help on the ##### in a cell.
  const pastLastDate = value >= (date1904 ? 2957004 : 2958466);
  if ((value < 0 || pastLastDate) && XLSX.SSF.is_date(code) && code.split(';').length === 1 + (/;@$/.test(code) ? 1 : 0)) return '########';
  // SSF knows no Chinese numerals: those cells are counted apart.
  if (/\[DBNum\d\]/i.test(outsideQuotes)) return null;
  const english = /\[\$-(409|809|c09|1009)\]/i.test(code);
  // A locale tag without a currency symbol (`[$-010409]`, `[$-804]`) shows nothing; SSF prints a `$` for it.
  let judgeCode = zhCnJudgeCode(code).replace(/上午\/下午/g, 'AM/PM').replace(/\[\$-[0-9A-F]+\]/gi, '');
  if (!english) judgeCode = withChineseNames(judgeCode, value, date1904);
  let shown = XLSX.SSF.format(judgeCode, value, { date1904 });
  if (!english && /AM\/PM|A\/P/i.test(judgeCode.replace(/"[^"]*"/g, ''))) shown = shown.replace(/AM|(?<![A-Za-z])A(?![A-Za-z])/g, '上午').replace(/PM|(?<![A-Za-z])P(?![A-Za-z])/g, '下午');
  return shown;
}

const MILLISECONDS_A_DAY = 24 * 60 * 60 * 1000;
/** Day 0 of the serials, as OLE Automation counts them: Excel's serial 0 ("00 January 1900") is this day. */
const OLE_EPOCH = Date.UTC(1899, 11, 30);
/** 1 March 1900, serial 61 in Excel's 1900 system and in OLE arithmetic alike. */
const FIRST_SERIAL_PAST_PHANTOM_LEAP_DAY = 61;
const DAYS_1900_TO_1904 = 1462;

/**
 * The serial Excel stores for an ISO 8601 date or time of a `t="d"` cell, which SheetJS converts with its own
 * arithmetic (1899-12-30 as −1, 1900-02-28 as 60). Excel's 1900 system counts 29 February 1900, a day that never
 * was (ECMA-376 Part 1, §18.17.4.1; Microsoft's "Excel incorrectly assumes that the year 1900 is a leap year"):
 * from 1 March 1900 its serials are OLE days since 1899-12-30, before it one fewer; serial 0 is 1899-12-30 itself,
 * the value the transitional copy of a Strict workbook holds where the Strict one writes 1899-12-30.
 */
export function excelSerialOfIsoDate(iso: string, date1904: boolean): number | undefined {
  const match = /^\s*(?:(\d{4})-(\d{2})-(\d{2}))?(?:T?(\d{2}):(\d{2})(?::(\d{2}(?:\.\d+)?))?)?(?:Z|[+-]\d{2}:?\d{2})?\s*$/.exec(iso);
  if (match === null || (match[1] === undefined && match[4] === undefined)) return undefined;
  const [, year, month, day, hours, minutes, seconds] = match;
  const dayFraction = ((Number(hours ?? 0) * 60 + Number(minutes ?? 0)) * 60 + Number(seconds ?? 0)) / 86_400;
  if (year === undefined) return dayFraction;
  const oleDays = (Date.UTC(Number(year), Number(month) - 1, Number(day)) - OLE_EPOCH) / MILLISECONDS_A_DAY;
  if (date1904) return oleDays - DAYS_1900_TO_1904 + dayFraction;
  const days = oleDays >= FIRST_SERIAL_PAST_PHANTOM_LEAP_DAY || oleDays <= 0 ? oleDays : oleDays - 1;
  return days + dayFraction;
}

/** Text of a part SheetJS kept with `bookFiles`, or undefined. */
function partText(judge: XLSX.WorkBook, partPath: string): string | undefined {
  const files = (judge as unknown as { files?: Record<string, { content?: Uint8Array } | undefined> }).files;
  const content = files?.[partPath]?.content;
  return content === undefined ? undefined : Buffer.from(content).toString('utf8');
}

function unescapedXml(text: string): string {
  return text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');
}

function attributeOf(attributes: string, name: string): string | undefined {
  return new RegExp(`(?:^|\\s)${name}\\s*=\\s*["']([^"']*)["']`).exec(attributes)?.[1];
}

/**
 * The ISO text of every `t="d"` cell, by sheet name and address, read by the judge itself from the parts
 * SheetJS kept (the workbook, its relationships, the sheets), so that those cells are judged by Excel's serial.
 */
function isoDateCellsOf(judge: XLSX.WorkBook): Map<string, Map<string, string>> {
  const found = new Map<string, Map<string, string>>();
  const workbook = partText(judge, 'xl/workbook.xml');
  const relationships = partText(judge, 'xl/_rels/workbook.xml.rels');
  if (workbook === undefined || relationships === undefined) return found;
  const targets = new Map<string, string>();
  for (const [, attributes = ''] of relationships.matchAll(/<(?:\w+:)?Relationship\b([^>]*)>/g)) {
    const id = attributeOf(attributes, 'Id');
    const target = attributeOf(attributes, 'Target');
    if (id !== undefined && target !== undefined) targets.set(id, target.startsWith('/') ? target.slice(1) : path.posix.normalize(`xl/${target}`));
  }
  for (const [, attributes = ''] of workbook.matchAll(/<(?:\w+:)?sheet\b([^>]*)>/g)) {
    const name = attributeOf(attributes, 'name');
    const id = attributeOf(attributes, '\\w+:id');
    const target = id === undefined ? undefined : targets.get(id);
    const sheetXml = target === undefined ? undefined : partText(judge, target);
    if (name === undefined || sheetXml === undefined || !/\st\s*=\s*["']d["']/.test(sheetXml)) continue;
    const cells = new Map<string, string>();
    for (const [, cellAttributes = '', body = ''] of sheetXml.matchAll(/<(?:\w+:)?c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/(?:\w+:)?c>)/g)) {
      if (attributeOf(cellAttributes, 't') !== 'd') continue;
      const address = attributeOf(cellAttributes, 'r');
      const iso = /<(?:\w+:)?v>([^<]*)<\/(?:\w+:)?v>/.exec(body)?.[1];
      if (address !== undefined && iso !== undefined) cells.set(address, iso);
    }
    found.set(unescapedXml(name), cells);
  }
  return found;
}

interface Tally {
  files: number;
  duplicates: number;
  read: number;
  /** Files the sheet reader did not read, so that the CLI read them through ExcelJS. */
  readByExcelJs: string[];
  refused: Map<string, string[]>;
  judgeRefused: number;
  objectText: string[];
  slow: string[];
  formulaResults: number;
  formulaResultsLost: string[];
  numberCells: number;
  numberCellsEqual: number;
  notJudged: number;
  hiddenUnderMerge: number;
  differences: Difference[];
}

interface Difference {
  readonly file: string;
  readonly sheet: string;
  readonly address: string;
  readonly value: number;
  readonly format: string;
  readonly ours: string;
  readonly judge: string;
}

async function listXlsx(folder: string): Promise<string[]> {
  const found: string[] = [];
  for (const entry of await readdir(folder, { withFileTypes: true })) {
    const full = path.join(folder, entry.name);
    if (entry.isDirectory()) found.push(...(await listXlsx(full)));
    else if (/\.xls[xm]$/i.test(entry.name)) found.push(full);
  }
  return found.sort();
}

function isHiddenUnderMerge(grid: SheetGrid, row: number, column: number): boolean {
  return grid.merges.some((merge) => row >= merge.top && row <= merge.bottom && column >= merge.left && column <= merge.right && (row !== merge.top || column !== merge.left));
}

/** Excel trims nothing, but the grid's text and the judge's both end in the padding of `_)`: compare them trimmed. */
function comparable(text: string): string {
  return text.replace(/\s+$/, '').replace(/^\s+/, '');
}

async function readFileInto(file: string, tally: Tally): Promise<void> {
  const started = performance.now();
  const opened = await openSpreadsheetFile(file);
  if (!opened.ok) {
    tally.refused.set(opened.problem.key, [...(tally.refused.get(opened.problem.key) ?? []), file]);
    return;
  }
  tally.read += 1;
  if (opened.workbook instanceof XlsxWorkbook) tally.readByExcelJs.push(file);
  const grids = new Map<string, SheetGrid>();
  for (const sheet of await opened.workbook.listSheets()) {
    const grid = await opened.workbook.readSheet(sheet.name);
    grids.set(sheet.name, grid);
    for (const row of grid.text) for (const text of row) if (text.includes('[object Object]')) tally.objectText.push(`${file} · ${sheet.name}`);
  }
  const elapsed = performance.now() - started;
  if (elapsed > SLOW_MILLISECONDS) tally.slow.push(`${file} ${Math.round(elapsed)} ms`);

  let judge: XLSX.WorkBook;
  try {
    judge = XLSX.read(await readFile(file), { type: 'buffer', bookFiles: true, cellNF: true, cellFormula: true, cellHTML: false, cellText: false, dense: false });
  } catch {
    tally.judgeRefused += 1;
    return;
  }
  const date1904 = Boolean(judge.Workbook?.WBProps?.date1904);
  const isoDateCells = isoDateCellsOf(judge);
  for (const sheetName of judge.SheetNames) {
    const grid = grids.get(sheetName);
    const sheet = judge.Sheets[sheetName];
    if (grid === undefined || sheet === undefined) continue;
    for (const address of Object.keys(sheet)) {
      if (address.startsWith('!')) continue;
      const cell = sheet[address] as XLSX.CellObject;
      const { r: row, c: column } = XLSX.utils.decode_cell(address);
      const ours = grid.text[row]?.[column] ?? '';
      const code = typeof cell.z === 'string' ? cell.z : 'General';
      const isNumber = cell.t === 'n' && typeof cell.v === 'number' && Number.isFinite(cell.v);
      const isoDate = isoDateCells.get(sheetName)?.get(address);
      const value = (isoDate === undefined ? undefined : excelSerialOfIsoDate(isoDate, date1904)) ?? (typeof cell.v === 'number' ? cell.v : 0);
      let expected: string | null = null;
      if (isNumber) {
        try {
          expected = judgeText(value, code, date1904);
        } catch {
          expected = null;
        }
      }
      if (cell.f !== undefined && cell.v !== undefined && cell.v !== '' && cell.t !== 'z') {
        tally.formulaResults += 1;
        // A result its format shows as nothing (`#` on 0, `;;;`) is kept, not lost, when the cell shows nothing.
        const formatShowsNothing = expected !== null && comparable(expected) === '';
        if (ours === '' && !formatShowsNothing && !isHiddenUnderMerge(grid, row, column)) tally.formulaResultsLost.push(`${file} · ${sheetName}!${address}`);
      }
      if (!isNumber) continue;
      if (isHiddenUnderMerge(grid, row, column)) {
        tally.hiddenUnderMerge += 1;
        continue;
      }
      if (expected === null) {
        tally.notJudged += 1;
        continue;
      }
      tally.numberCells += 1;
      if (comparable(ours) === comparable(expected)) tally.numberCellsEqual += 1;
      else tally.differences.push({ file: path.basename(file), sheet: sheetName, address, value, format: code, ours, judge: expected });
    }
  }
}

async function main(folder: string, differencesFile: string | undefined): Promise<void> {
  for (const [id, code] of Object.entries(ZH_CN_BUILT_INS)) XLSX.SSF.load(code, Number(id));
  const tally: Tally = {
    files: 0,
    duplicates: 0,
    read: 0,
    readByExcelJs: [],
    refused: new Map(),
    judgeRefused: 0,
    objectText: [],
    slow: [],
    formulaResults: 0,
    formulaResultsLost: [],
    numberCells: 0,
    numberCellsEqual: 0,
    notJudged: 0,
    hiddenUnderMerge: 0,
    differences: [],
  };
  const seen = new Set<string>();
  for (const file of await listXlsx(folder)) {
    const digest = createHash('sha1').update(await readFile(file)).digest('hex');
    if (seen.has(digest)) {
      tally.duplicates += 1;
      continue;
    }
    seen.add(digest);
    tally.files += 1;
    try {
      await readFileInto(file, tally);
    } catch (error) {
      const reason = `threw: ${error instanceof Error ? error.message.replace(/\d+/g, 'N') : String(error)}`;
      tally.refused.set(reason, [...(tally.refused.get(reason) ?? []), file]);
    }
  }
  const peak = process.resourceUsage().maxRSS * 1024;
  const equalShare = tally.numberCells === 0 ? 1 : tally.numberCellsEqual / tally.numberCells;
  console.log(`distinct files ${tally.files} (duplicates ${tally.duplicates}), read ${tally.read}, refused ${tally.files - tally.read}`);
  for (const [reason, files] of [...tally.refused].sort((a, b) => b[1].length - a[1].length)) {
    console.log(`  ${files.length}\t${reason}`);
    for (const file of files) console.log(`\t\t${path.relative(folder, file)}`);
  }
  console.log(`read through ExcelJS (the sheet reader refused them): ${tally.readByExcelJs.length}`, tally.readByExcelJs.slice(0, 10));
  console.log(`formula results ${tally.formulaResults}, lost ${tally.formulaResultsLost.length}`, tally.formulaResultsLost.slice(0, 10));
  console.log(`[object Object]: ${tally.objectText.length}`, tally.objectText.slice(0, 10));
  console.log(`over 10 s: ${tally.slow.length}`, tally.slow, `peak memory ${Math.round(peak / 1024 ** 2)} MB${peak > HEAVY_BYTES ? ' (over 1 GB)' : ''}`);
  console.log(`judge could not read ${tally.judgeRefused} files`);
  console.log(
    `number cells compared ${tally.numberCells}, equal ${tally.numberCellsEqual} (${(equalShare * 100).toFixed(2)} %), different ${tally.differences.length}; not judged ${tally.notJudged}; hidden under merges ${tally.hiddenUnderMerge}`,
  );
  const byFormat = new Map<string, number>();
  for (const difference of tally.differences) byFormat.set(difference.format, (byFormat.get(difference.format) ?? 0) + 1);
  for (const [format, count] of [...byFormat].sort((a, b) => b[1] - a[1]).slice(0, 40)) {
    const sample = tally.differences.find((difference) => difference.format === format);
    console.log(`  ${count}\t${JSON.stringify(format)}\t${sample?.value} ours ${JSON.stringify(sample?.ours)} judge ${JSON.stringify(sample?.judge)}`);
  }
  if (differencesFile !== undefined) await writeFile(differencesFile, tally.differences.map((difference) => JSON.stringify(difference)).join('\n'));
}

const argumentsGiven = process.argv.slice(2);
const differencesAt = argumentsGiven.indexOf('--differences');
void main(argumentsGiven.find((argument, index) => !argument.startsWith('--') && (differencesAt < 0 || index !== differencesAt + 1)) ?? '.', differencesAt >= 0 ? argumentsGiven[differencesAt + 1] : undefined);
