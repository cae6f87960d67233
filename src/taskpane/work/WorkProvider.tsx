/**
 * Long work in the pane: one runner shared by the tabs, one progress bar with a cancel button, and one
 * message area (Fluent MessageBar) saying what happened and what to do next.
 */
import {
  Button,
  Field,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  ProgressBar,
  makeStyles,
  tokens,
  type MessageBarIntent,
} from '@fluentui/react-components';
import { createContext, useCallback, useContext, useMemo, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { parseLanguage } from '../../core';
import { messageOfError, hasMessageKey } from '../errorMessage';
import type { WorkProgress } from '../../app/host';
import { WorkCancelledError, PaneMessageError } from '../../app/paneUseCases';

export interface Notice {
  readonly intent: MessageBarIntent;
  readonly text: string;
}

export interface WorkRunner {
  /** Runs work with progress and cancellation; failures become a notice and resolve to undefined. */
  run<T>(work: (progress: WorkProgress) => Promise<T>): Promise<T | undefined>;
  notify(notice: Notice | null): void;
  readonly busy: boolean;
}

const WorkContext = createContext<WorkRunner | null>(null);

export function useWork(): WorkRunner {
  const runner = useContext(WorkContext);
  if (!runner) throw new Error('useWork must be used inside <WorkProvider>');
  return runner;
}

const useStyles = makeStyles({
  status: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  progressRow: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS },
  progress: { flexGrow: 1 },
  message: { whiteSpace: 'pre-wrap' },
});

interface Progress {
  readonly done: number;
  readonly total: number;
}

export function WorkProvider({ children }: { readonly children: ReactNode }) {
  const styles = useStyles();
  const { t, i18n } = useTranslation();
  const [busy, setBusy] = useState(false);
  const [progress, setProgress] = useState<Progress | null>(null);
  const [notice, setNotice] = useState<Notice | null>(null);
  const controller = useRef<AbortController | null>(null);
  const language = parseLanguage(i18n.language);

  const run = useCallback(
    async <T,>(work: (progress: WorkProgress) => Promise<T>): Promise<T | undefined> => {
      const abort = new AbortController();
      controller.current = abort;
      setBusy(true);
      setNotice(null);
      setProgress(null);
      try {
        return await work({ signal: abort.signal, report: (done, total) => setProgress({ done, total }) });
      } catch (error) {
        if (error instanceof WorkCancelledError) setNotice({ intent: 'info', text: t('pane.cancelled') });
        else setNotice({ intent: error instanceof PaneMessageError ? 'warning' : 'error', text: messageOfError(error, language) });
        if (!hasMessageKey(error) && !(error instanceof WorkCancelledError)) console.error(error);
        return undefined;
      } finally {
        controller.current = null;
        setBusy(false);
        setProgress(null);
      }
    },
    [language, t],
  );

  const runner = useMemo<WorkRunner>(() => ({ run, notify: setNotice, busy }), [run, busy]);

  return (
    <WorkContext.Provider value={runner}>
      <div className={styles.status} aria-live="polite">
        {busy && (
          <div className={styles.progressRow}>
            <Field
              className={styles.progress}
              label={progress ? t('pane.progress', { done: progress.done, total: progress.total }) : t('pane.working')}
              validationState="none"
            >
              <ProgressBar value={progress && progress.total > 0 ? progress.done / progress.total : undefined} />
            </Field>
            <Button onClick={() => controller.current?.abort()}>{t('pane.cancel')}</Button>
          </div>
        )}
        {notice && (
          <MessageBar intent={notice.intent}>
            <MessageBarBody className={styles.message}>
              {notice.intent === 'error' && <MessageBarTitle>{t('pane.error.title')}</MessageBarTitle>}
              {notice.text}
            </MessageBarBody>
            <MessageBarActions containerAction={<Button appearance="transparent" aria-label={t('pane.dismiss')} onClick={() => setNotice(null)}>×</Button>} />
          </MessageBar>
        )}
      </div>
      {children}
    </WorkContext.Provider>
  );
}
