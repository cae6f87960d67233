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

  it.each([['--version'], ['-V']])('prints the version from package.json for %s and exits 0', async (flag) => {
    const { version } = jest.requireActual<{ version: string }>('../../package.json');
    const { io, out } = capture();
    expect(await runCli([flag], io)).toBe(0);
    expect(out.join('').trim()).toBe(version);
    expect(version).toMatch(/^\d+\.\d+\.\d+/);
  });

  it('exits 2 on an unknown command', async () => {
    const { io } = capture();
    expect(await runCli(['frobnicate'], io)).toBe(2);
  });

  it.each([
    { description: 'an unknown command', args: ['frobnicate'], err: '没有“frobnicate”这个命令。运行 jindu --help 查看可用的命令。' },
    { description: 'an unknown option, in English', args: ['check', 'a.xlsx', '--frob', '--lang', 'en'], err: 'Unknown option --frob. Run jindu <command> --help to see the options.' },
    { description: 'a missing argument', args: ['check'], err: '缺少参数 file。运行 jindu <命令> --help 查看用法。' },
    { description: 'a missing required option', args: ['split', 'a.xlsx'], err: '缺少必需的选项 -o, --output <dir>。运行 jindu <命令> --help 查看用法。' },
    { description: 'an option without its value', args: ['check', 'a.xlsx', '--period'], err: '选项 --period <period> 后面缺少取值。运行 jindu <命令> --help 查看用法。' },
  ])('says what is wrong with the usage in one line and exits 2: $description', async ({ args, err }) => {
    const { io, err: written } = capture();
    expect(await runCli(args, io)).toBe(2);
    expect(written).toEqual([err]);
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
