/** The pane's engine: the core's check use case, with the pane's settings as its options. */
import { checkGrid } from '../core';
import type { PaneEngine } from './paneUseCases';

export function createCoreEngine(): PaneEngine {
  return {
    checkGrid(grid, options) {
      const checked = checkGrid(grid, {
        ...(options.period.trim() === '' ? {} : { period: options.period.trim() }),
        vocabulary: options.vocabulary,
      });
      return { report: checked.report, issues: checked.issues, targets: checked.targets };
    },
  };
}
