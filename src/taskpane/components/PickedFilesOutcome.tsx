/**
 * Every file picked to compile, after a run: compiled (with the sheets or Word tables taken from it) or
 * left out with the reason. A file that was not compiled is never passed over in silence.
 */
import { Subtitle2, Text, makeStyles, tokens } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import type { PickedFileOutcome } from '../../app/paneUseCases';

export interface PickedFilesOutcomeProps {
  readonly files: readonly PickedFileOutcome[];
}

const useStyles = makeStyles({
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  list: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS },
  refused: { color: tokens.colorPaletteRedForeground1 },
});

export function PickedFilesOutcome({ files }: PickedFilesOutcomeProps) {
  const styles = useStyles();
  const { t } = useTranslation();
  if (files.length === 0) return null;
  const heading = t('pane.pickedFiles.heading', { compiled: files.filter((file) => file.refusal === '').length, total: files.length });
  return (
    <section className={styles.section} aria-label={heading}>
      <Subtitle2 as="h2">{heading}</Subtitle2>
      <ul className={styles.list}>
        {files.map((file, index) => (
          <li key={`${file.file}#${index}`}>
            {file.refusal === '' ? (
              <Text>{t('pane.pickedFiles.compiled', { file: file.file, sheets: file.compiledSheets.join('、') })}</Text>
            ) : (
              <Text className={styles.refused}>{t('pane.pickedFiles.refused', { reason: file.refusal })}</Text>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
