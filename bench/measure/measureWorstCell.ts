/**
 * The worst cell a user can paste: 32,767 characters (Excel's limit) of digits and Chinese numerals,
 * through the target extractor (how task and milestone cells are read) and the reported-figure reader
 * (how progress cells are read). A cell goes through one of them, so the bar is per reader and shape:
 * ≤ 50 ms for the slowest. The full run holds it against each reader's median; the quick run CI makes holds it against the
 * fastest of its runs, as it does the core check's: noise on a shared machine only adds time (one CI run measured a median
 * of 51.9 ms for a read that takes 29–34 ms here), and a smoke test that fails on noise teaches people to ignore it.
 */
import path from 'node:path';
import { checkGrid, extractTargets, gridFromRows, readReportedFigures } from '../../src/core';
import { EXCEL_CELL_LIMIT } from '../../src/core/rules/cellTooLong';
import { atMostRow, infoRow, type BenchRow } from '../_lib/benchRow';
import { bundledWorker } from '../_lib/bundledWorker';
import { sampleInWorker } from '../_lib/sampleInWorker';
import { median, timeOnce } from '../_lib/timing';
import { generateProgressSheet } from '../workload';

const BAR_MILLISECONDS = 50;
/**
 * The whole check of one row holding the worst cell (every rule, the figures' roles, the judging): not the issue's bar, which is
 * per reader, but a guard of our own at four times it, so that a pattern gone quadratic (a cell of `(` once took 15 s) fails.
 */
const ROW_BAR_MILLISECONDS = 4 * BAR_MILLISECONDS;
const REPEATS = 7;
/**
 * Runs of each read when the bar is held against the fastest (the quick run CI makes). The machines CI and we run on are shared,
 * and their noise comes in spells of seconds that slow every read alike: one CI run measured the worst read at 55.6 ms at its
 * fastest of 7 (median 65), and three runs of the same read here, one after another, gave 56, 55 and 33 ms at their fastest. Fifteen
 * rounds, each going round every cell and reader, spread the runs over twice the time, so a spell rarely covers them all.
 */
const FASTEST_OF_REPEATS = 15;
/** Whole-cell reads before timing: by the fifth, a read costs what it will go on costing. */
const WARM_UP_READS = 5;

function fill(pattern: string): string {
  return pattern.repeat(Math.ceil(EXCEL_CELL_LIMIT / pattern.length)).slice(0, EXCEL_CELL_LIMIT);
}

/** Shapes that keep a quantity reader busy: long runs, alternation, numerals glued to units and comparators. */
export const WORST_CELLS: readonly { readonly name: string; readonly text: string }[] = [
  { name: 'one run of digits', text: fill('1234567890') },
  { name: 'one run of Chinese numerals', text: fill('一二三四五六七八九十百千万亿两零') },
  { name: 'digits and numerals alternating', text: fill('1一2二3三4四5五6六7七8八9九0十') },
  { name: 'figures with units and comparators', text: fill('新建17家不低于百分之八十3.5万人以上1-2个两千余元') },
  { name: 'figures under column headers with units', text: fill('年度计划(万元) 50000 | 中央资金(万元) 6000 | ') },
  // Shapes that were once quadratic in the whole check of a row: two patterns sharing one run of spaces (800 ms), a walk out
  // from every parenthesis to its nearest word (15 s), unbounded runs of words of how before a done word (1.5 s).
  { name: 'spaces, then month words', text: `${' '.repeat(16_000)}去年${' 1'.repeat(8_000)}月`.slice(0, EXCEL_CELL_LIMIT) },
  { name: 'opening parentheses', text: fill('(') },
  { name: 'words of how, repeated', text: fill('已全面圆满') },
];

/** A row of the bench's sheet: the worst cell goes into its progress column for the whole check. */
const ROW_SHEET = generateProgressSheet({ rows: 1, seed: 1 });
const TASK_ROW = ROW_SHEET.findIndex((row) => row[0] !== null && /第\d+项/.test(String(row[0])));
const PROGRESS_COLUMN = 4;

function checkRowWithProgress(text: string): unknown {
  const sheet = ROW_SHEET.map((row, index) => (index === TASK_ROW ? row.map((cell, column) => (column === PROGRESS_COLUMN ? text : cell)) : row));
  return checkGrid(gridFromRows('三季度', sheet));
}

/**
 * The bar is per reader, how a cell is read; `checkGrid` on one row holding the cell as its progress is shown beside them
 * (every rule, the figures' roles and the judging of the row's targets), not held to it.
 */
