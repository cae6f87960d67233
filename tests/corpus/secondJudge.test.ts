/**
 * The second judge's sample (tests/corpus/second-judge): sound data, and an agreement that is measured, not assumed —
 * a judge who copies the first agrees fully, one changed verdict shows as exactly one disagreement.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadTargetsCorpus } from './loadTargetsCorpus';
import { agreementOf, readSecondJudge, type SecondJudgeItem } from './secondJudge';
import { ratesOf, scoreTargets } from './scoreTargets';
import { halfOf } from './split';

const corpus = loadTargetsCorpus();
const reading = readSecondJudge(corpus.files);

function sampleDirectory(items: readonly SecondJudgeItem[]): string {
  const directory = mkdtempSync(join(tmpdir(), 'second-judge-'));
  writeFileSync(join(directory, 'sample.json'), JSON.stringify(items));
  return directory;
}

describe("the second judge's sample", () => {
  it('has no problems (known rows, unchanged text, phrases in their cells)', () => {
    expect(reading.problems).toEqual([]);
  });

  it('holds at least 100 rows, all of the tuning half, none twice', () => {
    const ids = reading.rows.map(({ row }) => row.id);
    expect(ids.length).toBeGreaterThanOrEqual(100);
    expect(new Set(ids).size).toBe(ids.length);
    expect(reading.rows.every(({ row }) => halfOf(row.id) === 'tuning')).toBe(true);
  });

  it('scores a judge who copies the first as agreeing on everything', () => {
    const rows = reading.rows.slice(0, 20).map(({ row }) => row);
    const copy = readSecondJudge(corpus.files, sampleDirectory(rows.map((row) => ({ row, targets: row.targets }))));
    const rates = ratesOf(scoreTargets(copy.rows).overall);
    expect(copy.problems).toEqual([]);
    expect(rates).toEqual({ precision: 1, recall: 1, reportedAccuracy: 1, verdictAccuracy: 1 });
  });

  it('shows one changed verdict as exactly one disagreement', () => {
    const rows = reading.rows.map(({ row }) => row).filter((row) => row.targets.length > 0).slice(0, 10);
    const [first, ...rest] = rows;
    if (first === undefined) throw new Error('the sample has no row with a target');
    const [target, ...others] = first.targets;
    if (target === undefined) throw new Error('unreachable');
    const changed = { ...target, verdict: target.verdict === 'met' ? ('behind' as const) : ('met' as const) };
    const items = [{ row: first, targets: [changed, ...others] }, ...rest.map((row) => ({ row, targets: row.targets }))];
    const tally = scoreTargets(readSecondJudge(corpus.files, sampleDirectory(items)).rows).overall;
    expect(tally.matched).toBe(tally.expected);
    expect(tally.verdictRight).toBe(tally.expected - 1);
  });

  it('refuses a row the corpus does not hold and a row whose text changed', () => {
    const [known] = reading.rows;
    if (known === undefined) throw new Error('the sample is empty');
    const items = [
      { row: { ...known.row, id: 'no-such-row' }, targets: [] },
      { row: { ...known.row, progress: `${known.row.progress}（补充）` }, targets: [] },
    ];
    expect(readSecondJudge(corpus.files, sampleDirectory(items)).problems).toEqual([
      'sample.json no-such-row: no corpus row has this id',
      `sample.json ${known.row.id}: the corpus row's text changed since it was judged again`,
    ]);
  });

  it('puts the engine beside the second judge on the same rows', () => {
    const agreement = agreementOf(corpus.files, reading);
    expect(agreement.rows).toBe(reading.rows.length);
    expect(agreement.engine.expected).toBe(agreement.secondJudge.expected);
  });
});
