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
import { fluentThemeOf, useThemeKind, type ThemeKind, type ThemeSource } from './theme';
import type { SelfCheckReport } from '../app/selfCheck';

export interface PaneRootProps {
  readonly useCases: PaneUseCases;
  /** A fixed theme, or a source the pane follows while it is open. */
  readonly theme: ThemeKind | ThemeSource;
  readonly selfCheck?: () => SelfCheckReport;
}

export function PaneRoot({ useCases, theme, selfCheck }: PaneRootProps) {
  const themeKind = useThemeKind(theme);
  const i18n = useMemo(() => createPaneI18n(useCases.language), [useCases.language]);
  return (
    <I18nextProvider i18n={i18n}>
      <FluentProvider theme={fluentThemeOf(themeKind)} lang={useCases.language}>
        <PaneApp useCases={useCases} {...(selfCheck ? { selfCheck } : {})} />
      </FluentProvider>
    </I18nextProvider>
  );
}
