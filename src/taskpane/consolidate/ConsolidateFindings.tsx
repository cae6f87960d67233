/** 汇总's findings: conflicts, duplicates and missing reports, each with links to its rows of 汇总. */
import { Button, Subtitle2, Text, makeStyles, tokens } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import { COMPILED_SHEET, type CompileResult } from '../../core';

const useStyles = makeStyles({
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  list: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS },
  row: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalXS },
});

export interface ConsolidateFindingsProps {
  readonly result: Pick<CompileResult, 'conflicts' | 'duplicates' | 'missing'>;
  readonly onGoToRow: (row: number) => void;
}

export function ConsolidateFindings({ result, onGoToRow }: ConsolidateFindingsProps) {
  const styles = useStyles();
  const { t } = useTranslation();
  const rowLinks = (rows: readonly number[]) =>
    rows.map((row) => (
      <Button key={row} size="small" appearance="transparent" onClick={() => onGoToRow(row)}>
        {`${COMPILED_SHEET}!${row}`}
      </Button>
    ));
  return (
    <>
      <section className={styles.section} aria-label={t('pane.consolidate.conflicts', { count: result.conflicts.length })}>
        <Subtitle2 as="h2">{t('pane.consolidate.conflicts', { count: result.conflicts.length })}</Subtitle2>
        <ul className={styles.list}>
          {result.conflicts.map((conflict) => (
            <li key={conflict.serial}>
              <Text weight="semibold">{conflict.serial}</Text>
              {conflict.versions.map((version, index) => (
                <div key={index} className={styles.row}>
                  <Text>
                    {version.units.join('、')}：{version.text}
                  </Text>
                  {rowLinks(version.compiledRows)}
                </div>
              ))}
            </li>
          ))}
        </ul>
      </section>
      <section className={styles.section} aria-label={t('pane.consolidate.duplicates', { count: result.duplicates.length })}>
        <Subtitle2 as="h2">{t('pane.consolidate.duplicates', { count: result.duplicates.length })}</Subtitle2>
        <ul className={styles.list}>
          {result.duplicates.map((duplicate) => (
            <li key={`${duplicate.unit}#${duplicate.serial}`} className={styles.row}>
              <Text>
                {duplicate.unit}：{duplicate.serial}
              </Text>
              {rowLinks(duplicate.compiledRows)}
            </li>
          ))}
        </ul>
      </section>
      <section className={styles.section} aria-label={t('pane.consolidate.missing', { count: result.missing.length })}>
        <Subtitle2 as="h2">{t('pane.consolidate.missing', { count: result.missing.length })}</Subtitle2>
        <ul className={styles.list}>
          {result.missing.map((missing) => (
            <li key={`${missing.unit}#${missing.serial}`}>{missing.serial === '' ? missing.unit : `${missing.unit}：${missing.serial}`}</li>
          ))}
        </ul>
      </section>
    </>
  );
}
