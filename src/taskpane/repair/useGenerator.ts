/** The generator's state and action: which sheet to make, from what, under which name, and making it. */
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { STANDARD_PERIOD_CHOICES, type SheetInfo } from '../../core';
import type { GenerateOutcome, GenerateRequest } from '../../app/paneUseCases';
import { useWork } from '../work/WorkProvider';

/** Where the generator's progress and messages show, apart from the repairs'. */
export const GENERATE_PLACE = 'generate';

export type GeneratorKind = GenerateRequest['kind'];

export interface GeneratorForm {
  readonly sheets: readonly SheetInfo[];
  readonly generator: GeneratorKind;
  readonly period: string;
  readonly newSheet: string;
  readonly sourceSheet: string;
  readonly yearText: string;
  setGenerator(kind: GeneratorKind): void;
  setPeriod(period: string): void;
  setNewSheet(name: string): void;
  setSourceSheet(name: string): void;
  setYearText(text: string): void;
  generate(): Promise<void>;
}

/** The year typed when it is a plausible one, else the proposed year. */
function yearOf(text: string, proposed: number): number {
  const typed = Number(text.trim());
  return Number.isInteger(typed) && typed >= 2000 && typed <= 2100 ? typed : proposed;
}

function requestOf(form: Pick<GeneratorForm, 'generator' | 'period' | 'newSheet' | 'sourceSheet' | 'yearText'>, year: number): GenerateRequest {
  const sheet = form.newSheet.trim() || form.period;
  const chosenYear = yearOf(form.yearText, year);
  if (form.generator === 'template') return { kind: 'template', sheet, period: form.period, year: chosenYear };
  if (form.generator === 'fromPlan') return { kind: 'fromPlan', planSheet: form.sourceSheet, period: form.period, sheet, year: chosenYear };
  return { kind: 'nextQuarter', fromSheet: form.sourceSheet };
}

/** The workbook's sheets to generate from, listed when the pane opens (the first one proposed). */
function useSheetList(onListSheets: () => Promise<readonly SheetInfo[]>, setSourceSheet: (update: (earlier: string) => string) => void) {
  const [sheets, setSheets] = useState<readonly SheetInfo[]>([]);
  useEffect(() => {
    let current = true;
    void onListSheets().then(
      (listed) => {
        if (!current) return;
        setSheets(listed);
        setSourceSheet((earlier) => earlier || (listed[0]?.name ?? ''));
      },
      () => undefined,
    );
    return () => {
      current = false;
    };
  }, [onListSheets, setSourceSheet]);
  return [sheets, setSheets] as const;
}

export function useGenerator(onListSheets: () => Promise<readonly SheetInfo[]>, onGenerate: (request: GenerateRequest) => Promise<GenerateOutcome>, year: number): GeneratorForm {
  const { t } = useTranslation();
  const work = useWork();
  const [generator, setGenerator] = useState<GeneratorKind>('template');
  const [period, setPeriod] = useState(STANDARD_PERIOD_CHOICES[2] ?? '三季度');
  const [newSheet, setNewSheet] = useState('');
  const [sourceSheet, setSourceSheet] = useState('');
  const [yearText, setYearText] = useState(String(year));
  const [sheets, setSheets] = useSheetList(onListSheets, setSourceSheet);

  const generate = async () => {
    const outcome = await work.run(() => onGenerate(requestOf({ generator, period, newSheet, sourceSheet, yearText }, year)), GENERATE_PLACE);
    if (!outcome) return;
    const skipped = outcome.skipped.map((entry) => t(entry.reason)).join('；');
    const problems = [...outcome.issues.map((issue) => issue.message), skipped && t('pane.skipped', { reasons: skipped })].filter(Boolean).join('\n');
    if (outcome.sheet === '') work.notify({ intent: 'warning', text: problems }, GENERATE_PLACE);
    else work.notify({ intent: problems ? 'warning' : 'success', text: [t('pane.fill.generated', { sheet: outcome.sheet }), problems].filter(Boolean).join('\n') }, GENERATE_PLACE);
    setSheets(await onListSheets().catch(() => sheets));
  };
  return { sheets, generator, period, newSheet, sourceSheet, yearText, setGenerator, setPeriod, setNewSheet, setSourceSheet, setYearText, generate };
}
