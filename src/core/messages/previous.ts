/** Texts of the check against the previous report (issue 18): its issues and the CLI's and pane's words for it. */
import type { MessageMap } from './index';

export const zhCN: MessageMap = {
  'previous.progressUnchanged': '进展情况与上期报告（{previousReport}）相同或几乎相同（{sameness}% 相同），未反映本期新进展。',
  'previous.figureDecreased': '“{indicator}”的累计数“{current}”低于上期报告（{previousReport}）的“{previous}”。',
  'previous.assessmentRegressed': '自我评价由上期的“{previous}”降为“{current}”，进展情况中未说明原因。',
  'previous.taskChanged': '与上期报告不同（年度计划确定后不应改动），上期为：{previous}',
  'previous.taskMissing': '上期报告（{previousReport}）中的任务本期未报：序号 {serial}，{task}',
  'previous.taskAdded': '上期报告（{previousReport}）中没有此任务（序号 {serial}）。',
  'previous.targetStalled': '数值目标“{target}”落后于序时进度，且所报数字“{reported}”与上期报告（{previousReport}）相同：进展停滞。',
  'previous.otherYear': '上期报告（{previousReport}）是 {previousYear} 年的，本表是 {year} 年的：不同年度的报告不作对比。',
  'previous.nothingPaired': '上期报告（{previousReport}）中没有一项任务与本表的序号或任务文字对应，未作对比。',
  'previous.stalledVerdict': '{verdict}，与上期相比未变化（停滞）',
  'previous.pane.label': '对照上期报告',
  'previous.pane.none': '不对照',
  'previous.pane.sheet': '本工作簿中的工作表',
  'previous.pane.file': '选择文件…',
  'previous.pane.fileChosen': '文件：{file}',
  'previous.pane.previousText': '上期',
  'previous.pane.currentText': '本期',
  'previous.pane.sameSheet': '上期报告不能是本表自身：{sheet}',
};

export const en: MessageMap = {
  'previous.progressUnchanged': 'The progress is the same, or nearly ({sameness}% alike), as in the previous report ({previousReport}): nothing new is reported.',
  'previous.figureDecreased': 'The total "{current}" of "{indicator}" is lower than the previous report\'s "{previous}" ({previousReport}).',
  'previous.assessmentRegressed': 'The self-assessment went down from "{previous}" last time to "{current}", and the progress gives no reason.',
  'previous.taskChanged': 'Differs from the previous report (the plan is fixed for the year); it was: {previous}',
  'previous.taskMissing': 'A task of the previous report ({previousReport}) is not reported now: serial {serial}, {task}',
  'previous.taskAdded': 'This task (serial {serial}) is not in the previous report ({previousReport}).',
  'previous.targetStalled': 'The numeric target "{target}" is behind schedule and the reported figure "{reported}" is the same as in the previous report ({previousReport}): stalled.',
  'previous.otherYear': 'The previous report ({previousReport}) is of {previousYear} and this sheet of {year}: reports of different years are not compared.',
  'previous.nothingPaired': 'No task of the previous report ({previousReport}) matches a serial or task text of this sheet; nothing was compared.',
  'previous.stalledVerdict': '{verdict}, unchanged since the previous report (stalled)',
  'previous.pane.label': 'Compare with the previous report',
  'previous.pane.none': 'None',
  'previous.pane.sheet': 'A sheet of this workbook',
  'previous.pane.file': 'Choose a file…',
  'previous.pane.fileChosen': 'File: {file}',
  'previous.pane.previousText': 'Previous',
  'previous.pane.currentText': 'Now',
  'previous.pane.sameSheet': 'The previous report cannot be the sheet itself: {sheet}',
};
