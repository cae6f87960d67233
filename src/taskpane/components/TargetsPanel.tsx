/** 数值核对: the sheet's numeric targets with verdict badges, filterable; a click selects the row. */
import { Badge, Button, Field, Select, Text, makeStyles, tokens } from '@fluentui/react-components';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Verdict } from '../../core';
import type { PlacedTarget, TargetsOutcome } from '../../app/paneUseCases';
import { useWork } from '../work/WorkProvider';
import { WorkStatus } from '../work/WorkStatus';
import { VERDICTS, VerdictChart, countVerdicts } from '../charts/VerdictChart';
const BADGE_COLOR: Readonly<Record<Verdict, 'success' | 'brand' | 'warning' | 'danger' | 'informative' | 'subtle'>> = {
  met: 'success',
  'on-track': 'brand',
  behind: 'warning',
  unmet: 'danger',
  'no-figure': 'informative',
  unclear: 'subtle',
};

/** Arabic and Chinese quantities, so both the target's and the reported number stand out. */
const NUMBER = /([0-9０-９]+(?:[.．][0-9０-９]+)?%?|[零一二两三四五六七八九十百千万亿]+(?=[个家所处座项件场次人名位元%万亿]))/g;

const useStyles = makeStyles({
  panel: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  target: { display: 'flex', flexDirection: 'column', alignItems: 'flex-start', gap: tokens.spacingVerticalXXS, height: 'auto', textAlign: 'start', width: '100%' },
  number: { backgroundColor: tokens.colorPaletteYellowBackground2, color: tokens.colorNeutralForeground1, fontWeight: tokens.fontWeightSemibold },
  label: { color: tokens.colorNeutralForeground3 },
  reason: { color: tokens.colorNeutralForeground2 },
});

export interface TargetsPanelProps {
  /** Null when the core has no targets check yet. */
  readonly onCheckTargets: () => Promise<TargetsOutcome>;
  readonly onSelect: (sheet: string, address: string) => Promise<void>;
}

function Highlighted({ text, className }: { readonly text: string; readonly className: string }) {
  const parts: ReactNode[] = [];
  let last = 0;
  for (const match of text.matchAll(NUMBER)) {
    const start = match.index;
    if (start > last) parts.push(text.slice(last, start));
    parts.push(
      <mark key={start} className={className}>
        {match[0]}
      </mark>,
    );
    last = start + match[0].length;
  }
  if (last < text.length) parts.push(text.slice(last));
  return <>{parts}</>;
}

export function TargetsPanel({ onCheckTargets, onSelect }: TargetsPanelProps) {
  const styles = useStyles();
  const { t } = useTranslation();
  const work = useWork();
  const [outcome, setOutcome] = useState<TargetsOutcome | null>(null);
  const [filter, setFilter] = useState<Verdict | 'all'>('all');

  const check = async () => {
    const result = await work.run(() => onCheckTargets());
    if (result === undefined) return;
    setOutcome(result);
    setFilter('all');
  };
  const counts = countVerdicts(outcome?.targets ?? []);
  const shown: readonly PlacedTarget[] = outcome ? outcome.targets.filter((target) => filter === 'all' || target.verdict === filter) : [];

  return (
    <div className={styles.panel}>
      <Button appearance="primary" disabled={work.busy} onClick={() => void check()}>
        {t('pane.targets.run')}
      </Button>
      <WorkStatus />
      {outcome && outcome.targets.length > 0 && <VerdictChart targets={outcome.targets} selected={filter} onSelect={setFilter} />}
      {outcome && (
        <Field label={t('pane.targets.filter')}>
          <Select value={filter} onChange={(_, data) => setFilter(data.value as Verdict | 'all')}>
            <option value="all">
              {t('pane.targets.all')}（{outcome.targets.length}）
            </option>
            {VERDICTS.map((verdict) => (
              <option key={verdict} value={verdict}>
                {t(`pane.targets.verdict.${verdict}`)}（{counts[verdict]}）
              </option>
            ))}
          </Select>
        </Field>
      )}
      {outcome && outcome.targets.length === 0 && <Text role="status">{t('pane.targets.none')}</Text>}
      {shown.length > 0 && outcome && (
        <ul className={styles.list} aria-label={t('pane.targets.list')}>
          {shown.map((target, index) => (
            <li key={`${target.cell}#${index}`}>
              <Button appearance="subtle" className={styles.target} onClick={() => void work.run(() => onSelect(outcome.sheet, `${target.row}:${target.row}`))}>
                <span>
                  <Badge color={BADGE_COLOR[target.verdict]}>{t(`pane.targets.verdict.${target.verdict}`)}</Badge> {target.place ?? t('pane.targets.row', { row: target.row })}
                </span>
                <span>
                  <span className={styles.label}>{t('pane.targets.target')}</span>
                  <Highlighted text={target.text} className={styles.number} />
                </span>
                {target.reported && (
                  <span>
                    <span className={styles.label}>{t('pane.targets.reported')}</span>
                    <Highlighted text={target.reported.text} className={styles.number} />
                  </span>
                )}
                <Text size={200} className={styles.reason}>
                  {t(target.reason.key, target.reason.params)}
                </Text>
              </Button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
