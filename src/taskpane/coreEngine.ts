/** The pane's engine: the core's check use case, with the pane's settings as its options. */
import { SHEET_ANALYSERS, checkGrid, renderIssues } from '../core';
import type { PaneEngine } from './paneUseCases';

/** The numeric-targets analyser joins the check as one more entry of SHEET_ANALYSERS. */
const TARGETS_ANALYSER = 'targets';

export function createCoreEngine(): PaneEngine {
  return {
    checkGrid(grid, options) {
      const checked = checkGrid(grid, {
        ...(options.period.trim() === '' ? {} : { period: options.period.trim() }),
        vocabulary: options.vocabulary,
      });
      return { report: checked.report, issues: checked.issues, targets: checked.targets };
    },
    renderIssue(issue, language) {
      return renderIssues([issue], language)[0]?.message ?? issue.rule;
    },
    targetsAvailable: SHEET_ANALYSERS.some((analyser) => analyser.name === TARGETS_ANALYSER),
  };
}
