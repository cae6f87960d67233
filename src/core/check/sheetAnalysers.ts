/**
 * The analysers every check runs, in order. A new kind of check on a parsed sheet (the numeric
 * targets) is one more entry here, so the CLI, the pane and the page all pick it up.
 */
import { RULES } from '../rules/catalogue';
import { targetsAnalyser } from '../targets/targetsAnalyser';
import type { SheetAnalyser } from './types';

/** The rule catalogue as an analyser: issues only, no targets. */
export const ruleCatalogueAnalyser: SheetAnalyser = {
  name: 'rules',
  analyse(context) {
    return { issues: RULES.flatMap((rule) => rule.check(context)), targets: [] };
  },
};

export const SHEET_ANALYSERS: readonly SheetAnalyser[] = [ruleCatalogueAnalyser, targetsAnalyser];
