/** Any text in the task, milestone, progress and 自我评价 cells gives targets and issues, never an exception. */
import fc from 'fast-check';
import { analyzeTargets } from '../../../src/core/targets';
import { reportOf } from './reportFixtures';

const PIECES = [
  '年内', '新增', '增加', '建成', '完成', '累计', '已', '截至', '9月底', '10月7日', '上半年', '年底前', '分别', '依次', '2021年至2023年',
  '不少于', '不低于', '以上', '以内', '控制在', '达到', '约', '余', '、', '和', '，', '。', '；', ' ', '\n',
  '5', '7', '100', '81', '4.5', '万', '两千', '十', '%', '个百分点', '个', '家', '名', '人', '人次', '元', '所',
  '精神科医师', '社区卫生服务中心', '覆盖率', '完成率', '年度任务的', '“', '”', '第', '岁', '号', '〔2021〕',
];
const cellText = fc.array(fc.constantFrom(...PIECES), { maxLength: 60 }).map((pieces) => pieces.join(''));

describe('analyzeTargets on random cells', () => {
  it('never throws, and every target and figure quotes its own cell', () => {
    fc.assert(
      fc.property(cellText, cellText, cellText, fc.constantFrom('完成', '超序时推进', '序时推进', ''), (task, milestone, progress, assessment) => {
        const { targets, issues } = analyzeTargets(reportOf([{ task, milestone, progress, assessment }]));
        for (const target of targets) {
          expect(target.cell === 'B5' ? task : milestone).toContain(target.text);
          if (target.reported) expect(progress).toContain(target.reported.text);
          expect(target.confidence).toBeGreaterThanOrEqual(0);
          expect(target.confidence).toBeLessThanOrEqual(1);
        }
        for (const issue of issues) expect(['F5', 'E5']).toContain(issue.cell);
      }),
      { numRuns: 300 },
    );
  });
});
