/** Settings kept in the workbook: 自我评价 vocabulary, period, unit and the roster of units. */
import { Button, Field, Input, Textarea, makeStyles, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DEFAULT_VOCABULARY } from '../../core';
import type { JinduSettings } from '../../app/host';
import { useWork } from '../work/WorkProvider';
import { WorkStatus } from '../work/WorkStatus';

const useStyles = makeStyles({
  panel: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
});

export interface SettingsPanelProps {
  readonly settings: JinduSettings;
  readonly onSave: (settings: JinduSettings) => Promise<void>;
}

/** `完成、基本完成, 滞后` → the words, in order, without blanks or repeats. */
export function splitWords(text: string, separators: RegExp): string[] {
  return [...new Set(text.split(separators).map((word) => word.trim()).filter((word) => word !== ''))];
}

export function SettingsPanel({ settings, onSave }: SettingsPanelProps) {
  const styles = useStyles();
  const { t } = useTranslation();
  const work = useWork();
  const [vocabulary, setVocabulary] = useState(settings.vocabulary.join('、'));
  const [period, setPeriod] = useState(settings.period);
  const [unit, setUnit] = useState(settings.unit);
  const [roster, setRoster] = useState(settings.roster.join('\n'));

  const save = async () => {
    const words = splitWords(vocabulary, /[、,，;；\s]+/);
    const next: JinduSettings = {
      vocabulary: words.length > 0 ? words : DEFAULT_VOCABULARY,
      period: period.trim(),
      unit: unit.trim(),
      roster: splitWords(roster, /[\n、,，;；]+/),
    };
    const saved = await work.run(async () => {
      await onSave(next);
      return true;
    });
    if (saved) work.notify({ intent: 'success', text: t('pane.settings.saved') });
  };

  return (
    <form
      className={styles.panel}
      aria-label={t('pane.settings.title')}
      onSubmit={(event) => {
        event.preventDefault();
        void save();
      }}
    >
      <Field label={t('pane.settings.vocabulary')}>
        <Input value={vocabulary} onChange={(_, data) => setVocabulary(data.value)} />
      </Field>
      <Field label={t('pane.settings.period')}>
        <Input value={period} onChange={(_, data) => setPeriod(data.value)} />
      </Field>
      <Field label={t('pane.settings.unit')}>
        <Input value={unit} onChange={(_, data) => setUnit(data.value)} />
      </Field>
      <Field label={t('pane.settings.roster')}>
        <Textarea value={roster} resize="vertical" onChange={(_, data) => setRoster(data.value)} />
      </Field>
      <Button appearance="primary" type="submit" disabled={work.busy}>
        {t('pane.settings.save')}
      </Button>
      <WorkStatus />
    </form>
  );
}
