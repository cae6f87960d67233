/**
 * Reports that finish a few named works often list them one by one, each said finished in its own part of a sentence
 * (`区第二幼儿园建设项目已完工;凤凰街道中心幼儿园已完工并投入使用`), instead of counting them: a reviewer counts each name as one.
 * Sentences of published reports (原州区 2023, 海安 2023), and counter-examples written in their style where a name is not
 * done, only forecast, a stage of the works, or a part of the works rather than a named place.
 */
import { listedDone } from '../../../src/core/targets/_lib/allDone';
import { expectTargetsOfRow, type RowCase } from './reportFixtures';

describe('named works said finished one by one', () => {
  it.each([
    {
      description: 'two kindergartens, each finished in its own part of the sentence',
      input: '区第二幼儿园建设项目已完工;凤凰街道中心幼儿园已完工并投入使用化成街道中心幼儿园建设项目已优化,目前正在进行初步方案设计。',
      expected: 2,
    },
    {
      description: 'a heading, a list of two built, then one opened and one built',
      input: '增设养老服务场所:城东镇南屏村居家养老服务站、城东镇界墩日间照料中心已建成,纳入社会化运营;恒源居家养老服务站开放运营;丽景美域居家养老服务站已建成,正在协商运营。',
      expected: 4,
    },
    { description: 'one finished, the other under way', input: '东湖幼儿园已完工;西湖幼儿园正在进行内部装修。', expected: null },
    { description: 'one forecast to finish', input: '东湖幼儿园预计10月底前完工;西湖幼儿园已完工。', expected: null },
    { description: 'stages of the works, not the works done', input: '东湖幼儿园已建成主体;西湖幼儿园已建成基础。', expected: null },
    { description: 'parts of the works, not named places', input: '主体已完工;装修已完工。', expected: null },
    { description: 'one not finished', input: '东湖幼儿园已完工;西湖幼儿园未完工。', expected: null },
    { description: 'works pointed back to, not named', input: '该项目已完工;上述道路已建成。', expected: null },
  ])('$description', ({ input, expected }) => {
    expect(listedDone(input)?.items ?? null).toBe(expected);
  });
});

describe('targets answered by named works finished one by one', () => {
  it.each<RowCase>([
    {
      description: 'the two kindergartens of the task, each said finished, meet it',
      row: {
        task: '①完成区第二幼儿园、凤凰街道中心幼儿园等2所公办幼儿园建设,启动化成街道中心幼儿园建设。',
        progress: '区第二幼儿园建设项目已完工;凤凰街道中心幼儿园已完工并投入使用化成街道中心幼儿园建设项目已优化,目前正在进行初步方案设计。',
      },
      expected: [{ value: 2, verdict: 'met', reported: { value: 100, unit: '%' } }],
      notes: '原州区 2023 (教育 民生实事, 1-9月)',
    },
    {
      description: 'four places named as built or opened reach a range of 4-5',
      row: {
        task: '主城区增设4-5家居家养老服务场所。',
        progress: '增设养老服务场所:城东镇南屏村居家养老服务站、城东镇界墩日间照料中心已建成,纳入社会化运营;恒源居家养老服务站开放运营;丽景美域居家养老服务站已建成,正在与瑞海集团就运营服务进行协商。',
      },
      expected: [{ value: 4, upper: 5, verdict: 'met' }],
      notes: '海安 2023 (民政 进度表, 8月)',
    },
    {
      description: 'three named and finished do not answer a target of five',
      row: { task: '新建5所公办幼儿园。', progress: '东湖幼儿园已完工;西湖幼儿园已完工并投入使用;南湖幼儿园已建成。' },
      expected: [{ value: 5, verdict: 'no-figure', reported: null }],
      notes: 'written for this test: how many of the five the three are is not said',
    },
    {
      description: 'one finished beside one under way is no count of the two, and leaves them unclear',
      row: { task: '完成东湖幼儿园、西湖幼儿园等2所公办幼儿园建设。', progress: '东湖幼儿园已完工;西湖幼儿园正在进行内部装修。' },
      expected: [{ value: 2, verdict: 'unclear', reported: null, reason: { key: 'target.why.namedWorksByState' } }],
      notes: 'written for this test; works gone through by state without a count are unclear, as judged in 袁州 2023 and 汕尾 2024',
    },
  ])('$description', (rowCase) => expectTargetsOfRow(rowCase));
});
