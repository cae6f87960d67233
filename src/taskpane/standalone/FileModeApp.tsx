/**
 * 文件模式: the page outside Excel (WPS users, older Office). The user opens or drops .xlsx files or loads
 * the sample; the active file takes the place of Excel's workbook for the same pane, and a preview takes
 * the place of Excel's grid. Results are downloaded; nothing is sent anywhere.
 */
import {
  Badge,
  Button,
  MessageBar,
  MessageBarBody,
  Spinner,
  Tab,
  TabList,
  Text,
  Title3,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { useCallback, useEffect, useRef, useState, useSyncExternalStore, type DragEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { parseLanguage, type Language, type SheetInfo } from '../../core';
import { DEFAULT_SETTINGS, type Host } from '../../app/host';
import { downloadName } from './downloadWorkbook';
import { createFileHost, createPageSettingsStore } from '../../app/fileMode/fileHost';
import { createFileSession, type SessionFile } from '../../app/fileMode/fileSession';
import type { XlsxFiles } from '../../app/fileMode/fileWorkbook';
import { SheetPreview } from './SheetPreview';
import { SplitPanel } from './SplitPanel';
import { useFileOpening, type Problem } from './useFileOpening';
import { ACCEPTED_FILES } from '../acceptedFiles';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, padding: tokens.spacingHorizontalL, minHeight: '100vh', boxSizing: 'border-box' },
  toolbar: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, alignItems: 'center' },
  dropZone: {
    border: `${tokens.strokeWidthThick} dashed ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
    padding: tokens.spacingVerticalM,
    color: tokens.colorNeutralForeground3,
    textAlign: 'center',
  },
  dropZoneActive: { border: `${tokens.strokeWidthThick} dashed ${tokens.colorBrandStroke1}`, backgroundColor: tokens.colorBrandBackground2 },
  workspace: {
    display: 'grid',
    gap: tokens.spacingHorizontalL,
    gridTemplateColumns: 'minmax(300px, 420px) minmax(0, 1fr)',
    '@media (max-width: 800px)': { gridTemplateColumns: 'minmax(0, 1fr)' },
  },
  column: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, minWidth: 0 },
  fileTab: { display: 'inline-flex', gap: tokens.spacingHorizontalXS, alignItems: 'center' },
  hidden: { display: 'none' },
});

export interface FileModeAppProps {
  readonly displayLanguage: string;
  /** The pane (校验, 修复与生成, 数值核对, 汇总) for the active file, built by the composition root. */
  readonly renderPane: (host: Host) => ReactNode;
  /** Opens and writes the .xlsx files (the xlsx adapter, loaded when first needed). */
  readonly xlsxFiles: XlsxFiles;
}

export function FileModeApp({ displayLanguage, renderPane, xlsxFiles }: FileModeAppProps) {
  const styles = useStyles();
  const language = parseLanguage(displayLanguage);
  const { t } = useTranslation();
  const text = (key: string, params?: Readonly<Record<string, string | number>>) => t(key, params);
  const sessionRef = useRef(createFileSession());
  const session = sessionRef.current;
  const settingsRef = useRef(createPageSettingsStore(DEFAULT_SETTINGS));
  const hostsRef = useRef(new Map<string, Host>());
  const inputRef = useRef<HTMLInputElement | null>(null);
  const state = useSyncExternalStore(session.subscribe, session.getSnapshot);
  const [problems, setProblems] = useState<readonly Problem[]>([]);
  const [dragging, setDragging] = useState(false);
  const active = state.files.find((file) => file.id === state.activeId) ?? null;

  const hostOf = (file: SessionFile): Host => {
    let host = hostsRef.current.get(file.id);
    if (!host) {
      host = createFileHost({ session, fileId: file.id, displayLanguage, settings: settingsRef.current });
      hostsRef.current.set(file.id, host);
    }
    return host;
  };

  const { openFiles, loadSample, download } = useFileOpening({ session, xlsxFiles, setProblems, sampleName: text('fileMode.sampleFile') });

  const onDrop = (event: DragEvent<HTMLElement>) => {
    event.preventDefault();
    setDragging(false);
    void openFiles(Array.from(event.dataTransfer.files));
  };

  return (
    <div
      className={styles.root}
      onDragOver={(event) => {
        event.preventDefault();
        setDragging(true);
      }}
      onDragLeave={(event) => {
        if (event.currentTarget === event.target) setDragging(false);
      }}
      onDrop={onDrop}
    >
      <header className={styles.column}>
        <Title3 as="h1">
          {text('app.name')} · {text('fileMode.title')}
        </Title3>
        <Text>{text('fileMode.intro')}</Text>
      </header>

      <div className={styles.toolbar}>
        <Button appearance="primary" onClick={() => inputRef.current?.click()}>
          {text('fileMode.open')}
        </Button>
        <input
          ref={inputRef}
          className={styles.hidden}
          type="file"
          multiple
          accept={ACCEPTED_FILES}
          aria-label={text('fileMode.open')}
          data-testid="file-input"
          onChange={(event) => {
            const picked = Array.from(event.currentTarget.files ?? []);
            event.currentTarget.value = '';
            void openFiles(picked);
          }}
        />
        <Button onClick={() => void loadSample()}>{text('fileMode.sample')}</Button>
        {active && (
          <Button onClick={() => void download(active)} aria-label={text('fileMode.downloadFile', { file: downloadName(active.name) })}>
            {text('fileMode.download')}
          </Button>
        )}
        {state.reading.length > 0 && <Spinner size="tiny" label={text('fileMode.reading', { file: state.reading.join('、') })} />}
      </div>

      <div className={dragging ? `${styles.dropZone} ${styles.dropZoneActive}` : styles.dropZone} aria-hidden="true">
        {text('fileMode.dropHere')}
      </div>

      {problems.length > 0 && (
        <MessageBar intent="error" role="alert">
          <MessageBarBody>
            {problems.map((problem, index) => (
              <div key={index}>{text(problem.key, problem.params)}</div>
            ))}
          </MessageBarBody>
        </MessageBar>
      )}

      {state.files.length === 0 ? (
        <Text>{text('fileMode.noFile')}</Text>
      ) : (
        <>
          <TabList
            aria-label={text('fileMode.files')}
            selectedValue={state.activeId ?? undefined}
            onTabSelect={(_, data) => session.activate(String(data.value))}
          >
            {state.files.map((file) => (
              <Tab key={file.id} value={file.id}>
                <span className={styles.fileTab}>
                  {file.name}
                  {file.changed && (
                    <Badge appearance="tint" color="warning" size="small">
                      {text('fileMode.changed')}
                    </Badge>
                  )}
                </span>
              </Tab>
            ))}
          </TabList>
          {active && (
            <div className={styles.workspace}>
              <section className={styles.column} aria-label={text('app.name')}>
                <div key={active.id}>{renderPane(hostOf(active))}</div>
              </section>
              <section className={styles.column} aria-label={text('fileMode.sheets')}>
                <ActiveFileView file={active} language={language} xlsxFiles={xlsxFiles} onSheet={(sheet) => session.update(active.id, () => ({ activeSheet: sheet }))} onClose={() => session.close(active.id)} />
              </section>
            </div>
          )}
        </>
      )}
    </div>
  );
}

interface ActiveFileViewProps {
  readonly file: SessionFile;
  readonly language: Language;
  readonly xlsxFiles: XlsxFiles;
  readonly onSheet: (sheet: string) => void;
  readonly onClose: () => void;
}

function ActiveFileView({ file, language, xlsxFiles, onSheet, onClose }: ActiveFileViewProps) {
  const { t } = useTranslation();
  const [sheets, setSheets] = useState<readonly SheetInfo[]>([]);
  useEffect(() => {
    let current = true;
    void file.workbook.listSheets().then((listed) => {
      if (current) setSheets(listed.filter((sheet) => sheet.visible));
    });
    return () => {
      current = false;
    };
  }, [file.workbook, file.revision]);
  const shown = file.activeSheet ?? sheets[0]?.name ?? null;
  const readColumnWidths = useCallback((sheet: string) => file.workbook.columnWidths(sheet), [file.workbook]);
  return (
    <>
      <TabList aria-label={t('fileMode.sheets')} size="small" selectedValue={shown ?? undefined} onTabSelect={(_, data) => onSheet(String(data.value))}>
        {sheets.map((sheet) => (
          <Tab key={sheet.name} value={sheet.name}>
            {sheet.name}
          </Tab>
        ))}
      </TabList>
      {file.selection && (
        <Text size={200} role="status">
          {t('fileMode.selected', { sheet: file.selection.sheet, cell: file.selection.address })}
        </Text>
      )}
      {shown && (
        <SheetPreview
          workbook={file.workbook}
          sheet={shown}
          revision={file.revision}
          selection={file.selection}
          marks={file.marks}
          readColumnWidths={readColumnWidths}
        />
      )}
      {shown && <SplitPanel workbook={file.workbook} sheet={shown} language={language} xlsxFiles={xlsxFiles} />}
      <div>
        <Button size="small" appearance="subtle" onClick={onClose}>
          {t('fileMode.close', { file: file.name })}
        </Button>
      </div>
    </>
  );
}
