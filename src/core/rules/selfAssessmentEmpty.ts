import { emptyCellRule } from './_lib/taskCellRule';

/** No self-assessment (自我评价). */
export const selfAssessmentEmpty = emptyCellRule('selfAssessment.empty', 'error', 'selfAssessment');
