/** "撤销上次修改": restores what Jindu's last change overwrote. */
import { Button, Caption1, makeStyles, tokens } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import type { LastChange } from '../../app/host';
import { useWork } from '../work/WorkProvider';
import { WorkStatus } from '../work/WorkStatus';

/** Undo's progress and message show beside its button, under the panel. */
const UNDO_PLACE = 'undo';

const useStyles = makeStyles({
  bar: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
});

export interface UndoBarProps {
  readonly lastChange: LastChange | null;
  readonly onUndo: () => Promise<boolean>;
  /** Called after an undo so the owner can refresh what it shows. */
  readonly onUndone: () => void;
}

export function UndoBar({ lastChange, onUndo, onUndone }: UndoBarProps) {
  const styles = useStyles();
  const { t } = useTranslation();
  const work = useWork();
  const undo = async () => {
    const undone = await work.run(() => onUndo(), UNDO_PLACE);
    if (undone === undefined) return;
    work.notify({ intent: undone ? 'success' : 'info', text: t(undone ? 'pane.undo.done' : 'pane.undo.nothing') }, UNDO_PLACE);
    onUndone();
  };
  return (
    <div>
    <div className={styles.bar}>
      <Button disabled={work.busy || lastChange === null} onClick={() => void undo()}>
        {t('pane.undo')}
      </Button>
      {lastChange && <Caption1>{t('pane.undo.available', { change: t(lastChange.label), sheets: lastChange.sheets.join('、') })}</Caption1>}
      {lastChange?.restoresValuesOnly && <Caption1 role="note">{t('pane.undo.valuesOnly')}</Caption1>}
    </div>
    <WorkStatus at={UNDO_PLACE} />
    </div>
  );
}
