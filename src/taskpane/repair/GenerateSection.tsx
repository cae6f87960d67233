/** 生成: a blank template, this quarter's sheet from a plan, or next quarter's from this one. */
import { Button, Field, Input, Radio, RadioGroup, Select, Subtitle2 } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import { STANDARD_PERIOD_CHOICES } from '../../core';
import { useWork } from '../work/WorkProvider';
import { WorkStatus } from '../work/WorkStatus';
import { useRepairStyles } from './repairStyles';
import { GENERATE_PLACE, type GeneratorForm, type GeneratorKind } from './useGenerator';

/** The new sheet's period, year and name (a template or a sheet from a plan). */
function NewSheetFields({ form }: { readonly form: GeneratorForm }) {
  const { t } = useTranslation();
  return (
    <>
      <Field label={t('pane.fill.period')}>
        <Select value={form.period} onChange={(_, data) => form.setPeriod(data.value)}>
          {STANDARD_PERIOD_CHOICES.map((choice) => (
            <option key={choice} value={choice}>
              {choice}
            </option>
          ))}
        </Select>
      </Field>
      <Field label={t('pane.fill.year')}>
        <Input type="number" value={form.yearText} onChange={(_, data) => form.setYearText(data.value)} />
      </Field>
      <Field label={t('pane.fill.newSheetName')}>
        <Input value={form.newSheet} placeholder={form.period} onChange={(_, data) => form.setNewSheet(data.value)} />
      </Field>
    </>
  );
}

export function GenerateSection({ form }: { readonly form: GeneratorForm }) {
  const styles = useRepairStyles();
  const { t } = useTranslation();
  const work = useWork();
  const { generator } = form;
  return (
    <section className={styles.section} aria-labelledby="jindu-generate">
      <Subtitle2 as="h2" id="jindu-generate">
        {t('pane.fill.generate')}
      </Subtitle2>
      <RadioGroup value={generator} onChange={(_, data) => form.setGenerator(data.value as GeneratorKind)} aria-labelledby="jindu-generate">
        <Radio value="template" label={t('pane.fill.generate.template')} />
        <Radio value="fromPlan" label={t('pane.fill.generate.fromPlan')} />
        <Radio value="nextQuarter" label={t('pane.fill.generate.nextQuarter')} />
      </RadioGroup>
      {generator !== 'template' && (
        <Field label={generator === 'fromPlan' ? t('pane.fill.planSheet') : t('pane.fill.sourceSheet')}>
          <Select value={form.sourceSheet} onChange={(_, data) => form.setSourceSheet(data.value)}>
            {form.sheets.map((sheet) => (
              <option key={sheet.name} value={sheet.name}>
                {sheet.name}
              </option>
            ))}
          </Select>
        </Field>
      )}
      {generator !== 'nextQuarter' && <NewSheetFields form={form} />}
      <div className={styles.actions}>
        <Button appearance="primary" disabled={work.busy || (generator !== 'template' && form.sourceSheet === '')} onClick={() => void form.generate()}>
          {t('pane.fill.generate')}
        </Button>
      </div>
      <WorkStatus at={GENERATE_PLACE} />
    </section>
  );
}
