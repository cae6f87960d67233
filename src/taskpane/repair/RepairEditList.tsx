/** The previewed edits, one line each: the cell (a button that selects it), the change, the kind of repair. */
import { Button } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import type { RepairPreview } from '../../app/paneUseCases';
import { useRepairStyles } from './repairStyles';

/** A deleted row is reported as a row range (`A12:F12`) with nothing after it. */
function isRowDeletion(cell: string, after: string): boolean {
  return after === '' && cell.includes(':');
}

function firstRowOf(range: string): string {
  return /\d+/.exec(range)?.[0] ?? '';
}

export interface RepairEditListProps {
  readonly preview: RepairPreview;
  readonly onSelect: (sheet: string, cell: string) => void;
}

export function RepairEditList({ preview, onSelect }: RepairEditListProps) {
  const styles = useRepairStyles();
  const { t } = useTranslation();
  return (
    <ul className={styles.edits} aria-label={t('pane.fill.preview')}>
      {preview.edits.map((edit, index) => (
        <li key={`${edit.cell}#${index}`}>
          <Button size="small" appearance="transparent" className={styles.cell} onClick={() => onSelect(preview.sheet, edit.cell)}>
            {edit.cell}
          </Button>
          {isRowDeletion(edit.cell, edit.after) ? t('fill.edit.deleteRow', { row: firstRowOf(edit.cell) }) : t('pane.fill.change', { before: edit.before, after: edit.after })}
          （{t(`fill.edit.${edit.kind}`)}）
        </li>
      ))}
    </ul>
  );
}
