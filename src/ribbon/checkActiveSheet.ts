/**
 * The ribbon's "校验本表": checks the active sheet without opening the pane and reports the count of
 * issues in a notification.
 */
import { formatMessage, type Language } from '../core';
import type { PaneUseCases } from '../app/paneUseCases';
import { messageOfError } from '../taskpane/errorMessage';

/** The notification text for the active sheet, or for what went wrong. */
export async function checkActiveSheetSummary(useCases: Pick<PaneUseCases, 'check'>, language: Language): Promise<string> {
  try {
    const outcome = await useCases.check('active', { signal: new AbortController().signal, report: () => undefined });
    const sheet = outcome.sheets[0] ?? '';
    const { summary } = outcome;
    const total = summary.error + summary.warning + summary.info;
    const counts =
      total === 0
        ? formatMessage(language, 'pane.check.none')
        : formatMessage(language, 'pane.check.summary', { total, error: summary.error, warning: summary.warning, info: summary.info });
    return formatMessage(language, 'pane.command.checked', { sheet, summary: counts });
  } catch (error) {
    return messageOfError(error, language);
  }
}
