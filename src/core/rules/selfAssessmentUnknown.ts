import { vocabularyWordFor } from '../text/selfAssessment';
import { joinedText, taskIssue } from './_lib/taskIssue';
import type { Rule } from './types';

/** A self-assessment outside the vocabulary and not a known near-synonym of one of its words. */
export const selfAssessmentUnknown: Rule = {
  id: 'selfAssessment.unknown',
  severity: 'error',
  fixable: false,
  check(context) {
    const { vocabulary } = context.settings;
    return context.tasks
      .filter((task) => {
        const text = joinedText(task, 'selfAssessment');
        return text !== '' && vocabularyWordFor(text, vocabulary) === null;
      })
      .map((task) =>
        taskIssue(context, task, 'selfAssessment', { rule: this.id, severity: this.severity, params: { vocabulary: vocabulary.join('、') } }),
      );
  },
};
