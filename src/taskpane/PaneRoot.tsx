/**
 * The pane's providers around the app: i18next in the host's language and the one FluentProvider in the
 * host's theme. Excel and file mode both render this with their own use cases.
 */
import { FluentProvider } from '@fluentui/react-components';
import { useMemo } from 'react';
import { I18nextProvider } from 'react-i18next';
import { PaneApp } from './components/PaneApp';
import { createPaneI18n } from './i18n';
import type { PaneUseCases } from '../app/paneUseCases';
import { fluentThemeOf, type ThemeKind } from './theme';

export interface PaneRootProps {
  readonly useCases: PaneUseCases;
  readonly theme: ThemeKind;
}

export function PaneRoot({ useCases, theme }: PaneRootProps) {
  const i18n = useMemo(() => createPaneI18n(useCases.language), [useCases.language]);
  return (
    <I18nextProvider i18n={i18n}>
      <FluentProvider theme={fluentThemeOf(theme)} lang={useCases.language}>
        <PaneApp useCases={useCases} />
      </FluentProvider>
    </I18nextProvider>
  );
}
