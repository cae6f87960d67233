/** What the pane says about a failure: errors that carry a message key speak for themselves. */
import { formatMessage, type Language } from '../core';

interface KeyedError {
  readonly messageKey: string;
  readonly params?: Readonly<Record<string, string | number>>;
}

export function hasMessageKey(error: unknown): error is KeyedError {
  return typeof error === 'object' && error !== null && 'messageKey' in error && typeof (error as KeyedError).messageKey === 'string';
}

export function messageOfError(error: unknown, language: Language): string {
  if (hasMessageKey(error)) return formatMessage(language, error.messageKey, error.params ?? {});
  const detail = error instanceof Error ? error.message : String(error);
  return formatMessage(language, 'pane.error.unexpected', { detail });
}
