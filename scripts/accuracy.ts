/**
 * `npm run accuracy`: the targets engine scored on the hand-judged corpus (tests/corpus/targets), overall,
 * per half of the fixed split and per phrasing category. Exits 1 when a half misses a bar (precision 95 %, recall 90 %, verdict 85 %)
 * (precision ≥ 95%, recall ≥ 90%, verdict accuracy ≥ 85%), 2 when the corpus itself has problems.
 * With `--floors` (what CI runs) it exits 1 only when a figure falls below the recorded floors.
 *
 *   npm run accuracy                  the table
 *   npm run accuracy -- --show-misses the tuning half's mismatches (held-out rows are never listed)
 *   npm run accuracy -- --json        the figures as JSON
 *   npm run accuracy -- --floors      fail only below tests/corpus/accuracy-floors.json (CI)
 *   npm run accuracy -- --skip-unsound score only the files without problems (while the corpus is being written)
 *   npm run accuracy -- --show-misses --fold=a   the misses of one fold's documents only, to write a rule from them
 *                                     and check it on the other fold's tuning line, documents its author has not read
 *   npm run accuracy -- --batch=DIR   a fresh batch's first run: the files of DIR (judged, not yet in the corpus) scored by
 *                                     this checkout's engine — overall and per half only, never its misses, no bars
 *
 * Then how often each verdict the engine gives is right, on each half: what a reviewer can rely on.
 * Below the table: how far a second judge, reading a sample of rows blind, agrees with the first (tests/corpus/second-judge),
 * and the engine on the same rows.
 */
import { loadTargetsCorpus } from '../tests/corpus/loadTargetsCorpus';
import { runEngineOnCorpus } from '../tests/corpus/runEngineOnCorpus';
import { barsMissed, ratesOf, scoreTargets, type GivenTally, type Miss, type Tally } from '../tests/corpus/scoreTargets';
import type { Verdict } from '../src/core/targets/types';
import { documentFoldOf, halfOf, type DocumentFold } from '../tests/corpus/split';
import { checkFloors, readFloors } from '../tests/corpus/accuracyFloors';
import { agreementOf, readSecondJudge } from '../tests/corpus/secondJudge';

const args = new Set(process.argv.slice(2));
const foldArgument = process.argv.slice(2).find((arg) => arg.startsWith('--fold='))?.slice('--fold='.length);
if (foldArgument !== undefined && foldArgument !== 'a' && foldArgument !== 'b') {
  console.error(`--fold takes a or b, not «${foldArgument}»`);
  process.exit(2);
}
const shownFold: DocumentFold | undefined = foldArgument;
const batchDirectory = process.argv.slice(2).find((arg) => arg.startsWith('--batch='))?.slice('--batch='.length);
if (batchDirectory === '') {
  console.error('--batch takes the directory of the batch\'s files');
  process.exit(2);
}
const corpus = loadTargetsCorpus(batchDirectory);
const { problems } = corpus;
if (problems.length > 0) {
  console.error(`The corpus has ${problems.length} problem(s):\n${problems.map((problem) => `  ${problem}`).join('\n')}`);
  // `--skip-unsound`: score the sound files while others are being written; never in CI.
  if (!args.has('--skip-unsound')) process.exit(2);
}
const files = corpus.files.filter((file) => !problems.some((problem) => problem.startsWith(`${file.file}:`) || problem.startsWith(`${file.file} `)));

const scored = runEngineOnCorpus(files);
const score = scoreTargets(scored);
const foldOfRow = new Map(files.flatMap((file) => file.rows.map((row) => [row.id, documentFoldOf(file.file)] as const)));
const tuningOfFold = (fold: DocumentFold) => scoreTargets(scored.filter((row) => row.half === 'tuning' && foldOfRow.get(row.row.id) === fold)).byHalf.tuning;
const percent = (value: number): string => `${(value * 100).toFixed(1)}%`;

function line(label: string, tally: Tally): string {
  const rates = ratesOf(tally);
  return [
    label.padEnd(22),
    String(tally.expected).padStart(8),
    String(tally.found).padStart(6),
    percent(rates.precision).padStart(10),
    percent(rates.recall).padStart(8),
    percent(rates.reportedAccuracy).padStart(9),
    percent(rates.verdictAccuracy).padStart(9),
  ].join(' ');
}

/** Verdicts that answer with a figure, against those that say the progress has none a reviewer can tie. */
const WITH_A_FIGURE: readonly Verdict[] = ['met', 'on-track', 'behind', 'unmet'];
const WITHOUT_A_FIGURE: readonly Verdict[] = ['no-figure', 'unclear'];

function givenOf(given: ReadonlyMap<Verdict, GivenTally>, verdicts: readonly Verdict[]): GivenTally {
  return verdicts.reduce((sum, verdict) => ({ given: sum.given + (given.get(verdict)?.given ?? 0), right: sum.right + (given.get(verdict)?.right ?? 0) }), { given: 0, right: 0 });
}

function givenCell(tally: GivenTally): string {
  return `${String(tally.given).padStart(6)} ${(tally.given === 0 ? '–' : percent(tally.right / tally.given)).padStart(7)}`;
}

const givenGroups: readonly (readonly [string, readonly Verdict[]])[] = [
  ...[...WITH_A_FIGURE, ...WITHOUT_A_FIGURE].map((verdict) => [verdict, [verdict]] as const),
  ['with a figure', WITH_A_FIGURE],
  ['no-figure or unclear', WITHOUT_A_FIGURE],
];

