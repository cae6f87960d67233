/** The check against the previous report on real pairs of reports, against issues written by hand (realPairs.expected.ts). */
import { checkGrid, compareWithPrevious } from '../../../src/core';
import { exactProgressSameness, NEARLY_SAME_PROGRESS, progressComparisonKey } from '../../../src/core/previous/_lib/progressSameness';
import { corpusSheet, readCorpusDocument } from './realPairSheets';
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

  /**
   * Every row of the real pairs whose task is in both reports, with how alike its two progress texts are and
   * whether the hand-written expectations call it a copy.
   */
  function pairedProgress() {
    return REAL_PAIRS.flatMap(({ previous, current, expected }) => {
      const before = readCorpusDocument(previous).rows;
      return readCorpusDocument(current).rows.flatMap((row, index) => {
        const earlier = before.find((candidate) => progressComparisonKey(candidate.task) === progressComparisonKey(row.task));
        if (!earlier || progressComparisonKey(row.progress) === '') return [];
        const cell = `E${index + 5}`;
        const copied = expected.some((issue) => issue.rule === 'previous.progressUnchanged' && issue.cell === cell);
        return [{ pair: `${previous} → ${current} ${cell}`, sameness: exactProgressSameness(earlier.progress, row.progress), copied }];
      });
    });
  }

  it('the bar of "nearly the same" progress lies between what bureaus paste and what they rewrite', () => {
    const rows = pairedProgress();
    const copies = rows.filter((row) => row.copied);
    const rewrites = rows.filter((row) => !row.copied);
    expect(copies.length).toBeGreaterThan(0);
    expect(rewrites.length).toBeGreaterThan(10);
    // Every progress judged pasted by hand reaches the bar; every progress judged rewritten stays below it,
    // the closest (咸宁 2021: the same sentences, 68个 → 107个 projects) by a margin of at least 0.02.
    for (const copy of copies) expect([copy.pair, copy.sameness >= NEARLY_SAME_PROGRESS]).toEqual([copy.pair, true]);
    const closest = rewrites.reduce((best, row) => (row.sameness > best.sameness ? row : best));
    expect(closest.pair).toBe('xianning-2021-zhongdian-yijidu → xianning-2021-zhongdian-shangbannian E6');
    expect(closest.sameness).toBeLessThan(NEARLY_SAME_PROGRESS - 0.02);
  });
});
