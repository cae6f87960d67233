/** The pane host of the Excel this code runs in: the one place that reads Office.context for it. */
import { officeExcelRunner } from './excelRunner';
import { createOfficePaneHost } from './officePaneHost';
import { detectOfficeCapabilities } from './requirements';

/** Call after Office.onReady has reported an Excel host (the pane and the ribbon commands both do). */
export function createCurrentExcelHost(): ReturnType<typeof createOfficePaneHost> {
  return createOfficePaneHost({
    run: officeExcelRunner,
    capabilities: detectOfficeCapabilities((name, version) => Office.context.requirements.isSetSupported(name, version)),
    documentSettings: Office.context.document.settings,
    displayLanguage: Office.context.displayLanguage,
    isReadOnly: () => Office.context.document.mode === Office.DocumentMode.ReadOnly,
  });
}
