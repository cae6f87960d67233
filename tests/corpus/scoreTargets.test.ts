/** The corpus scorer: pairing, the four rates and the bars, on small hand-made rows. */
import type { CorpusRow, ExpectedTarget } from './corpusTypes';
import { barsMissed, ratesOf, reportedAgrees, scoreTargets, type FoundTarget } from './scoreTargets';
import { documentFoldOf, fnv1a, halfOf } from './split';

function expected(fields: Partial<ExpectedTarget>): ExpectedTarget {
  return {
    cell: 'task', phrase: '新建17家社区卫生服务中心', indicator: '社区卫生服务中心', value: 17, upper: null, unit: '家', op: '>=', deadline: '2023-12-31',
    reported: { phrase: '已建成12家', value: 12, unit: '家' }, verdict: 'behind', categories: ['verb-count'], ...fields,
  };
}

function found(fields: Partial<FoundTarget>): FoundTarget {
  return { cell: 'task', text: '新建17家社区卫生服务中心', value: 17, upper: null, unit: '家', op: '>=', reported: { text: '已建成12家', value: 12, unit: '家' }, verdict: 'behind', ...fields };
}

function row(id: string, targets: ExpectedTarget[]): CorpusRow {
  return { id, task: '新建17家社区卫生服务中心', time: '', milestone: '', progress: '已建成12家', selfAssessment: '', targets };
}

describe('scoreTargets', () => {
  it('counts a target in the same cell with the same value as found, with its figure and verdict', () => {
    const score = scoreTargets([{ row: row('a', [expected({})]), half: 'tuning', found: [found({})] }]);
    expect(ratesOf(score.overall)).toEqual({ precision: 1, recall: 1, reportedAccuracy: 1, verdictAccuracy: 1 });
    expect(score.misses).toEqual([]);
  });

  const range = expected({ phrase: '250—270场', value: 250, upper: 270, op: 'range' });
  it.each([
    { description: 'another value is an invented target and a missed one', target: expected({}), found: found({ value: 7 }), recall: 0, precision: 0 },
    { description: 'another cell is an invented target and a missed one', target: expected({}), found: found({ cell: 'milestone' }), recall: 0, precision: 0 },
    { description: 'a range with another top is another target', target: range, found: found({ value: 250, upper: 260, op: 'range' }), recall: 0, precision: 0 },
    { description: 'a range with the same bounds is found', target: range, found: found({ value: 250, upper: 270, op: 'range' }), recall: 1, precision: 1 },
  ])('$description', ({ target: wanted, found: target, recall, precision }) => {
    const score = scoreTargets([{ row: row('a', [wanted]), half: 'tuning', found: [target] }]);
    expect(ratesOf(score.overall).recall).toBe(recall);
    expect(ratesOf(score.overall).precision).toBe(precision);
  });

  it('counts a missed target as a wrong verdict, since the reviewer sees none', () => {
    const score = scoreTargets([{ row: row('a', [expected({}), expected({ value: 5, phrase: '5家' })]), half: 'tuning', found: [found({})] }]);
    expect(ratesOf(score.overall).verdictAccuracy).toBe(0.5);
    expect(score.misses.map((miss) => miss.kind)).toEqual(['missed']);
  });

  it('pairs two targets of the same value one to one', () => {
    const score = scoreTargets([{ row: row('a', [expected({}), expected({})]), half: 'tuning', found: [found({})] }]);
    expect(score.overall).toMatchObject({ expected: 2, found: 1, matched: 1 });
  });

  it.each([
    { description: 'the same figure', reported: { text: '12家', value: 12, unit: '家' }, verdict: 'behind' as const, agrees: true },
    { description: 'an equivalent share', reported: { text: '71%', value: 71, unit: '%' }, verdict: 'behind' as const, agrees: true },
    { description: 'another figure', reported: { text: '3家', value: 3, unit: '家' }, verdict: 'behind' as const, agrees: false },
    { description: 'a figure the engine declined to tie', reported: { text: '12家', value: 12, unit: '家' }, verdict: 'unclear' as const, agrees: false },
  ])('a reported figure agrees when it is $description: $agrees', ({ reported, verdict, agrees }) => {
    const target = expected({ reported: { phrase: '已建成12家', value: 12, unit: '家', equivalents: [{ value: 71, unit: '%' }] } });
    expect(reportedAgrees(target, found({ reported, verdict }))).toBe(agrees);
  });

  it('tallies per category and per half', () => {
    const score = scoreTargets([
      { row: row('a', [expected({ categories: ['money'] })]), half: 'held-out', found: [] },
      { row: row('b', [expected({})]), half: 'tuning', found: [found({})] },
    ]);
    expect(score.byCategory.get('money')).toMatchObject({ expected: 1, matched: 0 });
    expect(score.byHalf['held-out']).toMatchObject({ expected: 1, matched: 0 });
    expect(score.byHalf.tuning).toMatchObject({ expected: 1, matched: 1 });
  });

  it('tallies the verdicts the engine gave, an invented target’s as wrong', () => {
    const score = scoreTargets([
      { row: row('a', [expected({})]), half: 'tuning', found: [found({}), found({ value: 7, verdict: 'behind' })] },
      { row: row('b', [expected({ verdict: 'met' })]), half: 'tuning', found: [found({ verdict: 'behind' })] },
      { row: row('c', [expected({ verdict: 'no-figure', reported: null })]), half: 'held-out', found: [found({ verdict: 'no-figure', reported: null })] },
    ]);
    expect(score.givenByHalf.tuning.get('behind')).toEqual({ given: 3, right: 1 });
    expect(score.givenByHalf['held-out'].get('no-figure')).toEqual({ given: 1, right: 1 });
    expect(score.givenByHalf.tuning.has('met')).toBe(false);
  });

  it('names the bars a half misses', () => {
    expect(barsMissed({ precision: 0.96, recall: 0.89, reportedAccuracy: 0.5, verdictAccuracy: 0.9 })).toEqual(['recall']);
    expect(barsMissed({ precision: 0.95, recall: 0.9, reportedAccuracy: 0, verdictAccuracy: 0.85 })).toEqual([]);
  });
});

describe('the fixed split', () => {
  it('hashes ids with 32-bit FNV-1a', () => {
    expect(fnv1a('')).toBe(0x811c9dc5);
    expect(fnv1a('a')).toBe(0xe40c292c);
  });

  it('holds out about a fifth of ids, always the same ones', () => {
    const ids = Array.from({ length: 2000 }, (_, index) => `row-${index}`);
    const heldOut = ids.filter((id) => halfOf(id) === 'held-out').length;
    expect(heldOut / ids.length).toBeGreaterThan(0.15);
    expect(heldOut / ids.length).toBeLessThan(0.25);
    expect(ids.map(halfOf)).toEqual(ids.map(halfOf));
  });

  it('puts about half of the documents in each fold, by file name alone', () => {
    const names = Array.from({ length: 800 }, (_, index) => `place-${index}-report.json`);
    const inA = names.filter((name) => documentFoldOf(name) === 'a').length;
    expect(inA / names.length).toBeGreaterThan(0.4);
    expect(inA / names.length).toBeLessThan(0.6);
    expect(documentFoldOf('a.json')).toBe(documentFoldOf('a.json'));
  });
});
