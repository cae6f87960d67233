/**
 * The Excel 97-2003 reader chosen by measured merit: Jindu's own compound-file and BIFF8 reader against
 * SheetJS CE (`@e965/xlsx`, the maintained alternative) on the same .xls of `rows` report rows written by
 * SheetJS — the time from bytes to every sheet's shown text (SheetJS: `read` then `sheet_to_json` with
 * formatted text, what Jindu would have to do with it), and what each adds to the page, minified and
 * gzipped (bundled here with esbuild as a chunk of its own, beside the modules the page's xlsx chunk
 * already holds). Bar: the own reader is no slower.
 */
import { gzipSync } from 'node:zlib';
import path from 'node:path';
import * as XLSX from '@e965/xlsx';
import { build } from 'esbuild';
import { XlsWorkbook } from '../../src/adapters/xls/xlsWorkbook';
import { conditionRow, infoRow, type BenchRow } from '../_lib/benchRow';
import { medianTimesAlternating } from '../_lib/timing';

const REPEATS = 5;

/** A report sheet as bureaus fill it: serial, task, period, milestone, progress, rating; title and header above. */
function reportXls(rows: number): Uint8Array {
  const sheet: (string | number)[][] = [['2025年《政府工作报告》重点工作任务三季度进展情况'], ['填报单位：市财政局'], ['序号', '《政府工作报告》重点工作任务', '时间', '节点任务', '进展情况', '自我评价']];
  for (let row = 1; row <= rows; row += 1) {
    sheet.push([row, `推进第${row}项重点工作，完成投资${row * 3}亿元`, '全年', `三季度完成${row % 100}%`, `已完成${(row * 7) % 100}%，新建学校${row % 9}所`, row % 3 === 0 ? '滞后' : '序时推进']);
  }
  const workbook = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(workbook, XLSX.utils.aoa_to_sheet(sheet), '三季度');
  return new Uint8Array(XLSX.write(workbook, { bookType: 'xls', type: 'buffer', bookSST: true }) as ArrayBuffer);
}

/**
 * What the page already holds when the legacy chunk is fetched (from the xlsx chunk): the core, the
 * number formatter, the XML scanner, the CSV decoder. Webpack shares those modules, so they are left out.
 */
const ALREADY_LOADED = /(^|\/)(core|formatCellText|excelSerial|xmlCursor|readerErrors|excelJsConversions|serialOfIsoDate|decodeText|csvWorkbook|parseDelimited)$/;

/** Minified and gzipped bytes of a module bundled alone for the browser, what the page already holds left out. */
async function bundledSize(contents: string): Promise<{ minified: number; gzipped: number }> {
  const result = await build({
    plugins: [{ name: 'already-loaded', setup: (esbuild) => esbuild.onResolve({ filter: ALREADY_LOADED }, (args) => ({ path: args.path, external: true })) }],
    stdin: { contents, resolveDir: path.join(__dirname, '..', '..'), loader: 'ts' },
    bundle: true,
    minify: true,
    write: false,
    format: 'esm',
    platform: 'browser',
    logLevel: 'silent',
  });
  const code = result.outputFiles[0]?.contents ?? new Uint8Array(0);
  return { minified: code.length, gzipped: gzipSync(code).length };
}

export async function measureLegacyXls(rows: number): Promise<BenchRow[]> {
  const bytes = reportXls(rows);
  const readOwn = async () => {
    const workbook = XlsWorkbook.read(bytes);
    for (const sheet of await workbook.listSheets()) await workbook.readSheet(sheet.name);
  };
  const readSheetJs = () => {
    const workbook = XLSX.read(bytes, { type: 'array', cellNF: true });
    for (const name of workbook.SheetNames) {
      const sheet = workbook.Sheets[name];
      if (sheet) XLSX.utils.sheet_to_json(sheet, { header: 1, raw: false });
    }
  };
  await readOwn();
  readSheetJs();
  const times = await medianTimesAlternating(readOwn, readSheetJs, REPEATS);
  const own = await bundledSize("export { openLegacySpreadsheet } from './src/adapters/xls/openLegacySpreadsheet';");
  const sheetJs = await bundledSize("export { read, utils } from '@e965/xlsx';");
  const ratio = times.first / times.second;
  const label = rows.toLocaleString('en-US');
  return [
    infoRow(`legacy.xls.own.${rows}.ms`, `.xls ${label} rows, own reader`, Math.round(times.first), 'ms', `${(bytes.length / 1024).toFixed(0)} KB file, median of ${REPEATS}`),
    infoRow(`legacy.xls.sheetjs.${rows}.ms`, `.xls ${label} rows, SheetJS CE`, Math.round(times.second), 'ms', 'read + sheet_to_json (shown text)'),
    conditionRow(`legacy.xls.${rows}.ratio`, `.xls ${label} rows, own ÷ SheetJS time`, Number(ratio.toFixed(2)), '×', '≤ 1×', ratio <= 1, 'measured alternately in the same run'),
    infoRow('legacy.size.own.gzip', 'legacy readers chunk (xls, XML, HTML), own', Number((own.gzipped / 1024).toFixed(1)), 'KB', `${(own.minified / 1024).toFixed(0)} KB minified, gzipped`),
    infoRow('legacy.size.sheetjs.gzip', 'SheetJS CE read + utils', Number((sheetJs.gzipped / 1024).toFixed(1)), 'KB', `${(sheetJs.minified / 1024).toFixed(0)} KB minified, gzipped`),
  ];
}
