/**
 * 校验: check the active sheet or every report sheet, optionally against the previous report (a sheet of this
 * workbook or a file), list the issues, mark and clear marks.
 */
import { Button, Radio, RadioGroup, Field, Select, Text, makeStyles, tokens } from '@fluentui/react-components';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Issue, SheetInfo } from '../../core';
import type { ClearMarksOutcome, MarkOutcome, WorkProgress } from '../../app/host';
import type { CheckOutcome, CheckScope, PreviousChoice } from '../../app/paneUseCases';
import { readFileBytes } from '../readFileBytes';
import { useWork } from '../work/WorkProvider';
import { WorkStatus } from '../work/WorkStatus';
import { IssueList } from './IssueList';
import { ACCEPTED_FILES } from '../acceptedFiles';

export interface CheckPanelProps {
  readonly onCheck: (scope: CheckScope, progress: WorkProgress, previous?: PreviousChoice) => Promise<CheckOutcome>;
  /** Lists the workbook's sheets for the previous-report picker; without it the picker is not shown. */
  readonly onListSheets?: () => Promise<readonly SheetInfo[]>;
  readonly onSelect: (sheet: string, address: string) => Promise<void>;
  readonly onMark: (issues: readonly Issue[]) => Promise<MarkOutcome>;
  readonly onClearMarks: () => Promise<ClearMarksOutcome>;
}

const useStyles = makeStyles({
  panel: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
});

/** The picker's value for "a file": sheet names never start with a control character. */
const FILE_OPTION = '\u0001file';

export function CheckPanel({ onCheck, onListSheets, onSelect, onMark, onClearMarks }: CheckPanelProps) {
  const styles = useStyles();
  const { t } = useTranslation();
  const work = useWork();
  const [scope, setScope] = useState<CheckScope>('active');
  const [outcome, setOutcome] = useState<CheckOutcome | null>(null);
  const [sheets, setSheets] = useState<readonly SheetInfo[]>([]);
  const [previousOption, setPreviousOption] = useState('');
  const [previousFile, setPreviousFile] = useState<File | null>(null);
  const fileInput = useRef<HTMLInputElement>(null);

  useEffect(() => {
    if (!onListSheets) return;
    let current = true;
    void onListSheets().then(
      (listed) => current && setSheets(listed.filter((sheet) => sheet.visible)),
      // Without the list the picker still offers a file; the check itself reports what went wrong.
      () => undefined,
    );
    return () => {
      current = false;
    };
  }, [onListSheets]);

  const choosePrevious = (value: string) => {
    setPreviousOption(value);
    if (value === FILE_OPTION) fileInput.current?.click();
  };

  const check = async () => {
    const result = await work.run(async (progress) => {
      if (previousOption === '' || (previousOption === FILE_OPTION && previousFile === null)) return onCheck(scope, progress);
      const previous: PreviousChoice =
        previousOption === FILE_OPTION && previousFile !== null
          ? { kind: 'file', file: { name: previousFile.name, bytes: await readFileBytes(previousFile) } }
          : { kind: 'sheet', sheet: previousOption };
      return onCheck(scope, progress, previous);
    });
    if (result) setOutcome(result);
  };
  const mark = async () => {
    if (!outcome) return;
    const result = await work.run(() => onMark(outcome.issues));
    if (!result) return;
    const text = t('pane.check.marked', { cells: result.markedCells, notes: result.notesAdded });
    work.notify({ intent: 'success', text: result.notesUnavailable ? `${text}\n${t(result.notesUnavailable)}` : text });
  };
  const clear = async () => {
    const result = await work.run(() => onClearMarks());
    if (result) work.notify({ intent: 'success', text: t('pane.check.cleared', { cells: result.clearedCells, notes: result.notesRemoved, kept: result.keptChangedByUser }) });
  };
  const select = (sheet: string, address: string) => {
    void work.run(() => onSelect(sheet, address));
  };

  const { summary } = outcome ?? {};
  return (
    <div className={styles.panel}>
      <Field label={t('pane.check.scope.label')}>
        <RadioGroup layout="horizontal" value={scope} onChange={(_, data) => setScope(data.value === 'all' ? 'all' : 'active')}>
          <Radio value="active" label={t('pane.check.scope.active')} />
          <Radio value="all" label={t('pane.check.scope.all')} />
        </RadioGroup>
      </Field>
      {onListSheets && (
        <Field label={t('previous.pane.label')} hint={previousOption === FILE_OPTION && previousFile ? t('previous.pane.fileChosen', { file: previousFile.name }) : undefined}>
          <Select value={previousOption} onChange={(_, data) => choosePrevious(data.value)}>
            <option value="">{t('previous.pane.none')}</option>
            <optgroup label={t('previous.pane.sheet')}>
              {sheets.map((sheet) => (
                <option key={sheet.name} value={sheet.name}>
                  {sheet.name}
                </option>
              ))}
            </optgroup>
            <option value={FILE_OPTION}>{t('previous.pane.file')}</option>
          </Select>
        </Field>
      )}
      <input
        ref={fileInput}
        type="file"
        accept={ACCEPTED_FILES}
        hidden
        aria-label={t('previous.pane.file')}
        onChange={(event) => setPreviousFile(event.target.files?.[0] ?? null)}
      />
      <div className={styles.actions}>
        <Button appearance="primary" disabled={work.busy} onClick={() => void check()}>
          {t('pane.check.run')}
        </Button>
        <Button disabled={work.busy || !outcome || outcome.issues.length === 0} onClick={() => void mark()}>
          {t('pane.check.mark')}
        </Button>
        <Button disabled={work.busy} onClick={() => void clear()}>
          {t('pane.check.clearMarks')}
        </Button>
      </div>
      <WorkStatus />
      {outcome && summary && (
        <Text role="status">
          {outcome.issues.length === 0
            ? t('pane.check.none')
            : t('pane.check.summary', { total: outcome.issues.length, error: summary.error, warning: summary.warning, info: summary.info })}
        </Text>
      )}
      {outcome && outcome.issues.length > 0 && <IssueList issues={outcome.issues} onSelect={select} showSheet={outcome.sheets.length > 1} />}
    </div>
  );
}
