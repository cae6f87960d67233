/** The repairs' state and actions: the kinds chosen, the preview of their edits, applying it in one batch. */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { REPAIR_KINDS, type RepairKind, type WriteResult } from '../../core';
import type { RepairPreview } from '../../app/paneUseCases';
import { useWork } from '../work/WorkProvider';

/** Where the repairs' progress and messages show, apart from the generator's. */
export const REPAIRS_PLACE = 'repairs';

export interface Repairs {
  readonly chosen: ReadonlySet<RepairKind>;
  readonly preview: RepairPreview | null;
  toggle(kind: RepairKind, checked: boolean): void;
  showPreview(): Promise<void>;
  apply(): Promise<void>;
}

export function useRepairs(onPreview: (kinds: readonly RepairKind[]) => Promise<RepairPreview | null>, onApply: (preview: RepairPreview) => Promise<WriteResult>): Repairs {
  const { t } = useTranslation();
  const work = useWork();
  const [chosen, setChosen] = useState<ReadonlySet<RepairKind>>(new Set(REPAIR_KINDS));
  const [preview, setPreview] = useState<RepairPreview | null>(null);

  const toggle = (kind: RepairKind, checked: boolean) => {
    const next = new Set(chosen);
    if (checked) next.add(kind);
    else next.delete(kind);
    setChosen(next);
    // A preview belongs to the kinds it was made for.
    setPreview(null);
  };
  const showPreview = async () => {
    const result = await work.run(() => onPreview([...chosen]), REPAIRS_PLACE);
    if (result === undefined) return;
    if (result === null) work.notify({ intent: 'warning', text: t('pane.check.noSheet') }, REPAIRS_PLACE);
    setPreview(result);
  };
  const apply = async () => {
    if (!preview) return;
    const written = await work.run(() => onApply(preview), REPAIRS_PLACE);
    if (!written) return;
    setPreview(null);
    const skipped = written.skipped.map((entry) => t(entry.reason)).join('；');
    work.notify({ intent: 'success', text: [t('pane.fill.applied', { count: preview.edits.length }), skipped && t('pane.skipped', { reasons: skipped })].filter(Boolean).join('\n') }, REPAIRS_PLACE);
  };
  return { chosen, preview, toggle, showPreview, apply };
}
