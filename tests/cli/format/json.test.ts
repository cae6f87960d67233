/** `--json` output: indented for a person at a terminal, compact for programs. */
import type { CliIo } from '../../../src/cli/main';
import { formatJson } from '../../../src/cli/format/json';

const io = (outIsTerminal?: boolean): CliIo => ({ out: () => undefined, err: () => undefined, ...(outIsTerminal === undefined ? {} : { outIsTerminal }) });

describe('formatJson', () => {
  const value = { file: '三季度.xlsx', sheets: [{ sheet: '三季度', issues: [{ rule: 'progress.empty', cell: 'E5' }] }] };

  it.each([
    { description: 'a pipe or a file gets one compact line', target: io(false), lines: 1 },
    { description: 'an io that does not say gets one compact line (tests, the bench)', target: io(), lines: 1 },
    { description: 'a terminal gets indented lines', target: io(true), lines: 14 },
  ])('$description', ({ target, lines }) => {
    const text = formatJson(value, target);
    expect(text.split('\n')).toHaveLength(lines);
    expect(JSON.parse(text)).toEqual(value);
  });
});
