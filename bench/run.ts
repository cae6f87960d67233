/**
 * `npm run bench [-- --quick] [--json] [--markdown] [--only core,cli,startup,consolidate,scale,office,cell,hostile,pane,legacy]`:
 * measures what users feel and prints one table. Times are compared as ratios measured in the same
 * run, since machines are noisy. Exits 1 when a bar is missed (or a measurement could not run).
 *
 * --quick runs the smallest sizes only (1,000 rows; 10 files × 100 rows) with the bars scaled, to prove
 * in CI that the bench runs; the full run is for people (minutes: the 100,000-row sheet alone takes a while).
 *
 * --known-misses id,id names bars that are known to be missed (see bench/README.md): they are still
 * measured and printed as missed, but do not fail the run, so CI guards every other bar against regressions.
 */
import { parseArgs } from 'node:util';
import { type BenchRow } from './_lib/benchRow';
import { formatMarkdownTable, formatTable } from './_lib/formatTable';
import { describeMachine } from './_lib/machine';
import { measureCliCheck } from './measure/measureCliCheck';
import { measureCliStartup } from './measure/measureCliStartup';
import { measureConsolidate } from './measure/measureConsolidate';
import { measureConsolidateScale } from './measure/measureConsolidateScale';
import { measureCoreCheck } from './measure/measureCoreCheck';
import { measureHostileBomb } from './measure/measureHostileBomb';
import { measureLegacyXls } from './measure/measureLegacyXls';
import { measureOfficeSyncs } from './measure/measureOfficeSyncs';
import { measurePane } from './measure/measurePane';
import { measureWorstCell } from './measure/measureWorstCell';

interface Section {
  readonly name: string;
  readonly what: string;
  readonly measure: () => Promise<BenchRow[]>;
}

function sectionsFor(quick: boolean): Section[] {
  return [
    {
      name: 'core',
      what: 'core check',
      measure: () => (quick ? measureCoreCheck([1_000], 1_000, 'fastest') : measureCoreCheck([1_000, 10_000, 100_000], 10_000)),
    },
    { name: 'cli', what: 'CLI check', measure: () => measureCliCheck(quick ? 1_000 : 10_000, quick ? 5 : 7) },
    { name: 'startup', what: 'installed command start-up', measure: () => measureCliStartup(15) },
    { name: 'consolidate', what: 'consolidate', measure: () => (quick ? measureConsolidate(10, 100, 7, 'fastest') : measureConsolidate(100, 100, 3)) },
    { name: 'scale', what: 'consolidate at scale', measure: () => (quick ? measureConsolidateScale(20, 100) : measureConsolidateScale(2_000, 500)) },
    { name: 'office', what: 'Office.js syncs', measure: () => measureOfficeSyncs(quick ? [100, 1_000] : [1_000, 10_000]) },
    { name: 'cell', what: 'worst cell', measure: () => measureWorstCell(quick ? 'fastest' : 'median') },
    { name: 'hostile', what: 'lying zip bomb', measure: () => measureHostileBomb(quick ? 600 : 5_120) },
    { name: 'pane', what: 'built pane', measure: () => measurePane({ buildWhenStale: !quick }) },
    { name: 'legacy', what: '.xls reader', measure: () => measureLegacyXls(quick ? 2_000 : 10_000) },
  ];
}

/** A measurement that throws (a module mid-change, a missing file) is a missed bar, not a crash of the whole table. */
async function runSection(section: Section): Promise<BenchRow[]> {
  try {
    return await section.measure();
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return [{ id: `${section.name}.error`, what: section.what, value: null, unit: '', bar: 'runs', verdict: 'fail', detail: `could not run: ${message}` }];
  }
}

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      quick: { type: 'boolean', default: false },
      json: { type: 'boolean', default: false },
      markdown: { type: 'boolean', default: false },
      only: { type: 'string' },
      'known-misses': { type: 'string' },
    },
  });
  const quick = values.quick === true;
  const sections = sectionsFor(quick);
  const only = values.only?.split(',').map((name) => name.trim()).filter((name) => name !== '');
  const unknown = only?.filter((name) => !sections.some((section) => section.name === name)) ?? [];
  if (unknown.length > 0) {
    process.stderr.write(`bench: unknown section ${unknown.join(', ')}; known: ${sections.map((section) => section.name).join(', ')}\n`);
    return 2;
  }
  const chosen = only ? sections.filter((section) => only.includes(section.name)) : sections;
  const started = new Date();
  const rows: BenchRow[] = [];
  for (const section of chosen) {
    if (!values.json) process.stderr.write(`bench: ${section.what}…\n`);
    rows.push(...(await runSection(section)));
  }
  const knownMisses = new Set(values['known-misses']?.split(',').map((id) => id.trim()).filter((id) => id !== '') ?? []);
  const failed = rows.filter((row) => row.verdict === 'fail');
  const missed = failed.filter((row) => !knownMisses.has(row.id));
  const missedAsKnown = failed.filter((row) => knownMisses.has(row.id));
  const machine = describeMachine();
  if (values.json) {
    const knownMissed = missedAsKnown.map((row) => row.id);
    process.stdout.write(`${JSON.stringify({ date: started.toISOString(), mode: quick ? 'quick' : 'full', machine, passed: missed.length === 0, knownMissed, rows }, null, 2)}\n`);
  } else {
    const heading = `Jindu bench (${quick ? 'quick' : 'full'}), ${started.toISOString().slice(0, 16).replace('T', ' ')} UTC — ${machine.cpu}, ${machine.cores} cores, ${machine.memoryGigabytes} GB, Node ${machine.node}`;
    const table = values.markdown ? formatMarkdownTable(rows) : formatTable(rows);
    const verdicts = [
      missed.length === 0 ? (missedAsKnown.length === 0 ? 'All bars met.' : 'All other bars met.') : `${missed.length} bar(s) missed: ${missed.map((row) => row.id).join(', ')}`,
      ...(missedAsKnown.length === 0 ? [] : [`${missedAsKnown.length} bar(s) missed, known (bench/README.md): ${missedAsKnown.map((row) => row.id).join(', ')}`]),
    ];
    process.stdout.write(`${[heading, '', ...table, '', ...verdicts].join('\n')}\n`);
  }
  return missed.length === 0 ? 0 : 1;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`bench: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exitCode = 2;
  },
);
