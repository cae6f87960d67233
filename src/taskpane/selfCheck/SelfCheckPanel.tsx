/** 自检: the report IT staff read on a first run, as tables, and a button copying it as text for a ticket. */
import {
  Button,
  Caption1,
  Subtitle2,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import { selfCheckText, type SelfCheckReport } from '../../app/selfCheck';
import { useWork } from '../work/WorkProvider';
import { WorkStatus } from '../work/WorkStatus';

const useStyles = makeStyles({
  panel: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  facts: { display: 'grid', gridTemplateColumns: 'max-content minmax(0, 1fr)', columnGap: tokens.spacingHorizontalM, rowGap: tokens.spacingVerticalXXS, margin: 0 },
  term: { color: tokens.colorNeutralForeground3 },
  value: { margin: 0, overflowWrap: 'anywhere' },
  on: { color: tokens.colorPaletteGreenForeground1 },
  degraded: { color: tokens.colorPaletteDarkOrangeForeground1 },
});

export interface SelfCheckPanelProps {
  readonly report: SelfCheckReport;
  /** Writes text to the clipboard; absent where the host offers no clipboard. */
  readonly onCopy?: (text: string) => Promise<void>;
}

export function SelfCheckPanel({ report, onCopy }: SelfCheckPanelProps) {
  const styles = useStyles();
  const { t } = useTranslation();
  const work = useWork();
  const say = (key: string, params?: Readonly<Record<string, string | number>>) => t(key, params);
  const copy = async () => {
    if (!onCopy) return;
    const copied = await work.run(async () => {
      await onCopy(selfCheckText(report, say));
      return true;
    });
    if (copied) work.notify({ intent: 'success', text: t('selfCheck.copied') });
  };
  return (
    <div className={styles.panel}>
      <Caption1>{t('selfCheck.intro')}</Caption1>
      <dl className={styles.facts}>
        <dt className={styles.term}>{t('selfCheck.version')}</dt>
        <dd className={styles.value}>{report.version}</dd>
        <dt className={styles.term}>{t('selfCheck.host')}</dt>
        <dd className={styles.value}>{t(`selfCheck.host.${report.host}`)}</dd>
        {report.hostVersion && (
          <>
            <dt className={styles.term}>{t('selfCheck.hostVersion')}</dt>
            <dd className={styles.value}>{report.hostVersion}</dd>
          </>
        )}
        {report.platform && (
          <>
            <dt className={styles.term}>{t('selfCheck.platform')}</dt>
            <dd className={styles.value}>{report.platform}</dd>
          </>
        )}
        <dt className={styles.term}>{t('selfCheck.officeJs')}</dt>
        <dd className={styles.value}>{report.officeJs ?? t('selfCheck.officeJs.none')}</dd>
      </dl>
      <Subtitle2 as="h2">{t('selfCheck.requirementSets')}</Subtitle2>
      {report.requirementSets.length === 0 ? (
        <Text>{t('selfCheck.requirementSets.none')}</Text>
      ) : (
        <Table size="extra-small" aria-label={t('selfCheck.requirementSets')}>
          <TableHeader>
            <TableRow>
              <TableHeaderCell>{t('selfCheck.set')}</TableHeaderCell>
              <TableHeaderCell>{t('selfCheck.highest')}</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {report.requirementSets.map((set) => (
              <TableRow key={set.name}>
                <TableCell>{set.name}</TableCell>
                <TableCell>{set.highest ?? t('selfCheck.unsupported')}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
      <Subtitle2 as="h2">{t('selfCheck.features')}</Subtitle2>
      <Table size="extra-small" aria-label={t('selfCheck.features')}>
        <TableHeader>
          <TableRow>
            <TableHeaderCell>{t('selfCheck.feature')}</TableHeaderCell>
            <TableHeaderCell>{t('selfCheck.state')}</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {report.features.map((entry) => (
            <TableRow key={entry.feature}>
              <TableCell>{t(`selfCheck.feature.${entry.feature}`)}</TableCell>
              <TableCell>
                <Text className={entry.state === 'on' ? styles.on : styles.degraded} data-state={entry.state}>
                  {t(`selfCheck.state.${entry.state}`, { version: entry.needs ?? '' })}
                </Text>
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
      {onCopy && (
        <div>
          <Button onClick={() => void copy()}>{t('selfCheck.copy')}</Button>
        </div>
      )}
      <WorkStatus />
    </div>
  );
}
