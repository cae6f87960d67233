/** Texts of the numeric-target check (issue 4): its two cross-check issues, verdict names and the readable report. */
import type { MessageMap } from './index';

export const zhCN: MessageMap = {
  'target.self-assessment-mismatch': '自我评价为“{assessment}”，但数值目标“{target}”尚未达到（进展情况：{reported}）。',
  'target.completion-rate-mismatch': '进展情况中的完成率“{rate}”与所报数字不符：“{figure}”对照目标“{target}”应为约 {expected}。',
  'target.verdict.met': '已达成',
  'target.verdict.on-track': '按序时推进',
  'target.verdict.behind': '落后于序时进度',
  'target.verdict.unmet': '未达成',
  'target.verdict.no-figure': '进展中无对应数字',
  'target.verdict.unclear': '无法确定对应数字',
  'target.report.heading': '数值目标：共 {total} 项，其中 {attention} 项需关注',
  'target.report.none': '未发现数值目标。',
  'target.report.allMet': '全部数值目标均已达成或按序时推进。',
  'target.report.target': '目标',
  'target.report.reported': '进展',
  'target.report.noReported': '（无）',
  'target.report.deadline': '期限 {deadline}',
  'target.report.pace': '序时进度 {pace}%',
  'target.report.confidence': '可信度 {confidence}',
};

export const en: MessageMap = {
  'target.self-assessment-mismatch': 'Self-assessment says "{assessment}", but the numeric target "{target}" is not reached (progress: {reported}).',
  'target.completion-rate-mismatch': 'The completion rate "{rate}" in the progress contradicts the figures: "{figure}" against the target "{target}" is about {expected}.',
  'target.verdict.met': 'met',
  'target.verdict.on-track': 'on track',
  'target.verdict.behind': 'behind schedule',
  'target.verdict.unmet': 'not met',
  'target.verdict.no-figure': 'no figure in the progress',
  'target.verdict.unclear': 'figure unclear',
  'target.report.heading': 'Numeric targets: {total} found, {attention} need attention',
  'target.report.none': 'No numeric targets found.',
  'target.report.allMet': 'All numeric targets are met or on track.',
  'target.report.target': 'Target',
  'target.report.reported': 'Progress',
  'target.report.noReported': '(none)',
  'target.report.deadline': 'due {deadline}',
  'target.report.pace': 'pace {pace}%',
  'target.report.confidence': 'confidence {confidence}',
};
