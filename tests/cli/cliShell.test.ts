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

describe('the jindu entry point', () => {
  it('reads file names relative to the folder npm was started in', async () => {
    const { mkdtempSync, writeFileSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const path = await import('node:path');
    const { spawnSync } = await import('node:child_process');
    const { XlsxWorkbook } = await import('../../src/adapters/xlsx');
    const { seed000Rows } = await import('../../src/core/sample/seed000');
    const folder = mkdtempSync(path.join(tmpdir(), 'jindu-cwd-'));
    const workbook = XlsxWorkbook.create();
    await workbook.apply([
      { op: 'addSheet', sheet: '三季度', replace: false },
      { op: 'writeBlock', sheet: '三季度', row: 0, column: 0, values: seed000Rows.map((row) => row.map((value) => (typeof value === 'object' && value !== null ? null : value))) },
    ]);
    writeFileSync(path.join(folder, '三季度.xlsx'), await workbook.toBuffer());
    const root = path.resolve(__dirname, '../..');
    const run = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/index.ts', 'check', '三季度.xlsx', '--json'], {
      cwd: root,
      env: { ...process.env, INIT_CWD: folder },
      encoding: 'utf8',
    });
    expect(run.stderr).not.toContain('找不到文件');
    expect(run.status).toBe(0);
    expect(JSON.parse(run.stdout).sheets[0].unit).toBe('济南市卫生健康委');
  });
});
