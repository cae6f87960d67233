/**
 * `npm run accuracy -- --batch=DIR`: a fresh batch's first run, scored by the checkout's engine before its rows join the corpus —
 * the three lines and nothing a reader could tune on (no misses, no bars).
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '../..');
const CORPUS = path.join(ROOT, 'tests', 'corpus', 'targets');

function accuracy(...args: string[]) {
  return spawnSync(process.execPath, ['--import', 'tsx', 'scripts/accuracy.ts', ...args], { cwd: ROOT, encoding: 'utf8' });
}

describe('the first run of a fresh batch', () => {
  it('scores the batch directory alone, overall and per half, and lists no misses', () => {
    const batch = mkdtempSync(path.join(tmpdir(), 'jindu-batch-'));
    const name = 'aba-2019-zhongdianxiangmu-1-4yue.json';
    copyFileSync(path.join(CORPUS, name), path.join(batch, name));
    const document = JSON.parse(readFileSync(path.join(CORPUS, name), 'utf8')) as { rows: { targets: unknown[] }[] };
    const expectedTargets = document.rows.reduce((sum, row) => sum + row.targets.length, 0);
    const run = accuracy(`--batch=${batch}`, '--show-misses');
    expect(run.status).toBe(0);
    const lines = run.stdout.trim().split('\n');
    expect(lines[0]).toBe(`First run of ${batch}: 1 documents, ${document.rows.length} rows (0 held out).`);
    expect(lines.map((line) => line.trim().split(/\s+/)[0])).toEqual(['First', 'expected', 'overall', 'tuning', 'held-out']);
    // The batch's own targets, not the corpus's thousands.
    expect(Number(lines[2]?.trim().split(/\s+/)[1])).toBe(expectedTargets);
    expect(run.stdout).not.toMatch(/missed|invented|Below the bars/);
  });

  it('asks for a directory', () => {
    const run = accuracy('--batch=');
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('--batch takes the directory');
  });
});
