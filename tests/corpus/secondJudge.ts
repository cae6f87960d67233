/**
 * A second judge's blind reading of a sample of corpus rows (tests/corpus/second-judge): the same rules, the same
 * text, without the first judge's answers. Scored as the engine is scored, it says how far two careful reviewers
 * agree — the ceiling any checker can be held to — and, beside it, how the engine does on the same rows.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CorpusFile, CorpusRow, ExpectedTarget } from './corpusTypes';
import { targetProblems } from './loadTargetsCorpus';
import { runEngineOnCorpus } from './runEngineOnCorpus';
import { emptyTally, scoreTargets, type FoundTarget, type ScoredRow, type Tally } from './scoreTargets';
import { halfOf } from './split';

export const SECOND_JUDGE_DIRECTORY = join(__dirname, 'second-judge');

/** One judged row as the second judge saved it: the row's cells as shown, and the targets read in them. */
export interface SecondJudgeItem {
  readonly row: Pick<CorpusRow, 'id' | 'task' | 'milestone' | 'progress'>;
  readonly targets: readonly ExpectedTarget[];
}

export interface SecondJudgeReading {
  /** The corpus rows judged again, each with the second judge's targets in the place of the engine's. */
  readonly rows: readonly ScoredRow[];
  readonly problems: readonly string[];
}

/** A second judge's target in the shape the scorer compares with the first judge's. */
export function asFound(target: ExpectedTarget): FoundTarget {
  const { reported } = target;
  return {
    cell: target.cell,
    text: target.phrase,
    value: target.value,
    upper: target.upper,
    unit: target.unit,
    op: target.op,
    reported: reported === null ? null : { text: reported.phrase, value: reported.value, unit: reported.unit },
    verdict: target.verdict,
  };
}

/** The second judge's rows, paired with the corpus rows they judged; a row whose text changed since is a problem. */
export function readSecondJudge(files: readonly CorpusFile[], directory: string = SECOND_JUDGE_DIRECTORY): SecondJudgeReading {
  const corpusRows = new Map(files.flatMap((file) => file.rows.map((row) => [row.id, row] as const)));
  const rows: ScoredRow[] = [];
  const problems: string[] = [];
  for (const name of readdirSync(directory).filter((entry) => entry.endsWith('.json')).sort()) {
    const items = JSON.parse(readFileSync(join(directory, name), 'utf8')) as SecondJudgeItem[];
    for (const item of items) {
      const where = `${name} ${item.row.id}`;
      const row = corpusRows.get(item.row.id);
      if (row === undefined) {
        problems.push(`${where}: no corpus row has this id`);
        continue;
      }
      if (row.task !== item.row.task || row.milestone !== item.row.milestone || row.progress !== item.row.progress) {
        problems.push(`${where}: the corpus row's text changed since it was judged again`);
        continue;
      }
      item.targets.forEach((target, index) => problems.push(...targetProblems(`${where} target ${index + 1}`, row, target)));
      rows.push({ row, half: halfOf(row.id), found: item.targets.map(asFound) });
    }
  }
  return { rows, problems };
}

export interface Agreement {
  readonly rows: number;
  /** The second judge scored against the first. */
  readonly secondJudge: Tally;
  /** The engine scored against the first judge on the same rows. */
  readonly engine: Tally;
}

/** The second judge and the engine, each against the first judge, over the rows the second judge read (optionally some of them). */
export function agreementOf(files: readonly CorpusFile[], reading: SecondJudgeReading, include: (row: ScoredRow) => boolean = () => true): Agreement {
  const judged = reading.rows.filter(include);
  if (judged.length === 0) return { rows: 0, secondJudge: emptyTally(), engine: emptyTally() };
  const ids = new Set(judged.map(({ row }) => row.id));
  const sample = files.map((file) => ({ ...file, rows: file.rows.filter((row) => ids.has(row.id)) })).filter((file) => file.rows.length > 0);
  return { rows: judged.length, secondJudge: scoreTargets(judged).overall, engine: scoreTargets(runEngineOnCorpus(sample)).overall };
}
