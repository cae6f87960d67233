import { DEFAULT_VOCABULARY, vocabularyWordFor } from '../text/selfAssessment';
import { joinedText, taskIssue } from './_lib/taskIssue';
import type { Rule } from './types';

/**
 * Words saying the work is still under way. `待` counts only before a verb (`待验收`), never in
 * `优待`, `接待`, `待遇`.
 */
const STILL_UNDER_WAY = /正在|推进中|进行中|实施中|建设中|筹备中|办理中|尚未|仍在|还未|未能|(?<![优接招款对期等虐看善厚担])待(?:完成|推进|落实|开展|审批|批复|验收|建设|实施|进一步|启动|确定|上级)/;

/** The vocabulary word that means "done" (完成), in a bureau's vocabulary or the default. */
function doneWord(vocabulary: readonly string[]): string {
  return vocabulary.includes('完成') ? '完成' : (DEFAULT_VOCABULARY[0] ?? '完成');
}

/** 自我评价 完成 while the progress says the work goes on (seed 000, serial 40: `正在全力推进相关工作`). */
export const selfAssessmentDoneButOngoing: Rule = {
  id: 'selfAssessment.doneButOngoing',
  severity: 'warning',
  fixable: false,
  check(context) {
    const done = doneWord(context.settings.vocabulary);
    return context.tasks.flatMap((task) => {
      const assessed = vocabularyWordFor(joinedText(task, 'selfAssessment'), context.settings.vocabulary);
      if (assessed !== done) return [];
      const match = STILL_UNDER_WAY.exec(joinedText(task, 'progress'));
      if (!match) return [];
      return [taskIssue(context, task, 'selfAssessment', { rule: this.id, severity: this.severity, params: { phrase: match[0] } })];
    });
  },
};
