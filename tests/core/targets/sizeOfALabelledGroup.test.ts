/**
 * A table row's label sizing its group in parentheses (`交通设施(14 项)`, `小计(60个)`) before the bar and the group's plan
 * column: the count says how many things the group holds, the plan column is the aim. Rows written for this test in the style
 * of key-project tables; the counter-examples put the count in a sentence or give it a column of its own.
 */
import { analyzeTargets } from '../../../src/core/targets';
import { isSizeOfALabelledGroup } from '../../../src/core/targets/_lib/sizeOfALabelledGroup';
import { parseQuantities } from '../../../src/core/numbers';
import { reportOf } from './reportFixtures';

function countIn(text: string, written: string): ReturnType<typeof parseQuantities>['quantities'][number] {
  const found = parseQuantities(text).quantities.find((quantity) => quantity.text.includes(written));
  if (!found) throw new Error(`no quantity ${written} in ${text}`);
  return found;
}

describe('the size of a group named in a table row\'s label', () => {
  it.each([
    { description: 'projects, with a space before the measure word', text: '重点基础设施项目 | 交通设施(14 项) | 年度计划(亿元) 52', written: '14' },
    { description: 'a subtotal, full-width parentheses', text: '产业项目 | 小计（60个） | 年度计划(万元) 880000', written: '60' },
    { description: 'a field as the label opens the cell', text: '教育卫生(8所) | 年度计划(万元) 42000', written: '8' },
    { description: 'a field with the bar full-width', text: '城市更新 ｜ 老旧小区(35个) ｜ 年度计划(亿元) 6', written: '35' },
  ])('$description', ({ text, written }) => {
    expect(isSizeOfALabelledGroup(text, countIn(text, written))).toBe(true);
  });

  it.each([
    { description: 'a count in parentheses in a sentence', text: '年内新建学校(8所),秋季学期投入使用', written: '8' },
    { description: 'a count with a column of its own', text: '交通设施 | 项目数(个) 14 | 年度计划(亿元) 52', written: '14' },
    { description: 'a floor in parentheses', text: '交通设施(不少于14项) | 年度计划(亿元) 52', written: '14' },
    { description: 'a label that says what is made: schools to build', text: '新建学校(8所) | 年度计划(万元) 42000', written: '8' },
    { description: 'a label that says what is made: estates to refit', text: '城市更新 ｜ 老旧小区改造(35个) ｜ 年度计划(亿元) 6', written: '35' },
  ])('leaves alone $description', ({ text, written }) => {
    expect(isSizeOfALabelledGroup(text, countIn(text, written))).toBe(false);
  });

  it('keeps the plan column as the row\'s one target', () => {
    const { targets } = analyzeTargets(reportOf([{ task: '重点产业项目 | 现代服务业(23 项) | 年度计划(亿元) 75', progress: '1-6月完成(亿元) 40 | 完成进度(%) 53' }], 2023, '上半年'));
    expect(targets.map((target) => [target.value, target.reported?.value])).toEqual([[7500000000, 4000000000]]);
  });
});
