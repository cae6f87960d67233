/**
 * The progress bar, 取消 and the message of work started at one place, rendered right beside the button
 * that started it. The live region is always there, so screen readers hear what appears in it.
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
} from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import { DEFAULT_PLACE, useWorkState, type WorkPlace } from './WorkProvider';

const useStyles = makeStyles({
  status: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  progressRow: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS },
  progress: { flexGrow: 1 },
  message: { whiteSpace: 'pre-wrap' },
});

export function WorkStatus({ at = DEFAULT_PLACE }: { readonly at?: WorkPlace }) {
  const styles = useStyles();
  const { t } = useTranslation();
  const { running, notice, cancel, dismiss } = useWorkState();
  const progress = running?.at === at ? running.progress : null;
  return (
    <div className={styles.status} aria-live="polite" data-work-place={at}>
      {running?.at === at && (
        <div className={styles.progressRow}>
          <Field
            className={styles.progress}
            label={progress ? t('pane.progress', { done: progress.done, total: progress.total }) : t('pane.working')}
            validationState="none"
          >
            <ProgressBar value={progress && progress.total > 0 ? progress.done / progress.total : undefined} />
          </Field>
          <Button onClick={cancel}>{t('pane.cancel')}</Button>
        </div>
      )}
      {notice?.at === at && (
        <MessageBar intent={notice.intent}>
          <MessageBarBody className={styles.message}>
            {notice.intent === 'error' && <MessageBarTitle>{t('pane.error.title')}</MessageBarTitle>}
            {notice.text}
          </MessageBarBody>
          <MessageBarActions containerAction={<Button appearance="transparent" aria-label={t('pane.dismiss')} onClick={dismiss}>×</Button>} />
        </MessageBar>
      )}
    </div>
  );
}
