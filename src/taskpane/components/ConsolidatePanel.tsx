/**
 * 汇总: pick report sheets of this workbook and/or .xlsx files, compile them into 汇总 and 统计, and list
 * conflicts, duplicates and missing reports with links to their rows of 汇总.
 */
import { Button, Checkbox, Subtitle2, Text, makeStyles, tokens } from '@fluentui/react-components';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { COMPILED_SHEET, STATISTICS_SHEET, type SheetInfo } from '../../core';
import type { WorkProgress } from '../../app/host';
import { readFileBytes } from '../readFileBytes';
import type { ConsolidateOutcome, ConsolidateRequest, PickedFile } from '../../app/paneUseCases';
import { useWork } from '../work/WorkProvider';
import { ACCEPTED_FILES } from '../acceptedFiles';
import { PickedFilesOutcome } from './PickedFilesOutcome';

export interface ConsolidatePanelProps {
  readonly onListSheets: () => Promise<readonly SheetInfo[]>;
  readonly onConsolidate: (request: ConsolidateRequest, progress: WorkProgress) => Promise<ConsolidateOutcome>;
  readonly onSelect: (sheet: string, address: string) => Promise<void>;
}

const useStyles = makeStyles({
  panel: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  list: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS },
  row: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalXS },
  hidden: { display: 'none' },
});

