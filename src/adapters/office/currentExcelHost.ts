/** The pane host of the Excel this code runs in: the one place that reads Office.context for it. */
import { officeExcelRunner } from './excelRunner';
import { createOfficePaneHost } from './officePaneHost';
import { detectOfficeCapabilities, libraryOf } from './requirements';

/** Call after Office.onReady has reported an Excel host (the pane and the ribbon commands both do). */
export function createCurrentExcelHost(): ReturnType<typeof createOfficePaneHost> {
  return createOfficePaneHost({
    run: officeExcelRunner,
    // The host's answer and the loaded office.js's members: an intranet copy can be older than Excel.
    capabilities: detectOfficeCapabilities(
      (name, version) => Office.context.requirements.isSetSupported(name, version),
      libraryOf(typeof Excel === 'undefined' ? undefined : Excel),
    ),
    documentSettings: Office.context.document.settings,
    displayLanguage: Office.context.displayLanguage,
    isReadOnly: () => Office.context.document.mode === Office.DocumentMode.ReadOnly,
  });
}
