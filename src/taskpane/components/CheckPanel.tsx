/** 校验: check the active sheet or every report sheet, list the issues, mark and clear marks. */
import { Button, Radio, RadioGroup, Field, Text, makeStyles, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Issue } from '../../core';
import type { ClearMarksOutcome, MarkOutcome, WorkProgress } from '../paneHost';
import type { CheckOutcome, CheckScope } from '../paneUseCases';
import { useWork } from '../work/WorkProvider';
import { IssueList } from './IssueList';

export interface CheckPanelProps {
  readonly onCheck: (scope: CheckScope, progress: WorkProgress) => Promise<CheckOutcome>;
  readonly onSelect: (sheet: string, address: string) => Promise<void>;
  readonly onMark: (issues: readonly Issue[]) => Promise<MarkOutcome>;
  readonly onClearMarks: () => Promise<ClearMarksOutcome>;
}

const useStyles = makeStyles({
  panel: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
});

export function CheckPanel({ onCheck, onSelect, onMark, onClearMarks }: CheckPanelProps) {
  const styles = useStyles();
  const { t } = useTranslation();
  const work = useWork();
  const [scope, setScope] = useState<CheckScope>('active');
  const [outcome, setOutcome] = useState<CheckOutcome | null>(null);

  const check = async () => {
    const result = await work.run((progress) => onCheck(scope, progress));
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
