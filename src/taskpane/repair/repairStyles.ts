/** The layout the repair and generate sections share. */
import { makeStyles, tokens } from '@fluentui/react-components';

export const useRepairStyles = makeStyles({
  panel: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  edits: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  cell: { fontFamily: tokens.fontFamilyMonospace, minWidth: 'auto', verticalAlign: 'baseline' },
});
