import { runCli } from '../../src/cli/main';

function capture() {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { out: (text: string) => out.push(text), err: (text: string) => err.push(text) }, out, err };
}

describe('the jindu command line', () => {
  it('lists its commands in --help and exits 0', async () => {
    const { io, out } = capture();
    const code = await runCli(['--help'], io);
    expect(code).toBe(0);
    for (const command of ['check', 'fill', 'consolidate', 'split']) expect(out.join('')).toContain(command);
  });

  it('exits 2 on an unknown command', async () => {
    const { io } = capture();
    expect(await runCli(['frobnicate'], io)).toBe(2);
  });
});
