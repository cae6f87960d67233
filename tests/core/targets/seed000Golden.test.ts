/**
 * Golden fixture: every target of seed 000 (a real 三季度 progress sheet) with its verdict, as
 * `jindu check --json` prints it. An empty expected file prints the actual result for review.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyzeTargets } from '../../../src/core/targets';
import { seed000Report } from './reportFixtures';

const EXPECTED = join(__dirname, 'fixtures', 'seed000-targets.expected.json');

describe('the targets of seed 000', () => {
  const { targets, issues } = analyzeTargets(seed000Report());

  it('match the golden file', () => {
    const expected = readFileSync(EXPECTED, 'utf8').trim();
    if (expected === '') {
      console.log(JSON.stringify(targets, null, 2));
      throw new Error(`${EXPECTED} is empty: review the printed targets and save them there`);
    }
    expect(targets).toEqual(JSON.parse(expected));
  });

  it('include the worked examples of DOMAIN §4', () => {
    expect(targets).toContainEqual(expect.objectContaining({ cell: 'D69', indicator: '精神科医师', verdict: 'met', confidence: 0.9 }));
    expect(targets).toContainEqual(expect.objectContaining({ cell: 'D71', value: 70, unit: '%', verdict: 'met' }));
  });

  it('raise no cross-check issue on a sheet whose milestones are met', () => {
    expect(issues).toEqual([]);
  });

  it('read the same targets with character bigrams', () => {
    const bigrams = analyzeTargets(seed000Report(), { wordSplitting: 'bigrams' }).targets;
    expect(bigrams.map(({ cell, value, indicator }) => ({ cell, value, indicator }))).toEqual(targets.map(({ cell, value, indicator }) => ({ cell, value, indicator })));
    expect(bigrams.filter((target) => target.verdict === 'met').map((target) => target.cell)).toEqual(['D69', 'D71']);
  });
});
