/** The numeric-targets check as one analyser of the check use case: `jindu check` prints its `targets`. */
import type { SheetAnalyser } from '../check/types';
import { analyzeTargets } from './analyzeTargets';

export const targetsAnalyser: SheetAnalyser = {
  name: 'targets',
  analyse(context) {
    const { targets, issues } = analyzeTargets(context.report, { year: context.settings.reportYear, targetReadings: context.targetReadings });
    return { targets, issues };
  },
};