const READERS: readonly { readonly name: string; readonly read: (text: string) => unknown; readonly barred: boolean }[] = [
  { name: 'extractTargets', read: (text) => extractTargets(text, { year: 2021 }), barred: true },
  { name: 'readReportedFigures', read: (text) => readReportedFigures(text, 2021), barred: true },
  { name: 'checkGrid, one row', read: checkRowWithProgress, barred: false },
];

export type WorstCellBar = 'median' | 'fastest';

/**
 * The worst cells timed in a process of its own: in the bench's own process, after the sections before it, the same reads
 * took a fifth longer (38.7 against 31–33 ms, the collector working through the heap those sections left). The worker is
 * bundled, as the CLI and the pane ship the core (bundledWorker).
 */
export async function measureWorstCell(barOn: WorstCellBar = 'median'): Promise<BenchRow[]> {
  return sampleInWorker<BenchRow[]>(await bundledWorker(path.join(__dirname, 'worstCellWorker.ts')), [barOn], [], 'the worst-cell worker');
}

/** The worst cells timed in this process (the worker's side of `measureWorstCell`). */
export async function timeWorstCells(barOn: WorstCellBar): Promise<BenchRow[]> {
  const pairs = WORST_CELLS.flatMap((cell, shapeIndex) =>
    READERS.map((reader) => ({ shapeIndex, cell, reader, what: `${cell.name}, ${reader.name}`, read: () => reader.read(cell.text), times: [] as number[], timedOnce: false })),
  );
  for (const pair of pairs) {
    // The same shape, short and then whole, untimed first: the compiler's passes over a full cell cost
    // several times the read itself (reads of one cell measured 457, 229, 135, 59, 49, then 19–27 ms of CPU).
    pair.reader.read(pair.cell.text.slice(0, 1_000));
    for (let run = 0; run < WARM_UP_READS; run += 1) pair.read();
    const first = await timeOnce(pair.read);
    pair.times.push(first);
    // A cell far over the bar is timed once: repeating a 10-second read proves nothing more.
    pair.timedOnce = first > BAR_MILLISECONDS * 5;
  }
  // The repeats go round every cell and reader in turn: a few seconds of a busy machine then slow one run of each, not every run
  // of one (a fresh-clone CI once measured one shape at 56–61 ms in all seven runs, the shape before it at its usual 21 ms).
  const repeats = barOn === 'fastest' ? FASTEST_OF_REPEATS : REPEATS;
  for (let run = 1; run < repeats; run += 1) {
    for (const pair of pairs) if (!pair.timedOnce) pair.times.push(await timeOnce(pair.read));
  }
  const rows: BenchRow[] = [];
  let slowest = { name: '', milliseconds: 0, timing: '' };
  let slowestRow = { name: '', milliseconds: 0, timing: '' };
  for (const pair of pairs) {
    const milliseconds = median(pair.times);
    const fastest = Math.min(...pair.times);
    const timing = pair.timedOnce ? 'one run' : `median of ${repeats}, fastest ${fastest.toFixed(1)} ms`;
    rows.push(infoRow(`worstCell.${pair.shapeIndex}.${pair.reader.name}.ms`, `  ${pair.what}`, milliseconds, 'ms', timing));
    const held = barOn === 'fastest' ? fastest : milliseconds;
    const heldTiming = barOn === 'fastest' && !pair.timedOnce ? `fastest of ${repeats}` : timing;
    if (pair.reader.barred && held > slowest.milliseconds) slowest = { name: pair.what, milliseconds: held, timing: heldTiming };
    if (!pair.reader.barred && held > slowestRow.milliseconds) slowestRow = { name: pair.cell.name, milliseconds: held, timing: heldTiming };
  }
  return [
    atMostRow(
      'worstCell.ms',
      `worst cell, ${EXCEL_CELL_LIMIT.toLocaleString('en-US')} chars`,
      slowest.milliseconds,
      'ms',
      BAR_MILLISECONDS,
      `slowest: ${slowest.name} (${slowest.timing})`,
    ),
    atMostRow(
      'worstCell.row.ms',
      `  the whole check of a row holding it`,
      slowestRow.milliseconds,
      'ms',
      ROW_BAR_MILLISECONDS,
      `slowest: ${slowestRow.name} as the progress (${slowestRow.timing})`,
    ),
    ...rows,
  ];
}