export function ConsolidatePanel({ onListSheets, onConsolidate, onSelect }: ConsolidatePanelProps) {
  const styles = useStyles();
  const { t } = useTranslation();
  const work = useWork();
  const [sheets, setSheets] = useState<readonly SheetInfo[]>([]);
  const [chosen, setChosen] = useState<ReadonlySet<string>>(new Set());
  const [files, setFiles] = useState<readonly PickedFile[]>([]);
  const [outcome, setOutcome] = useState<ConsolidateOutcome | null>(null);
  const fileInput = useRef<HTMLInputElement>(null);

  useEffect(() => {
    let current = true;
    void onListSheets().then(
      (listed) => {
        if (!current) return;
        // The sheets this use case writes are never sources of the next run.
        const sources = listed.filter((sheet) => sheet.visible && sheet.name !== COMPILED_SHEET && sheet.name !== STATISTICS_SHEET);
        setSheets(sources);
        setChosen(new Set(sources.map((sheet) => sheet.name)));
      },
      () => undefined,
    );
    return () => {
      current = false;
    };
  }, [onListSheets]);

  const toggle = (name: string, checked: boolean) => {
    const next = new Set(chosen);
    if (checked) next.add(name);
    else next.delete(name);
    setChosen(next);
  };
  const addFiles = async (list: FileList | null) => {
    if (!list) return;
    const picked = await Promise.all([...list].map(async (file) => ({ name: file.name, bytes: await readFileBytes(file) })));
    setFiles((earlier) => [...earlier.filter((file) => !picked.some((added) => added.name === file.name)), ...picked]);
  };
  const run = async () => {
    const result = await work.run((progress) => onConsolidate({ sheets: sheets.filter((sheet) => chosen.has(sheet.name)).map((sheet) => sheet.name), files }, progress));
    if (!result) return;
    setOutcome(result);
    const skipped = result.skipped.map((entry) => t(entry.reason)).join('；');
    work.notify({
      intent: result.unreadable.length > 0 ? 'warning' : 'success',
      text: [
        t('pane.consolidate.done', { rows: result.result.rows.length, sources: result.result.sources.length }),
        ...result.unreadable.map((entry) => t('pane.consolidate.unreadable', { file: entry.file, reason: entry.message })),
        skipped && t('pane.skipped', { reasons: skipped }),
      ]
        .filter(Boolean)
        .join('\n'),
    });
  };
  const goToRow = (row: number) => void work.run(() => onSelect(COMPILED_SHEET, `${row}:${row}`));
  const rowLinks = (rows: readonly number[]) =>
    rows.map((row) => (
      <Button key={row} size="small" appearance="transparent" onClick={() => goToRow(row)}>
        {`${COMPILED_SHEET}!${row}`}
      </Button>
    ));

  return (
    <div className={styles.panel}>
      <div role="group" aria-labelledby="jindu-source-sheets" className={styles.section}>
        <Subtitle2 as="h2" id="jindu-source-sheets">
          {t('pane.consolidate.sheets')}
        </Subtitle2>
        {sheets.map((sheet) => (
          <Checkbox key={sheet.name} label={sheet.name} checked={chosen.has(sheet.name)} onChange={(_, data) => toggle(sheet.name, data.checked === true)} />
        ))}
      </div>
      <section className={styles.section} aria-labelledby="jindu-files">
        <Subtitle2 as="h2" id="jindu-files">
          {t('pane.consolidate.files')}
        </Subtitle2>
        <input
          ref={fileInput}
          className={styles.hidden}
          type="file"
          multiple
          accept={ACCEPTED_FILES}
          aria-label={t('pane.consolidate.addFiles')}
          onChange={(event) => {
            void addFiles(event.currentTarget.files);
            event.currentTarget.value = '';
          }}
        />
        <div>
          <Button onClick={() => fileInput.current?.click()}>{t('pane.consolidate.addFiles')}</Button>
        </div>
        {files.length > 0 && (
          <ul className={styles.list}>
            {files.map((file) => (
              <li key={file.name} className={styles.row}>
                {file.name}
                <Button size="small" appearance="subtle" aria-label={t('pane.consolidate.removeFile', { file: file.name })} onClick={() => setFiles(files.filter((other) => other !== file))}>
                  ×
                </Button>
              </li>
            ))}
          </ul>
        )}
      </section>
      <Button appearance="primary" disabled={work.busy || (chosen.size === 0 && files.length === 0)} onClick={() => void run()}>
        {t('pane.consolidate.run')}
      </Button>
      {outcome && <PickedFilesOutcome files={outcome.files} />}
      {outcome && (
        <>
          <section className={styles.section} aria-label={t('pane.consolidate.conflicts', { count: outcome.result.conflicts.length })}>
            <Subtitle2 as="h2">{t('pane.consolidate.conflicts', { count: outcome.result.conflicts.length })}</Subtitle2>
            <ul className={styles.list}>
              {outcome.result.conflicts.map((conflict) => (
                <li key={conflict.serial}>
                  <Text weight="semibold">{conflict.serial}</Text>
                  {conflict.versions.map((version, index) => (
                    <div key={index} className={styles.row}>
                      <Text>
                        {version.units.join('、')}：{version.text}
                      </Text>
                      {rowLinks(version.compiledRows)}
                    </div>
                  ))}
                </li>
              ))}
            </ul>
          </section>
          <section className={styles.section} aria-label={t('pane.consolidate.duplicates', { count: outcome.result.duplicates.length })}>
            <Subtitle2 as="h2">{t('pane.consolidate.duplicates', { count: outcome.result.duplicates.length })}</Subtitle2>
            <ul className={styles.list}>
              {outcome.result.duplicates.map((duplicate) => (
                <li key={`${duplicate.unit}#${duplicate.serial}`} className={styles.row}>
                  <Text>
                    {duplicate.unit}：{duplicate.serial}
                  </Text>
                  {rowLinks(duplicate.compiledRows)}
                </li>
              ))}
            </ul>
          </section>
          <section className={styles.section} aria-label={t('pane.consolidate.missing', { count: outcome.result.missing.length })}>
            <Subtitle2 as="h2">{t('pane.consolidate.missing', { count: outcome.result.missing.length })}</Subtitle2>
            <ul className={styles.list}>
              {outcome.result.missing.map((missing) => (
                <li key={`${missing.unit}#${missing.serial}`}>
                  {missing.serial === '' ? missing.unit : `${missing.unit}：${missing.serial}`}
                </li>
              ))}
            </ul>
          </section>
        </>
      )}
    </div>
  );
}
