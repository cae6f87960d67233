/** 修复: the kinds of repair to make (with how many each would fix), the preview and applying it. */
import { Button, Checkbox, Subtitle2, Text } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import { REPAIR_KINDS } from '../../core';
import { useWork } from '../work/WorkProvider';
import { WorkStatus } from '../work/WorkStatus';
import { RepairEditList } from './RepairEditList';
import { useRepairStyles } from './repairStyles';
import { REPAIRS_PLACE, type Repairs } from './useRepairs';

export interface RepairSectionProps {
  readonly repairs: Repairs;
  readonly onSelect: (sheet: string, address: string) => Promise<void>;
}

export function RepairSection({ repairs, onSelect }: RepairSectionProps) {
  const styles = useRepairStyles();
  const { t } = useTranslation();
  const work = useWork();
  const { chosen, preview } = repairs;
  return (
    <section className={styles.section} aria-labelledby="jindu-repairs">
      <Subtitle2 as="h2" id="jindu-repairs">
        {t('pane.fill.repairs')}
      </Subtitle2>
      <div role="group" aria-labelledby="jindu-repair-choice" className={styles.section}>
        <Text id="jindu-repair-choice">{t('pane.fill.choose')}</Text>
        {REPAIR_KINDS.map((kind) => {
          const count = preview?.available[kind];
          return (
            <Checkbox
              key={kind}
              checked={chosen.has(kind)}
              onChange={(_, data) => repairs.toggle(kind, data.checked === true)}
              label={count === undefined ? t(`fill.edit.${kind}`) : `${t(`fill.edit.${kind}`)}（${count}）`}
            />
          );
        })}
      </div>
      <div className={styles.actions}>
        <Button disabled={work.busy || chosen.size === 0} onClick={() => void repairs.showPreview()}>
          {t('pane.fill.preview')}
        </Button>
        <Button appearance="primary" disabled={work.busy || !preview || preview.operations.length === 0} onClick={() => void repairs.apply()}>
          {t('pane.fill.apply')}
        </Button>
      </div>
      <WorkStatus at={REPAIRS_PLACE} />
      {preview && preview.edits.length === 0 && (
        <Text role="status">{Object.keys(preview.available).length === 0 ? t('pane.fill.noFixes') : t('pane.fill.previewEmpty')}</Text>
      )}
      {preview && preview.edits.length > 0 && <RepairEditList preview={preview} onSelect={(sheet, cell) => void work.run(() => onSelect(sheet, cell), REPAIRS_PLACE)} />}
    </section>
  );
}
