/**
 * Expected issues of the check against the previous report on real pairs of reports (one place, two
 * periods of one year), written by hand from the published texts before the comparison was run on them.
 * Sheets are built from the targets corpus (tests/corpus/targets/<file>.json, each with its source URL) by
 * `realPairSheets`: title, 填报单位, 填报时间, the standard header on row 4, the document's rows from row 5
 * with the serial of their place in the document.
 */

export interface ExpectedPreviousIssue {
  readonly rule: string;
  /** A1 address on the current sheet; '' for a whole-sheet issue (a task only the previous report has). */
  readonly cell: string;
  readonly severity: 'error' | 'warning' | 'info';
}

export interface RealPairCase {
  readonly description: string;
  readonly previous: string;
  readonly current: string;
  readonly expected: readonly ExpectedPreviousIssue[];
  /**
   * Issues of `expected` the comparison does not find yet, each with the reason (found by running it after
   * the expectations were written). The test asserts they stay missing, so a fix shows up as a failure that
   * moves the entry back into the expectations.
   */
  readonly engineMisses?: readonly (ExpectedPreviousIssue & { readonly why: string })[];
  readonly notes: string;
}

const decreased = (cell: string): ExpectedPreviousIssue => ({ rule: 'previous.figureDecreased', cell, severity: 'warning' });
const added = (cell: string): ExpectedPreviousIssue => ({ rule: 'previous.taskAdded', cell, severity: 'info' });

export const REAL_PAIRS: readonly RealPairCase[] = [
  {
    description: '武昌区 2021 一季度 → 上半年: every total rose, growth rates fell; nothing to say',
    previous: 'wuchang-2021-quzhengfugongzuobaogao-1-3yue',
    current: 'wuchang-2021-quzhengfugongzuobaogao-bannian',
    expected: [],
    notes:
      '地区生产总值 370亿 → 779.43亿, 固定资产投资 52.83亿 → 190.59亿, 地方一般公共预算收入 460,931万 → 91.75亿, 社零 166.68亿 → 257.54亿, ' +
      '签约项目 12 → 25 个, 签约金额 205亿 → 567.5亿. Growth rates (增幅45% → 22.3%, 增长74.7% → 69.3%) may fall. ' +
      'Row 5: 已储备各类总部项目5个 (Q1) and 在谈…各类总部加分项目3个 (H1) are different counts, not a fall.',
  },
  {
    description: '武昌区 2021 上半年 → 前三季度: totals rose again; the 总收入 of H1 is not the 地方 revenue of Q3',
    previous: 'wuchang-2021-quzhengfugongzuobaogao-bannian',
    current: 'wuchang-2021-quzhengfugongzuobaogao-qiansanjidu',
    expected: [],
    notes:
      '地方一般公共预算收入 91.75亿 → 1,211,484万 (121亿) rose; it must not be read against H1\'s 一般公共预算总收入 150亿. ' +
      'Row 5: 各类500强总部项目1个 (Q3, introduced) is not the 各类总部加分项目3个 under negotiation in H1.',
  },
  {
    description: '武昌区 2021 前三季度 read as the previous report of 上半年 (the order swapped): every total is lower',
    previous: 'wuchang-2021-quzhengfugongzuobaogao-qiansanjidu',
    current: 'wuchang-2021-quzhengfugongzuobaogao-bannian',
    expected: [decreased('E5'), decreased('E5'), decreased('E6'), decreased('E7'), decreased('E9'), decreased('E9')],
    engineMisses: [
      {
        ...decreased('E9'),
        why:
          '产业链招商引资签约亿元以上项目 (25个) and 现代服务业招商签约引进亿元以上重点招商项目 (37个) agree 0.61 by indicatorSimilarity, below the 0.8 ' +
          'that two figures need to be one indicator; 各类500强总部项目 ↔ 各类总部加分项目 (another count) agree 0.75, so the bar cannot go lower.',
      },
    ],
    notes:
      'Real phrasings, synthetic order: what a bureau that pasted an older report would send. Row 1: 地区生产总值 779.43亿 < 1152.04亿, ' +
      '固定资产投资 190.59亿 < 281.82亿. Row 2: 地方一般公共预算收入 91.75亿 < 121亿 (总收入 150亿 and 增收 53.55亿 are not lower than anything of theirs). ' +
      'Row 3: 社零 257.54亿 < 451.27亿. Row 5: 签约亿元以上项目 25 < 37 个, 签约金额 567.5亿 < 889.5亿. Growth rates are not totals.',
  },
  {
    description: '嵊州市 2022 1-6月 → 1-9月: 已全部完成 repeated on a task done both times; the rows the first file lacks are added',
    previous: 'shengzhou-2022-minshengshishi-1-6yue',
    current: 'shengzhou-2022-minshengshishi-1-9yue',
    expected: [{ rule: 'previous.progressUnchanged', cell: 'E11', severity: 'info' }, added('B12'), added('B13'), added('B14'), added('B15'), added('B16'), added('B17')],
    notes:
      'Row 7 (开展职业技能培训11300人次): progress 已全部完成。 and 自我评价 已完成 in both, so the repeat is information only. ' +
      'Row 1 adds the names of the three towns: not a copy. Rows 2-3 (新增托位336个 → 已全部完成) state no total now. ' +
      'Rows 8-13 are in the corpus file of 1-9月 only (the 1-6月 file keeps the first seven items of its page): added.',
  },
  {
    description: '咸宁市 2021 一季度 → 上半年: counts updated in the same sentences are progress, not a copy',
    previous: 'xianning-2021-zhongdian-yijidu',
    current: 'xianning-2021-zhongdian-shangbannian',
    expected: [added('B7')],
    notes:
      'Row 2 keeps its sentences and updates 68 → 107, 24 → 25, 36 → 80 (500强 3, 1, 2 unchanged, not lower): new figures are new progress. ' +
      'Row 1: Q1 states growth rates only. Row 3 is in the H1 file only.',
  },
  {
    description: '通州区 2021 一季度 → 上半年: reworded progress is not a copy; a task reported in Q1 only is missing',
    previous: 'tongzhou-2021-shizhengfu-zhongdian-yijidu',
    current: 'tongzhou-2021-shizhengfu-zhongdian-shangbannian',
    expected: [{ rule: 'previous.taskMissing', cell: '', severity: 'warning' }],
    notes:
      'Row 1 restates the Q1 work (领导小组及办公室, 三年行动计划, 工作要点) with other verbs: well under nine in ten character pairs shared. ' +
      'Row 3 (商圈改造提升) is in the Q1 file only.',
  },
  {
    description: '咸宁市 2020 上半年 → 全年: totals rose, growth rates changed sign; nothing to say',
    previous: 'xianning-2020-zhongdian-shangbannian',
    current: 'xianning-2020-zhongdian-quannian',
    expected: [],
    notes: '专利 1257/186 件 → 4576/592 件, 成果登记 40 → 80 项, 转化 25 → 70 项, 技术合同 26.75亿 → 52.35亿. 增长-17.5% → -4.9% are rates.',
  },
];
