/**
 * Office.js failures turned into errors that carry a message key, so the pane can say what happened and
 * what to do next (src/core/messages/pane.ts).
 */

export class OfficeWorkbookError extends Error {
  constructor(
    /** Message key (`office.sheetProtected`, `office.cellEditMode`, …). */
    readonly messageKey: string,
    readonly params: Readonly<Record<string, string | number>> = {},
    override readonly cause?: unknown,
  ) {
    super(`${messageKey}${params.sheet === undefined ? '' : `: ${String(params.sheet)}`}`);
    this.name = 'OfficeWorkbookError';
  }
}

/** Error codes of Office.js (`OfficeExtension.Error.code`) we meet, with the message key for each. */
const KEY_OF_CODE: Readonly<Record<string, string>> = {
  InvalidOperationInCellEditMode: 'office.cellEditMode',
  AccessDenied: 'office.accessDenied',
  ItemNotFound: 'office.itemNotFound',
  RequestPayloadSizeLimitExceeded: 'office.payloadTooLarge',
  ResponsePayloadSizeLimitExceeded: 'office.payloadTooLarge',
  ApiNotFound: 'office.apiMissing',
};

export function errorCodeOf(error: unknown): string | null {
  if (typeof error === 'object' && error !== null && 'code' in error) {
    const code = (error as { code: unknown }).code;
    return typeof code === 'string' ? code : null;
  }
  return null;
}

export function isPayloadTooLarge(error: unknown): boolean {
  const code = errorCodeOf(error);
  return code === 'RequestPayloadSizeLimitExceeded' || code === 'ResponsePayloadSizeLimitExceeded';
}

/** Wraps an Office.js failure; errors that already carry a key pass through unchanged. */
export function toOfficeWorkbookError(error: unknown, params: Readonly<Record<string, string | number>> = {}): Error {
  if (error instanceof OfficeWorkbookError) return error;
  const code = errorCodeOf(error);
  const key = code === null ? undefined : KEY_OF_CODE[code];
  if (key !== undefined) return new OfficeWorkbookError(key, params, error);
  return error instanceof Error ? error : new Error(String(error));
}
