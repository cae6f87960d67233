/** 修复与生成: preview the chosen fixes and apply them in one batch; generate new sheets. */
import {
  Button,
  Checkbox,
  Field,
  Input,
  Radio,
  RadioGroup,
  Select,
  Subtitle2,
  Text,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { REPAIR_KINDS, STANDARD_PERIOD_CHOICES, type RepairKind, type SheetInfo, type WriteResult } from '../../core';
import type { GenerateOutcome, GenerateRequest, RepairPreview } from '../../app/paneUseCases';
import { useWork } from '../work/WorkProvider';
import { WorkStatus } from '../work/WorkStatus';

/** The two actions' places: each one's progress and message show under its own buttons. */
const REPAIRS_PLACE = 'repairs';
const GENERATE_PLACE = 'generate';

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

const useStyles = makeStyles({
  panel: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  edits: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  cell: { fontFamily: tokens.fontFamilyMonospace, minWidth: 'auto', verticalAlign: 'baseline' },
});

type GeneratorKind = GenerateRequest['kind'];

/** A deleted row is reported as a row range (`A12:F12`) with nothing after it. */
function isRowDeletion(cell: string, after: string): boolean {
  return after === '' && cell.includes(':');
}

function firstRowOf(range: string): string {
  return /\d+/.exec(range)?.[0] ?? '';
}

export function RepairPanel({ onListSheets, onPreview, onApply, onGenerate, onSelect, year }: RepairPanelProps) {
  const styles = useStyles();
  const { t } = useTranslation();
  const work = useWork();
  const [chosen, setChosen] = useState<ReadonlySet<RepairKind>>(new Set(REPAIR_KINDS));
  const [preview, setPreview] = useState<RepairPreview | null>(null);
  const [sheets, setSheets] = useState<readonly SheetInfo[]>([]);
  const [generator, setGenerator] = useState<GeneratorKind>('template');
  const [period, setPeriod] = useState(STANDARD_PERIOD_CHOICES[2] ?? '三季度');
  const [newSheet, setNewSheet] = useState('');
  const [sourceSheet, setSourceSheet] = useState('');
  const [yearText, setYearText] = useState(String(year));

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
  }, [onListSheets]);

  const toggle = (kind: RepairKind, checked: boolean) => {
    const next = new Set(chosen);
    if (checked) next.add(kind);
    else next.delete(kind);
    setChosen(next);
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
  const generate = async () => {
    const name = newSheet.trim() || period;
    const typedYear = Number(yearText.trim());
    const chosenYear = Number.isInteger(typedYear) && typedYear >= 2000 && typedYear <= 2100 ? typedYear : year;
    const request: GenerateRequest =
      generator === 'template'
        ? { kind: 'template', sheet: name, period, year: chosenYear }
        : generator === 'fromPlan'
          ? { kind: 'fromPlan', planSheet: sourceSheet, period, sheet: name, year: chosenYear }
          : { kind: 'nextQuarter', fromSheet: sourceSheet };
    const outcome = await work.run(() => onGenerate(request), GENERATE_PLACE);
    if (!outcome) return;
    const skipped = outcome.skipped.map((entry) => t(entry.reason)).join('；');
    const problems = [...outcome.issues.map((issue) => issue.message), skipped && t('pane.skipped', { reasons: skipped })].filter(Boolean).join('\n');
    if (outcome.sheet === '') work.notify({ intent: 'warning', text: problems }, GENERATE_PLACE);
    else work.notify({ intent: problems ? 'warning' : 'success', text: [t('pane.fill.generated', { sheet: outcome.sheet }), problems].filter(Boolean).join('\n') }, GENERATE_PLACE);
    setSheets(await onListSheets().catch(() => sheets));
  };

  return (
    <div className={styles.panel}>
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
                  onChange={(_, data) => toggle(kind, data.checked === true)}
                  label={count === undefined ? t(`fill.edit.${kind}`) : `${t(`fill.edit.${kind}`)}（${count}）`}
                />
              );
            })}
        </div>
        <div className={styles.actions}>
          <Button disabled={work.busy || chosen.size === 0} onClick={() => void showPreview()}>
            {t('pane.fill.preview')}
          </Button>
          <Button appearance="primary" disabled={work.busy || !preview || preview.operations.length === 0} onClick={() => void apply()}>
            {t('pane.fill.apply')}
          </Button>
        </div>
        <WorkStatus at={REPAIRS_PLACE} />
        {preview && preview.edits.length === 0 && (
          <Text role="status">{Object.keys(preview.available).length === 0 ? t('pane.fill.noFixes') : t('pane.fill.previewEmpty')}</Text>
        )}
        {preview && preview.edits.length > 0 && (
          <ul className={styles.edits} aria-label={t('pane.fill.preview')}>
            {preview.edits.map((edit, index) => (
              <li key={`${edit.cell}#${index}`}>
                <Button size="small" appearance="transparent" className={styles.cell} onClick={() => void work.run(() => onSelect(preview.sheet, edit.cell), REPAIRS_PLACE)}>
                  {edit.cell}
                </Button>
                {isRowDeletion(edit.cell, edit.after)
                  ? t('fill.edit.deleteRow', { row: firstRowOf(edit.cell) })
                  : t('pane.fill.change', { before: edit.before, after: edit.after })}
                （{t(`fill.edit.${edit.kind}`)}）
              </li>
            ))}
          </ul>
        )}
      </section>
      <section className={styles.section} aria-labelledby="jindu-generate">
        <Subtitle2 as="h2" id="jindu-generate">
          {t('pane.fill.generate')}
        </Subtitle2>
        <RadioGroup value={generator} onChange={(_, data) => setGenerator(data.value as GeneratorKind)} aria-labelledby="jindu-generate">
          <Radio value="template" label={t('pane.fill.generate.template')} />
          <Radio value="fromPlan" label={t('pane.fill.generate.fromPlan')} />
          <Radio value="nextQuarter" label={t('pane.fill.generate.nextQuarter')} />
        </RadioGroup>
        {generator !== 'template' && (
          <Field label={generator === 'fromPlan' ? t('pane.fill.planSheet') : t('pane.fill.sourceSheet')}>
            <Select value={sourceSheet} onChange={(_, data) => setSourceSheet(data.value)}>
              {sheets.map((sheet) => (
                <option key={sheet.name} value={sheet.name}>
                  {sheet.name}
                </option>
              ))}
            </Select>
          </Field>
        )}
        {generator !== 'nextQuarter' && (
          <>
            <Field label={t('pane.fill.period')}>
              <Select value={period} onChange={(_, data) => setPeriod(data.value)}>
                {STANDARD_PERIOD_CHOICES.map((choice) => (
                  <option key={choice} value={choice}>
                    {choice}
                  </option>
                ))}
              </Select>
            </Field>
            <Field label={t('pane.fill.year')}>
              <Input type="number" value={yearText} onChange={(_, data) => setYearText(data.value)} />
            </Field>
            <Field label={t('pane.fill.newSheetName')}>
              <Input value={newSheet} placeholder={period} onChange={(_, data) => setNewSheet(data.value)} />
            </Field>
          </>
        )}
        <div className={styles.actions}>
          <Button appearance="primary" disabled={work.busy || (generator !== 'template' && sourceSheet === '')} onClick={() => void generate()}>
            {t('pane.fill.generate')}
          </Button>
        </div>
        <WorkStatus at={GENERATE_PLACE} />
      </section>
    </div>
  );
}
