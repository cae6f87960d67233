/** File mode's toolbar: open files, load the sample, download the active file, and what is being read. */
import { Button, Spinner } from '@fluentui/react-components';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { SessionFile } from '../../app/fileMode/fileSession';
import { ACCEPTED_FILES } from '../acceptedFiles';
import { downloadName } from './downloadWorkbook';
import { useFileModeStyles } from './fileModeStyles';

export interface FileToolbarProps {
  readonly active: SessionFile | null;
  /** Names of the files being read. */
  readonly reading: readonly string[];
  readonly onOpen: (files: readonly File[]) => void;
  readonly onSample: () => void;
  readonly onDownload: (file: SessionFile) => void;
}

export function FileToolbar({ active, reading, onOpen, onSample, onDownload }: FileToolbarProps) {
  const styles = useFileModeStyles();
  const { t } = useTranslation();
  const inputRef = useRef<HTMLInputElement | null>(null);
  return (
    <div className={styles.toolbar}>
      <Button appearance="primary" onClick={() => inputRef.current?.click()}>
        {t('fileMode.open')}
      </Button>
      <input
        ref={inputRef}
        className={styles.hidden}
        type="file"
        multiple
        accept={ACCEPTED_FILES}
        aria-label={t('fileMode.open')}
        data-testid="file-input"
        onChange={(event) => {
          const picked = Array.from(event.currentTarget.files ?? []);
          event.currentTarget.value = '';
          onOpen(picked);
        }}
      />
      <Button onClick={onSample}>{t('fileMode.sample')}</Button>
      {active && (
        <Button onClick={() => onDownload(active)} aria-label={t('fileMode.downloadFile', { file: downloadName(active.name) })}>
          {t('fileMode.download')}
        </Button>
      )}
      {reading.length > 0 && <Spinner size="tiny" label={t('fileMode.reading', { file: reading.join('、') })} />}
    </div>
  );
}
