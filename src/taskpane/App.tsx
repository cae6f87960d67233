import { FluentProvider, MessageBar, MessageBarBody, Title3, makeStyles, tokens, webLightTheme } from '@fluentui/react-components';
import { formatMessage, parseLanguage } from '../core';
import type { HostMode } from './host';

const useStyles = makeStyles({
  root: { minHeight: '100vh', padding: tokens.spacingHorizontalL, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
});

export function App({ host }: { readonly host: HostMode }) {
  const styles = useStyles();
  const language = parseLanguage(host.displayLanguage);
  return (
    <FluentProvider theme={webLightTheme}>
      <main className={styles.root}>
        <Title3 as="h1">{formatMessage(language, 'app.name')}</Title3>
        {host.kind === 'standalone' && (
          <MessageBar intent="info">
            <MessageBarBody>{formatMessage(language, 'app.notInExcel')}</MessageBarBody>
          </MessageBar>
        )}
      </main>
    </FluentProvider>
  );
}
