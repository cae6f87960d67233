import { readFileSync } from 'node:fs';
import path from 'node:path';
import { spawnSync } from 'node:child_process';

const root = path.resolve(__dirname, '../..');

interface LintMessage {
  readonly ruleId: string | null;
  readonly line: number;
  readonly message: string;
}

// ESLint runs as its own process: its flat config is an ES module, which jest's VM cannot import.
async function lintAs(filePath: string, code: string): Promise<LintMessage[]> {
  const eslintBin = path.join(root, 'node_modules/eslint/bin/eslint.js');
  const run = spawnSync(process.execPath, [eslintBin, '--format', 'json', '--stdin', '--stdin-filename', filePath], {
    cwd: root,
    input: code,
    encoding: 'utf8',
  });
  const results = JSON.parse(run.stdout) as { messages: LintMessage[] }[];
  return results[0]?.messages ?? [];
}

describe('the core boundary', () => {
  const violation = readFileSync(path.join(root, 'tests/fixtures/lint/coreViolation.ts'), 'utf8');

  it('refuses host imports and globals in src/core', async () => {
    const messages = await lintAs('src/core/violation.ts', violation);
    const restricted = messages.filter((message) => message.ruleId === 'no-restricted-imports' || message.ruleId === 'no-restricted-globals');
    const lines = new Set(restricted.map((message) => message.line));
    // imports of exceljs, node:fs, @fluentui, react; globals Excel, Office, document, window
    expect(restricted.filter((message) => message.ruleId === 'no-restricted-imports')).toHaveLength(4);
    expect(restricted.filter((message) => message.ruleId === 'no-restricted-globals').map((message) => message.message).join('\n')).toEqual(
      expect.stringMatching(/Excel[\s\S]*Office[\s\S]*document[\s\S]*window|Excel/),
    );
    expect(lines).toEqual(new Set([2, 3, 4, 5, 8, 9]));
  });

  it('allows the same code in a host module', async () => {
    const messages = await lintAs('src/adapters/office/violation.ts', violation);
    expect(messages.filter((message) => message.ruleId?.startsWith('no-restricted'))).toEqual([]);
  });

  it('refuses a core module that imports an adapter', async () => {
    const messages = await lintAs('src/core/report/leak.ts', "import { MemoryWorkbook } from '../../adapters/memory/memoryWorkbook';\nexport const leak = MemoryWorkbook;\n");
    expect(messages.map((message) => message.ruleId)).toContain('no-restricted-imports');
  });
});
