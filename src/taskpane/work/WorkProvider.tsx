/**
 * Long work in the pane: one runner shared by the tabs. Each run names the place it started from (the
 * button's spot in its panel), and `<WorkStatus at=…>` placed beside that button shows its progress bar,
 * its 取消 button and the message saying what happened and what to do next — where the user is looking,
 * not at the top of a long panel. A new tab starts without the previous operation's message.
 */
import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { MessageBarIntent } from '@fluentui/react-components';
import { parseLanguage } from '../../core';
import { messageOfError, hasMessageKey } from '../errorMessage';
import type { WorkProgress } from '../../app/host';
import { WorkCancelledError, PaneMessageError } from '../../app/paneUseCases';

export interface Notice {
  readonly intent: MessageBarIntent;
  readonly text: string;
}

/** Where a run started; a panel with one action uses the default. */
export type WorkPlace = string;
export const DEFAULT_PLACE: WorkPlace = 'panel';

export interface WorkRunner {
  /** Runs work with progress and cancellation; failures become a notice at `at` and resolve to undefined. */
  run<T>(work: (progress: WorkProgress) => Promise<T>, at?: WorkPlace): Promise<T | undefined>;
  notify(notice: Notice | null, at?: WorkPlace): void;
  readonly busy: boolean;
}

export interface WorkProgressState {
  readonly done: number;
  readonly total: number;
}

/** What `<WorkStatus>` shows: the running operation and the last notice, each with its place. */
export interface WorkState {
  readonly running: { readonly at: WorkPlace; readonly progress: WorkProgressState | null } | null;
  readonly notice: (Notice & { readonly at: WorkPlace }) | null;
  cancel(): void;
  dismiss(): void;
}

const WorkContext = createContext<WorkRunner | null>(null);
const WorkStateContext = createContext<WorkState | null>(null);

export function useWork(): WorkRunner {
  const runner = useContext(WorkContext);
  if (!runner) throw new Error('useWork must be used inside <WorkProvider>');
  return runner;
}

export function useWorkState(): WorkState {
  const state = useContext(WorkStateContext);
  if (!state) throw new Error('useWorkState must be used inside <WorkProvider>');
  return state;
}

export interface WorkProviderProps {
  readonly children: ReactNode;
  /** The tab shown: when it changes, the previous operation's message goes. */
  readonly view?: string;
}

export function WorkProvider({ children, view }: WorkProviderProps) {
  const { t, i18n } = useTranslation();
  const [running, setRunning] = useState<WorkState['running']>(null);
  const [notice, setNotice] = useState<WorkState['notice']>(null);
  const controller = useRef<AbortController | null>(null);
  const language = parseLanguage(i18n.language);

  useEffect(() => setNotice(null), [view]);

  const run = useCallback(
    async <T,>(work: (progress: WorkProgress) => Promise<T>, at: WorkPlace = DEFAULT_PLACE): Promise<T | undefined> => {
      const abort = new AbortController();
      controller.current = abort;
      setRunning({ at, progress: null });
      setNotice(null);
      try {
        return await work({ signal: abort.signal, report: (done, total) => setRunning({ at, progress: { done, total } }) });
      } catch (error) {
        if (error instanceof WorkCancelledError) setNotice({ at, intent: 'info', text: t('pane.cancelled') });
        else setNotice({ at, intent: error instanceof PaneMessageError ? 'warning' : 'error', text: messageOfError(error, language) });
        if (!hasMessageKey(error) && !(error instanceof WorkCancelledError)) console.error(error);
        return undefined;
      } finally {
        controller.current = null;
        setRunning(null);
      }
    },
    [language, t],
  );
  const notify = useCallback((next: Notice | null, at: WorkPlace = DEFAULT_PLACE) => setNotice(next ? { ...next, at } : null), []);

  const busy = running !== null;
  const runner = useMemo<WorkRunner>(() => ({ run, notify, busy }), [run, notify, busy]);
  const state = useMemo<WorkState>(
    () => ({ running, notice, cancel: () => controller.current?.abort(), dismiss: () => setNotice(null) }),
    [running, notice],
  );

  return (
    <WorkContext.Provider value={runner}>
      <WorkStateContext.Provider value={state}>{children}</WorkStateContext.Provider>
    </WorkContext.Provider>
  );
}
