/**
 * 文件模式: the page outside Excel (WPS users, older Office). The user opens or drops .xlsx files or loads
 * the sample; the active file takes the place of Excel's workbook for the same pane, and a preview takes
 * the place of Excel's grid. Results are downloaded; nothing is sent anywhere. State and effects live in
 * the hooks (`useFileModeSession`, `useFileOpening`, `useDropZone`), the markup in small parts.
 */
import { MessageBar, MessageBarBody, Text, Title3 } from '@fluentui/react-components';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { parseLanguage } from '../../core';
import type { Host } from '../../app/host';
import type { XlsxFiles } from '../../app/fileMode/fileWorkbook';
import { ActiveFileView } from './ActiveFileView';
import { FileTabs } from './FileTabs';
import { FileToolbar } from './FileToolbar';
import { useFileModeStyles } from './fileModeStyles';
import { useDropZone } from './useDropZone';
import { useFileModeSession } from './useFileModeSession';
import { useFileOpening, type Problem } from './useFileOpening';

export interface FileModeAppProps {
  readonly displayLanguage: string;
  /** The pane (校验, 修复与生成, 数值核对, 汇总) for the active file, built by the composition root. */
  readonly renderPane: (host: Host) => ReactNode;
  /** Opens and writes the .xlsx files (the xlsx adapter, loaded when first needed). */
  readonly xlsxFiles: XlsxFiles;
}

function OpeningProblems({ problems }: { readonly problems: readonly Problem[] }) {
  const { t } = useTranslation();
  if (problems.length === 0) return null;
  return (
    <MessageBar intent="error" role="alert">
      <MessageBarBody>
        {problems.map((problem, index) => (
          <div key={index}>{t(problem.key, problem.params)}</div>
        ))}
      </MessageBarBody>
    </MessageBar>
  );
}

export function FileModeApp({ displayLanguage, renderPane, xlsxFiles }: FileModeAppProps) {
  const styles = useFileModeStyles();
  const language = parseLanguage(displayLanguage);
  const { t } = useTranslation();
  const { session, state, active, hostOf } = useFileModeSession(displayLanguage);
  const [problems, setProblems] = useState<readonly Problem[]>([]);
  const { openFiles, loadSample, download } = useFileOpening({ session, xlsxFiles, setProblems, sampleName: t('fileMode.sampleFile') });
  const { dragging, handlers } = useDropZone(openFiles);

  return (
    <div className={styles.root} {...handlers}>
      <header className={styles.column}>
        <Title3 as="h1">
          {t('app.name')} · {t('fileMode.title')}
        </Title3>
        <Text>{t('fileMode.intro')}</Text>
      </header>
      <FileToolbar active={active} reading={state.reading} onOpen={(files) => void openFiles(files)} onSample={() => void loadSample()} onDownload={(file) => void download(file)} />
      <div className={dragging ? `${styles.dropZone} ${styles.dropZoneActive}` : styles.dropZone} aria-hidden="true">
        {t('fileMode.dropHere')}
      </div>
      <OpeningProblems problems={problems} />
      {state.files.length === 0 && <Text>{t('fileMode.noFile')}</Text>}
      {state.files.length > 0 && <FileTabs files={state.files} activeId={state.activeId} onActivate={(id) => session.activate(id)} />}
      {active && (
        <div className={styles.workspace}>
          <section className={styles.column} aria-label={t('app.name')}>
            <div key={active.id}>{renderPane(hostOf(active))}</div>
          </section>
          <section className={styles.column} aria-label={t('fileMode.sheets')}>
            <ActiveFileView file={active} language={language} xlsxFiles={xlsxFiles} onSheet={(sheet) => session.update(active.id, () => ({ activeSheet: sheet }))} onClose={() => session.close(active.id)} />
          </section>
        </div>
      )}
    </div>
  );
}
