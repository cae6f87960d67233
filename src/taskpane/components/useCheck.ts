/** 校验's state and actions: the scope, the previous report chosen (a sheet or a file), the outcome, marking. */
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Issue, SheetInfo } from '../../core';
import type { ClearMarksOutcome, MarkOutcome, WorkProgress } from '../../app/host';
import type { CheckOutcome, CheckScope, PreviousChoice } from '../../app/paneUseCases';
import { readFileBytes } from '../readFileBytes';
import { useWork } from '../work/WorkProvider';

/** The picker's value for "a file": sheet names never start with a control character. */
export const FILE_OPTION = '\u0001file';

export interface CheckActions {
  readonly onCheck: (scope: CheckScope, progress: WorkProgress, previous?: PreviousChoice) => Promise<CheckOutcome>;
  readonly onListSheets?: () => Promise<readonly SheetInfo[]>;
  readonly onSelect: (sheet: string, address: string) => Promise<void>;
  readonly onMark: (issues: readonly Issue[]) => Promise<MarkOutcome>;
  readonly onClearMarks: () => Promise<ClearMarksOutcome>;
}

/** The workbook's visible sheets, for the previous-report picker; without the list the picker still offers a file. */
function useVisibleSheets(onListSheets: CheckActions['onListSheets']): readonly SheetInfo[] {
  const [sheets, setSheets] = useState<readonly SheetInfo[]>([]);
  useEffect(() => {
    if (!onListSheets) return;
    let current = true;
    void onListSheets().then(
      (listed) => current && setSheets(listed.filter((sheet) => sheet.visible)),
      // The check itself reports what went wrong.
      () => undefined,
    );
    return () => {
      current = false;
    };
  }, [onListSheets]);
  return sheets;
}

/** The previous report chosen: a sheet's name, or a file once one was picked; null for none. */
async function previousChoice(option: string, file: File | null): Promise<PreviousChoice | null> {
  if (option === '') return null;
  if (option !== FILE_OPTION) return { kind: 'sheet', sheet: option };
  return file === null ? null : { kind: 'file', file: { name: file.name, bytes: await readFileBytes(file) } };
}

export function useCheck({ onCheck, onListSheets, onSelect, onMark, onClearMarks }: CheckActions) {
  const { t } = useTranslation();
  const work = useWork();
  const [scope, setScope] = useState<CheckScope>('active');
  const [outcome, setOutcome] = useState<CheckOutcome | null>(null);
  const sheets = useVisibleSheets(onListSheets);
  const [previousOption, setPreviousOption] = useState('');
  const [previousFile, setPreviousFile] = useState<File | null>(null);
  const fileInput = useRef<HTMLInputElement>(null);

  const choosePrevious = (value: string) => {
    setPreviousOption(value);
    if (value === FILE_OPTION) fileInput.current?.click();
  };
  const check = async () => {
    const result = await work.run(async (progress) => {
      const previous = await previousChoice(previousOption, previousFile);
      return previous === null ? onCheck(scope, progress) : onCheck(scope, progress, previous);
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
  return { scope, setScope, outcome, sheets, previousOption, previousFile, setPreviousFile, fileInput, choosePrevious, check, mark, clear, select };
}
