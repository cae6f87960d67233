/**
 * 拆分 in file mode: the sheet being looked at (a compiled 汇总 or a plan) becomes one workbook per
 * responsible unit, each downloadable on its own or all together as one .zip.
 */
import { Button, MessageBar, MessageBarBody, Subtitle2, Text, makeStyles, tokens } from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { XlsxFiles } from '../../app/fileMode/fileWorkbook';
import { splitReport, type SplitReport } from '../../app/useCases/splitReport';
import { renderIssues, type Language, type SplitPart, type WorkbookReader } from '../../core';
import { downloadBytes } from './downloadWorkbook';

const useStyles = makeStyles({
  panel: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  list: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS },
  part: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalS },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
});

export interface SplitPanelProps {
  readonly workbook: WorkbookReader;
  readonly sheet: string;
  readonly language: Language;
  /** Writes each unit's part as .xlsx and zips them. */
  readonly xlsxFiles: XlsxFiles;
}

export function SplitPanel({ workbook, sheet, language, xlsxFiles }: SplitPanelProps) {
  const styles = useStyles();
  const { t } = useTranslation();
  const text = (key: string, params?: Readonly<Record<string, string | number>>) => t(key, params);
  const [split, setSplit] = useState<SplitReport | null>(null);
  const result = split?.result ?? null;
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  // A result belongs to the sheet it was made from.
  useEffect(() => {
    setSplit(null);
    setFailure(null);
  }, [workbook, sheet]);

  const attempt = async (work: () => Promise<void>) => {
    setBusy(true);
    setFailure(null);
    try {
      await work();
    } catch (error) {
      setFailure(text('fileMode.failed', { detail: error instanceof Error ? error.message : String(error) }));
    } finally {
      setBusy(false);
    }
  };
  const splitSheet = () => attempt(async () => setSplit(await splitReport(workbook, sheet, { language })));
  const names = split?.fileNames ?? new Map<SplitPart, string>();
  const downloadPart = (part: SplitPart) => attempt(async () => downloadBytes(names.get(part) ?? `${part.fileName}.xlsx`, await xlsxFiles.bytesOf(part.operations)));
  const downloadAll = (parts: readonly SplitPart[]) =>
    attempt(async () => {
      const entries = [];
      for (const part of parts) entries.push({ name: names.get(part) ?? `${part.fileName}.xlsx`, bytes: await xlsxFiles.bytesOf(part.operations) });
      downloadBytes(text('fileMode.split.zipName', { sheet }), await xlsxFiles.zip(entries));
    });

  const issues = result ? renderIssues(result.issues, language) : [];
  return (
    <section className={styles.panel} aria-labelledby="jindu-split-title">
      <Subtitle2 as="h2" id="jindu-split-title">
        {text('fileMode.split.title')}
      </Subtitle2>
      <Text size={200}>{text('fileMode.split.intro')}</Text>
      <div className={styles.actions}>
        <Button disabled={busy} onClick={() => void splitSheet()}>
          {text('fileMode.split.run', { sheet })}
        </Button>
        {result && result.parts.length > 0 && (
          <Button appearance="primary" disabled={busy} onClick={() => void downloadAll(result.parts)}>
            {text('fileMode.split.downloadAll')}
          </Button>
        )}
      </div>
      {failure && (
        <MessageBar intent="error">
          <MessageBarBody>{failure}</MessageBarBody>
        </MessageBar>
      )}
      {result && (
        <Text role="status">
          {result.parts.length > 0 ? text('fileMode.split.done', { units: result.parts.length }) : text('fileMode.split.none')}
        </Text>
      )}
      {issues.length > 0 && (
        <MessageBar intent="warning">
          <MessageBarBody>
            {issues.map((issue, index) => (
              <div key={index}>{issue.message}</div>
            ))}
          </MessageBarBody>
        </MessageBar>
      )}
      {result && result.parts.length > 0 && (
        <ul className={styles.list} aria-label={text('fileMode.split.parts')}>
          {result.parts.map((part) => (
            <li key={part.unit} className={styles.part}>
              <Text>{text('fileMode.split.part', { unit: part.unit, tasks: part.tasks })}</Text>
              <Button size="small" appearance="subtle" disabled={busy} onClick={() => void downloadPart(part)}>
                {text('fileMode.split.downloadPart', { file: names.get(part) ?? part.fileName })}
              </Button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
