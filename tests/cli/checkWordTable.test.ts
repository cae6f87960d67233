import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { runCli } from '../../src/cli/main';
import { wordReportBytes } from '../fixtures/docx/writeWordReport';

let folder: string;
let file: string;
beforeAll(async () => {
  folder = await mkdtemp(path.join(tmpdir(), 'jindu-word-'));
  file = path.join(folder, '市教育局.docx');
  await writeFile(
    file,
    await wordReportBytes({
      above: ['2024年《政府工作报告》重点工作任务三季度进展情况', '填报单位：市教育局    填报时间：2024年10月9日'],
      rows: [
        [{ text: '序号' }, { text: '《政府工作报告》重点工作任务' }, { text: '时间' }, { text: '节点任务' }, { text: '进展情况' }, { text: '自我评价' }],
        [{ text: '1' }, { text: '年底前建成学校5所' }, { text: '三季度' }, { text: '建成学校' }, { text: '已建成学校4所' }, { text: '完成' }],
        [{ text: '2' }, { text: '新增学位5000个' }, { text: '三季度' }, { text: '新增学位' }, { text: '' }, { text: '完成' }],
      ],
    }),
  );
});
afterAll(async () => {
  await rm(folder, { recursive: true, force: true });
});

function capture() {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { out: (text: string) => out.push(text), err: (text: string) => err.push(text) }, out, err };
}

describe('jindu check on a Word document', () => {
  it('checks the table and tells each issue’s place in the document', async () => {
    const { io, out } = capture();
    await runCli(['check', file], io);
    const text = out.join('\n');
    expect(text).toContain('表1');
    expect(text).toMatch(/表1 第3行 第5列\s+进展情况\s+进展情况为空/);
  });

  it('gives the place beside the grid cell in --json, in the language asked for', async () => {
    const { io, out } = capture();
    await runCli(['check', file, '--json', '--lang', 'en'], io);
    const report = JSON.parse(out.join('')) as { sheets: { sheet: string; unit: string; issues: { rule: string; cell: string; place?: string }[] }[] };
    expect(report.sheets[0]).toMatchObject({ sheet: '表1', unit: '市教育局' });
    expect(report.sheets[0]?.issues.find((issue) => issue.rule === 'progress.empty')).toMatchObject({ cell: 'E5', place: 'table 1, row 3, column 5' });
  });
});
