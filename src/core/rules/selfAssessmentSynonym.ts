import { vocabularyWordFor } from '../text/selfAssessment';
import { joinedText, taskIssue, writeCellFix } from './_lib/taskIssue';
import type { Rule } from './types';

/** A near-synonym of a vocabulary word (`已完成`, `按计划推进`, ` 完成。`): fixable to the word. */
export const selfAssessmentSynonym: Rule = {
  id: 'selfAssessment.synonym',
  severity: 'warning',
  fixable: true,
  check(context) {
    const { vocabulary } = context.settings;
    return context.tasks.flatMap((task) => {
      const text = joinedText(task, 'selfAssessment');
      const raw = task.cells.selfAssessment?.text ?? '';
      if (text === '' || vocabulary.includes(raw)) return [];
      const word = vocabularyWordFor(text, vocabulary);
      if (word === null) return [];
      const fix = writeCellFix(context, task, 'selfAssessment', 'fix.mapSelfAssessment', word);
      return [taskIssue(context, task, 'selfAssessment', { rule: this.id, severity: this.severity, params: { word }, ...(fix ? { fix } : {}) })];
    });
  },
};
