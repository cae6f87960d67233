/**
 * The targets corpus itself (tests/corpus/targets): sound, and as large and varied as a fair score needs — at
 * least 300 rows from 12 documents of 8 places and 4 years — and the floors the engine must keep on it.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadTargetsCorpus } from './loadTargetsCorpus';
import { checkFloors, readFloors } from './accuracyFloors';
import { runEngineOnCorpus } from './runEngineOnCorpus';
import { ratesOf, scoreTargets } from './scoreTargets';

const corpus = loadTargetsCorpus();

describe('the targets corpus', () => {
  it('has no problems (phrases in their cells, known verdicts, unique ids)', () => {
    expect(corpus.problems).toEqual([]);
  });

  it('holds at least 300 rows of 12 documents, 8 places and 4 years', () => {
    const rows = corpus.files.reduce((sum, file) => sum + file.rows.length, 0);
    expect(rows).toBeGreaterThanOrEqual(300);
    expect(corpus.files.length).toBeGreaterThanOrEqual(12);
    expect(new Set(corpus.files.map((file) => file.document.place)).size).toBeGreaterThanOrEqual(8);
    expect(new Set(corpus.files.map((file) => file.document.year)).size).toBeGreaterThanOrEqual(4);
  });

  it('keeps every row with its source address', () => {
    for (const file of corpus.files) expect(file.document.url).toMatch(/^https?:\/\//);
  });

  it('refuses a row whose phrase is not in its cell', () => {
    const directory = mkdtempSync(join(tmpdir(), 'corpus-'));
    const document = { title: 't', url: 'https://example.org', place: 'p', year: 2023, kind: 'k', period: '三季度', reportDate: '2023-10-10', asOf: '2023-09-30' };
    const target = { cell: 'task', phrase: '新建18家', indicator: 'x', value: 18, upper: null, unit: '家', op: '>=', deadline: null, reported: null, verdict: 'no-figure', categories: [] };
    const rows = [{ id: 'r1', task: '新建17家', time: '', milestone: '', progress: '', selfAssessment: '', targets: [target] }];
    writeFileSync(join(directory, 'one.json'), JSON.stringify({ document, rows }));
    expect(loadTargetsCorpus(directory).problems).toEqual(['one.json r1 target 1: phrase «新建18家» is not in the task cell']);
  });
});

describe('the engine on the corpus', () => {
  const score = scoreTargets(runEngineOnCorpus(corpus.files));

  it('keeps the recorded floors on both halves (npm run accuracy prints the table)', () => {
    expect(checkFloors(readFloors(), { tuning: ratesOf(score.byHalf.tuning), 'held-out': ratesOf(score.byHalf['held-out']) })).toEqual([]);
  });
});