if (batchDirectory !== undefined) {
  // A first run is read once, as a whole: the batch's misses stay unread until its rows join the corpus (and its tuning rows only).
  console.log(`First run of ${batchDirectory}: ${files.length} documents, ${scored.length} rows (${scored.filter((row) => row.half === 'held-out').length} held out).`);
  console.log(`${''.padEnd(22)} ${'expected'.padStart(8)} ${'found'.padStart(6)} ${'precision'.padStart(10)} ${'recall'.padStart(8)} ${'figure'.padStart(9)} ${'verdict'.padStart(9)}`);
  console.log(line('overall', score.overall));
  console.log(line('tuning (4/5)', score.byHalf.tuning));
  console.log(line('held-out (1/5)', score.byHalf['held-out']));
  process.exit(0);
}

const secondReading = readSecondJudge(files);
if (secondReading.problems.length > 0) console.error(`The second judge's sample has ${secondReading.problems.length} problem(s):\n${secondReading.problems.map((problem) => `  ${problem}`).join('\n')}`);
const agreement = agreementOf(files, secondReading);

const rows = scored.length;
const heldOutRows = scored.filter((row) => row.half === 'held-out').length;
const places = new Set(files.map((file) => file.document.place));
const years = new Set(files.map((file) => file.document.year));

if (args.has('--json')) {
  console.log(
    JSON.stringify(
      {
        corpus: { documents: files.length, places: places.size, years: [...years].sort(), rows, heldOutRows },
        overall: ratesOf(score.overall),
        tuning: ratesOf(score.byHalf.tuning),
        heldOut: ratesOf(score.byHalf['held-out']),
        byCategory: Object.fromEntries([...score.byCategory].map(([category, tally]) => [category, { ...tally, ...ratesOf(tally) }])),
        verdictsGiven: Object.fromEntries(
          (['tuning', 'held-out'] as const).map((half) => [half, Object.fromEntries(givenGroups.map(([label, verdicts]) => [label, givenOf(score.givenByHalf[half], verdicts)]))]),
        ),
        agreement: { rows: agreement.rows, secondJudge: ratesOf(agreement.secondJudge), engine: ratesOf(agreement.engine) },
      },
      null,
      2,
    ),
  );
} else {
  console.log(`Targets corpus: ${files.length} documents, ${places.size} places, years ${[...years].sort().join(' ')}, ${rows} rows (${heldOutRows} held out).`);
  console.log(`${''.padEnd(22)} ${'expected'.padStart(8)} ${'found'.padStart(6)} ${'precision'.padStart(10)} ${'recall'.padStart(8)} ${'figure'.padStart(9)} ${'verdict'.padStart(9)}`);
  console.log(line('overall', score.overall));
  console.log(line('tuning (4/5)', score.byHalf.tuning));
  console.log(line('held-out (1/5)', score.byHalf['held-out']));
  console.log(line('  tuning, fold a docs', tuningOfFold('a')));
  console.log(line('  tuning, fold b docs', tuningOfFold('b')));
  console.log('by phrasing category (expected targets; precision is not defined per category):');
  for (const [category, tally] of [...score.byCategory].sort((left, right) => right[1].expected - left[1].expected)) console.log(line(`  ${category}`, tally));
  console.log('by expected verdict:');
  for (const [verdict, tally] of [...score.byVerdict].sort((left, right) => right[1].expected - left[1].expected)) console.log(line(`  ${verdict}`, tally));
  console.log(`how often a verdict the engine gives is right (given, right; an invented target's verdict is wrong):`);
  console.log(`${''.padEnd(22)} ${'tuning'.padStart(14)} ${'held-out'.padStart(14)}`);
  for (const [label, verdicts] of givenGroups) {
    console.log(`${`  ${label}`.padEnd(22)} ${givenCell(givenOf(score.givenByHalf.tuning, verdicts))} ${givenCell(givenOf(score.givenByHalf['held-out'], verdicts))}`);
  }
  console.log(`two judges: a second judge read ${agreement.rows} tuning rows blind, scored against the first (the engine on the same rows below it):`);
  console.log(line('  second judge', agreement.secondJudge));
  console.log(line('  engine', agreement.engine));
}

if (args.has('--show-misses')) {
  const describe = (miss: Miss): string => {
    const expected = miss.expected ? `expected ${miss.expected.cell} «${miss.expected.phrase}» ${miss.expected.op}${miss.expected.value} → ${miss.expected.reported?.value ?? '∅'} ${miss.expected.verdict}` : '';
    const found = miss.found ? `found ${miss.found.cell} «${miss.found.text}» ${miss.found.op}${miss.found.value}${miss.found.unit} → ${miss.found.reported?.value ?? '∅'} ${miss.found.verdict}` : '';
    return `${miss.rowId} ${miss.kind}: ${[expected, found].filter(Boolean).join(' | ')}`;
  };
  const shown = (rowId: string): boolean => halfOf(rowId) === 'tuning' && (shownFold === undefined || foldOfRow.get(rowId) === shownFold);
  for (const miss of score.misses) if (shown(miss.rowId)) console.log(describe(miss));
}

const failing = (['tuning', 'held-out'] as const).flatMap((half) => barsMissed(ratesOf(score.byHalf[half])).map((bar) => `${half} ${bar}`));
if (failing.length > 0) console.error(`Below the bars (precision ≥ 95%, recall ≥ 90%, verdict ≥ 85% on each half): ${failing.join(', ')}`);
if (args.has('--floors')) {
  // CI: no figure of either half may fall below the last measured one (tests/corpus/accuracy-floors.json).
  const fallen = checkFloors(readFloors(), { tuning: ratesOf(score.byHalf.tuning), 'held-out': ratesOf(score.byHalf['held-out']) });
  if (fallen.length > 0) {
    console.error(`Below the recorded floors: ${fallen.join(', ')}`);
    process.exit(1);
  }
} else if (failing.length > 0) {
  process.exit(1);
}
