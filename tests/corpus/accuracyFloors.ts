/**
 * The floors of the targets engine on the corpus: the figures last measured, rounded down. A change that
 * makes any of them worse on either half fails CI (`npm run accuracy -- --floors`, and the corpus test),
 * so the engine only moves towards the accuracy bars, never away from them. Raise a floor when a change
 * raises the figure; never lower one to let a change through.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Rates } from './scoreTargets';
import type { CorpusHalf } from './split';

export type Floors = Readonly<Record<CorpusHalf, Rates>>;

export const FLOORS_FILE = join(__dirname, 'accuracy-floors.json');

export function readFloors(file: string = FLOORS_FILE): Floors {
  return JSON.parse(readFileSync(file, 'utf8')) as Floors;
}

/** Every rate of a half below its floor, as `half rate measured < floor`. */
export function checkFloors(floors: Floors, measured: Readonly<Record<CorpusHalf, Rates>>): string[] {
  const failures: string[] = [];
  for (const half of ['tuning', 'held-out'] as const) {
    for (const key of ['precision', 'recall', 'reportedAccuracy', 'verdictAccuracy'] as const) {
      const floor = floors[half][key];
      const value = measured[half][key];
      if (value + 1e-9 < floor) failures.push(`${half} ${key} ${(value * 100).toFixed(1)}% < ${(floor * 100).toFixed(1)}%`);
    }
  }
  return failures;
}
