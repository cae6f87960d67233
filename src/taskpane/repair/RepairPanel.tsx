/**
 * 修复与生成: preview the chosen fixes and apply them in one batch; generate new sheets. State and actions live
 * in the hooks (`useRepairs`, `useGenerator`), the markup in the two sections.
 */
import type { RepairKind, SheetInfo, WriteResult } from '../../core';
import type { GenerateOutcome, GenerateRequest, RepairPreview } from '../../app/paneUseCases';
import { GenerateSection } from './GenerateSection';
import { RepairSection } from './RepairSection';
import { useRepairStyles } from './repairStyles';
import { useGenerator } from './useGenerator';
import { useRepairs } from './useRepairs';

export interface RepairPanelProps {
  readonly onListSheets: () => Promise<readonly SheetInfo[]>;
  readonly onPreview: (kinds: readonly RepairKind[]) => Promise<RepairPreview | null>;
  readonly onApply: (preview: RepairPreview) => Promise<WriteResult>;
  readonly onGenerate: (request: GenerateRequest) => Promise<GenerateOutcome>;
  /** Selects a previewed cell in the workbook. */
  readonly onSelect: (sheet: string, address: string) => Promise<void>;
  /** The year proposed for a new sheet's title (the current year); the user may change it. */
  readonly year: number;
}

export function RepairPanel({ onListSheets, onPreview, onApply, onGenerate, onSelect, year }: RepairPanelProps) {
  const styles = useRepairStyles();
  const repairs = useRepairs(onPreview, onApply);
  const generator = useGenerator(onListSheets, onGenerate, year);
  return (
    <div className={styles.panel}>
      <RepairSection repairs={repairs} onSelect={onSelect} />
      <GenerateSection form={generator} />
    </div>
  );
}
