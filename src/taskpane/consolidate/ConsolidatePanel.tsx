/**
 * 汇总: pick report sheets of this workbook and/or .xlsx files, compile them into 汇总 and 统计, show the
 * per-unit chart, and list conflicts, duplicates and missing reports with links to their rows of 汇总.
 * Progress and 取消 sit right under the 汇总 button.
 */
import { Button, Checkbox, Subtitle2, makeStyles, tokens } from '@fluentui/react-components';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { COMPILED_SHEET } from '../../core';
import type { WorkProgress } from '../../app/host';
import type { ConsolidateOutcome, ConsolidateRequest, ConsolidationSource } from '../../app/paneUseCases';
import { useWork } from '../work/WorkProvider';
import { WorkStatus } from '../work/WorkStatus';
import { UnitChart } from '../charts/UnitChart';
import { ConsolidateFindings } from './ConsolidateFindings';
import { PickedFilesOutcome } from '../components/PickedFilesOutcome';
import { ACCEPTED_FILES } from '../acceptedFiles';
import { useConsolidateSources, type ConsolidateSources } from './useConsolidateSources';

export interface ConsolidatePanelProps {
  readonly onListSources: () => Promise<readonly ConsolidationSource[]>;
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

function SourceSheets({ choice }: { readonly choice: ConsolidateSources }) {
  const styles = useStyles();
  const { t } = useTranslation();
  return (
    <div role="group" aria-labelledby="jindu-source-sheets" className={styles.section}>
      <Subtitle2 as="h2" id="jindu-source-sheets">
        {t('pane.consolidate.sheets')}
      </Subtitle2>
      {choice.sources.map(({ sheet, plan }) => (
        <Checkbox
          key={sheet.name}
          label={plan ? t('pane.consolidate.planSheet', { sheet: sheet.name }) : sheet.name}
          checked={choice.chosen.has(sheet.name)}
          onChange={(_, data) => choice.toggle(sheet.name, data.checked === true)}
        />
      ))}
    </div>
  );
}

function SourceFiles({ choice }: { readonly choice: ConsolidateSources }) {
  const styles = useStyles();
  const { t } = useTranslation();
  const fileInput = useRef<HTMLInputElement>(null);
  return (
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
          void choice.addFiles(event.currentTarget.files);
          event.currentTarget.value = '';
        }}
      />
      <div>
        <Button onClick={() => fileInput.current?.click()}>{t('pane.consolidate.addFiles')}</Button>
      </div>
      {choice.files.length > 0 && (
        <ul className={styles.list}>
          {choice.files.map((file) => (
            <li key={file.name} className={styles.row}>
              {file.name}
              <Button size="small" appearance="subtle" aria-label={t('pane.consolidate.removeFile', { file: file.name })} onClick={() => choice.removeFile(file)}>
                ×
              </Button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

export function ConsolidatePanel({ onListSources, onConsolidate, onSelect }: ConsolidatePanelProps) {
  const styles = useStyles();
  const { t } = useTranslation();
  const work = useWork();
  const choice = useConsolidateSources(onListSources);
  const [outcome, setOutcome] = useState<ConsolidateOutcome | null>(null);

  const run = async () => {
    const result = await work.run((progress) => onConsolidate({ sheets: choice.chosenSheets(), files: choice.files }, progress));
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

  return (
    <div className={styles.panel}>
      <SourceSheets choice={choice} />
      <SourceFiles choice={choice} />
      <Button appearance="primary" disabled={work.busy || (choice.chosen.size === 0 && choice.files.length === 0)} onClick={() => void run()}>
        {t('pane.consolidate.run')}
      </Button>
      <WorkStatus />
      {outcome && <PickedFilesOutcome files={outcome.files} />}
      {outcome && (
        <>
          <UnitChart result={outcome.result} />
          <ConsolidateFindings result={outcome.result} onGoToRow={(row) => void work.run(() => onSelect(COMPILED_SHEET, `${row}:${row}`))} />
        </>
      )}
    </div>
  );
}
