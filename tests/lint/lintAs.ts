import path from 'node:path';
import { spawnSync } from 'node:child_process';

const root = path.resolve(__dirname, '../..');

export interface LintMessage {
  readonly ruleId: string | null;
  readonly line: number;
  readonly message: string;
}

export interface LintInput {
  /** Where the code is linted as if it were, relative to the repository. */
  readonly filePath: string;
  readonly code: string;
}

// ESLint runs as its own process: its flat config is an ES module, which jest's VM cannot import. One
// process lints every input, since starting ESLint costs more than linting a few lines.
const LINT_SCRIPT = `
import { ESLint } from 'eslint';
let input = '';
for await (const chunk of process.stdin) input += chunk;
const eslint = new ESLint({ cwd: process.cwd() });
const out = [];
for (const { filePath, code } of JSON.parse(input)) {
  const [result] = await eslint.lintText(code, { filePath });
  out.push(result ? result.messages.map(({ ruleId, line, message }) => ({ ruleId, line, message })) : []);
}
process.stdout.write(JSON.stringify(out));
`;

/** The messages ESLint gives each input's code, in the order of the inputs. */
export function lintEachAs(inputs: readonly LintInput[]): LintMessage[][] {
  const run = spawnSync(process.execPath, ['--input-type=module', '-e', LINT_SCRIPT], { cwd: root, input: JSON.stringify(inputs), encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`eslint failed: ${run.stderr}`);
  return JSON.parse(run.stdout) as LintMessage[][];
}

export function lintAs(filePath: string, code: string): LintMessage[] {
  return lintEachAs([{ filePath, code }])[0] ?? [];
}

export const repositoryRoot = root;
