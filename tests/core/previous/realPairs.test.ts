/** The check against the previous report on real pairs of reports, against issues written by hand (realPairs.expected.ts). */
import { checkGrid, compareWithPrevious } from '../../../src/core';
import { corpusSheet } from './realPairSheets';
import { REAL_PAIRS } from './realPairs.expected';

function comparedSheet(file: string) {
  const grid = corpusSheet(file);
  const check = checkGrid(grid);
  return { sheet: check.sheet, report: check.report, targets: check.targets };
}

describe('the check against the previous report on real pairs', () => {
  it.each(REAL_PAIRS)('$description', ({ previous, current, expected, engineMisses = [] }) => {
    const issues = compareWithPrevious([comparedSheet(current)], [comparedSheet(previous)], { previousFile: `${previous}.xlsx` });
    const found = issues.map((issue) => ({ rule: issue.rule, cell: issue.cell, severity: issue.severity }));
    const stillExpected = [...expected];
    for (const miss of engineMisses) {
      const at = stillExpected.findIndex((issue) => issue.rule === miss.rule && issue.cell === miss.cell && issue.severity === miss.severity);
      if (at < 0) throw new Error(`engineMisses lists an issue that is not expected: ${JSON.stringify(miss)}`);
      stillExpected.splice(at, 1);
    }
    expect(found).toEqual(stillExpected);
  });

  it('carries the previous cell and text on every issue of a row (the swapped 武昌区 pair)', () => {
    const issues = compareWithPrevious([comparedSheet('wuchang-2021-quzhengfugongzuobaogao-bannian')], [comparedSheet('wuchang-2021-quzhengfugongzuobaogao-qiansanjidu')], {
      previousFile: '前三季度.xlsx',
    });
    const revenue = issues.find((issue) => issue.cell === 'E6');
    expect(revenue?.previous).toEqual({ file: '前三季度.xlsx', sheet: '三季度', cell: 'E6', text: expect.stringContaining('1,211,484万元') as unknown as string });
    expect(revenue?.params).toMatchObject({ current: '91.75亿元', previous: '1,211,484万元', indicator: '地方一般公共预算收入' });
  });
});
