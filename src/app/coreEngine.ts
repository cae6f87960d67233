/** The pane's engine: the core's check use case, with the pane's settings as its options. */
import { checkGrid, type CheckOptions } from '../core';
import type { PaneEngine, SettingsCheckOptions } from './useCases/useCaseContext';

/** The settings' options as the core's check takes them: a blank period means "read it from the sheet". */
export function coreCheckOptions(options: SettingsCheckOptions): CheckOptions {
  return {
    ...(options.period.trim() === '' ? {} : { period: options.period.trim() }),
    vocabulary: options.vocabulary,
    ...(options.targetReadings ? { targetReadings: options.targetReadings } : {}),
  };
}

export function createCoreEngine(): PaneEngine {
  return {
    checkGrid(grid, options) {
      const checked = checkGrid(grid, coreCheckOptions(options));
      return { report: checked.report, issues: checked.issues, targets: checked.targets };
    },
  };
}
