/**
 * 校验: check the active sheet or every report sheet, optionally against the previous report (a sheet of this
 * workbook or a file), list the issues (and the sheets skipped, with the reason), mark and clear marks. State
 * and actions live in `useCheck`, the previous-report choice in `PreviousPicker`.
 */
import { Button, Radio, RadioGroup, Field, Text, makeStyles, tokens } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import { useWork } from '../work/WorkProvider';
import { WorkStatus } from '../work/WorkStatus';
import { IssueList } from './IssueList';
import { PreviousPicker } from './PreviousPicker';
import { useCheck, type CheckActions } from './useCheck';

export type CheckPanelProps = CheckActions;

const useStyles = makeStyles({
  panel: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
});

export function CheckPanel(props: CheckPanelProps) {
  const styles = useStyles();
  const { t } = useTranslation();
  const work = useWork();
  const state = useCheck(props);
  const { outcome } = state;
  const summary = outcome?.summary;
  return (
    <div className={styles.panel}>
      <Field label={t('pane.check.scope.label')}>
        <RadioGroup layout="horizontal" value={state.scope} onChange={(_, data) => state.setScope(data.value === 'all' ? 'all' : 'active')}>
          <Radio value="active" label={t('pane.check.scope.active')} />
          <Radio value="all" label={t('pane.check.scope.all')} />
        </RadioGroup>
      </Field>
      <PreviousPicker
        showPicker={props.onListSheets !== undefined}
        sheets={state.sheets}
        option={state.previousOption}
        file={state.previousFile}
        fileInput={state.fileInput}
        onChoose={state.choosePrevious}
        onFile={state.setPreviousFile}
      />
      <div className={styles.actions}>
        <Button appearance="primary" disabled={work.busy} onClick={() => void state.check()}>
          {t('pane.check.run')}
        </Button>
        <Button disabled={work.busy || !outcome || outcome.issues.length === 0} onClick={() => void state.mark()}>
          {t('pane.check.mark')}
        </Button>
        <Button disabled={work.busy} onClick={() => void state.clear()}>
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
      {outcome && outcome.issues.length > 0 && <IssueList issues={outcome.issues} onSelect={state.select} showSheet={outcome.sheets.length > 1} />}
    </div>
  );
}
