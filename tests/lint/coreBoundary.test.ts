import { readFileSync } from 'node:fs';
import path from 'node:path';
import { lintAs, repositoryRoot as root } from './lintAs';

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
    const messages = await lintAs('src/core/report/leak.ts', "import { XlsxWorkbook } from '../../adapters/xlsx/xlsxWorkbook';\nexport const leak = XlsxWorkbook;\n");
    expect(messages.map((message) => message.ruleId)).toContain('no-restricted-imports');
  });
});
