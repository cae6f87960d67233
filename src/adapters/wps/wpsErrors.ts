/**
 * Failures of the WPS host that carry a message key, so the pane and the ribbon say what happened and
 * what to do (src/core/messages/wps.ts, app.ts).
 */
export class WpsWorkbookError extends Error {
  constructor(
    /** Message key (`wps.noWorkbook`, `sheet.protected`, …). */
    readonly messageKey: string,
    readonly params: Readonly<Record<string, string | number>> = {},
    override readonly cause?: unknown,
  ) {
    super(`${messageKey}${params.sheet === undefined ? '' : `: ${String(params.sheet)}`}`);
    this.name = 'WpsWorkbookError';
  }
}
