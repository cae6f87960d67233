/**
 * Reads the targets corpus (tests/corpus/targets/*.json) and says what is wrong with it: a phrase that is
 * not in its cell, an unknown verdict, a duplicate id. The scorer refuses a corpus with problems, so a
 * typo in the data cannot pass for a miss of the engine.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CorpusFile, CorpusRow, ExpectedTarget } from './corpusTypes';

export const CORPUS_DIRECTORY = join(__dirname, 'targets');

const VERDICTS = new Set(['met', 'on-track', 'behind', 'unmet', 'no-figure', 'unclear']);
const OPS = new Set(['>=', '<=', '=', 'range']);
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

export const CATEGORIES: ReadonlySet<string> = new Set([
  'comparator-word',
  'verb-count',
  'count-leading-item',
  'growth-rate',
  'level',
  'list',
  'range',
  'money',
  'approximate',
  'measure-word',
  'plan-restated',
  'part',
  'new-this-period',
  'baseline',
  'share-in-progress',
  'negative',
  'as-of-date',
]);

export interface LoadedCorpus {
  readonly files: readonly CorpusFile[];
  readonly problems: readonly string[];
}

export function targetProblems(where: string, row: CorpusRow, target: ExpectedTarget): string[] {
  const problems: string[] = [];
  const cellText = target.cell === 'task' ? row.task : target.cell === 'milestone' ? row.milestone : null;
  if (cellText === null) problems.push(`${where}: cell must be task or milestone, not ${String(target.cell)}`);
  else if (!cellText.includes(target.phrase)) problems.push(`${where}: phrase «${target.phrase}» is not in the ${target.cell} cell`);
  if (typeof target.value !== 'number' || !Number.isFinite(target.value)) problems.push(`${where}: value must be a number`);
  if (target.upper !== null && typeof target.upper !== 'number') problems.push(`${where}: upper must be a number or null`);
  if (target.op === 'range' && target.upper === null) problems.push(`${where}: a range needs upper`);
  if (!OPS.has(target.op)) problems.push(`${where}: op ${String(target.op)} is not one of >= <= = range`);
  if (!VERDICTS.has(target.verdict)) problems.push(`${where}: verdict ${String(target.verdict)} is unknown`);
  if (target.deadline !== null && !ISO_DATE.test(target.deadline)) problems.push(`${where}: deadline ${target.deadline} is not an ISO date`);
  if (!Array.isArray(target.categories)) problems.push(`${where}: categories must be a list`);
  else for (const category of target.categories) if (!CATEGORIES.has(category)) problems.push(`${where}: category ${category} is unknown`);
  const { reported } = target;
  if (reported !== null) {
    if (typeof reported.value !== 'number' || !Number.isFinite(reported.value)) problems.push(`${where}: reported.value must be a number`);
    if (!row.progress.includes(reported.phrase)) problems.push(`${where}: reported phrase «${reported.phrase}» is not in the progress cell`);
  } else if (target.verdict !== 'no-figure' && target.verdict !== 'unclear') {
    problems.push(`${where}: a verdict of ${target.verdict} needs a reported figure`);
  }
  if (reported !== null && target.verdict === 'no-figure') problems.push(`${where}: no-figure with a reported figure`);
  return problems;
}

/** Every corpus file, parsed, with the problems found in it (empty when the corpus is sound). */
export function loadTargetsCorpus(directory: string = CORPUS_DIRECTORY): LoadedCorpus {
  const files: CorpusFile[] = [];
  const problems: string[] = [];
  const seenIds = new Map<string, string>();
  const names = readdirSync(directory).filter((name) => name.endsWith('.json')).sort();
  for (const name of names) {
    let parsed: Omit<CorpusFile, 'file'>;
    try {
      parsed = JSON.parse(readFileSync(join(directory, name), 'utf8')) as Omit<CorpusFile, 'file'>;
    } catch (error) {
      problems.push(`${name}: not JSON (${(error as Error).message})`);
      continue;
    }
    const { document, rows } = parsed;
    if (!document || !Array.isArray(rows)) {
      problems.push(`${name}: needs "document" and "rows"`);
      continue;
    }
    for (const key of ['title', 'url', 'place', 'kind', 'period'] as const) {
      if (typeof document[key] !== 'string' || document[key] === '') problems.push(`${name}: document.${key} is missing`);
    }
    if (!Number.isInteger(document.year)) problems.push(`${name}: document.year must be a year`);
    for (const key of ['reportDate', 'asOf'] as const) {
      if (!ISO_DATE.test(document[key] ?? '')) problems.push(`${name}: document.${key} must be an ISO date`);
    }
    for (const row of rows) {
      const where = `${name} ${row.id}`;
      const earlier = seenIds.get(row.id);
      if (earlier !== undefined) problems.push(`${where}: id also used in ${earlier}`);
      seenIds.set(row.id, name);
      for (const key of ['task', 'time', 'milestone', 'progress', 'selfAssessment'] as const) {
        if (typeof row[key] !== 'string') problems.push(`${where}: ${key} must be text ("" when empty)`);
      }
      if (!Array.isArray(row.targets)) {
        problems.push(`${where}: targets must be a list`);
        continue;
      }
      row.targets.forEach((target: ExpectedTarget, index: number) => problems.push(...targetProblems(`${where} target ${index + 1}`, row, target)));
    }
    files.push({ file: name, document, rows });
  }
  return { files, problems };
}
