/**
 * File mode's composition: the file-mode page in the system's light or dark theme, with the same pane as in Excel
 * for the active file (its own use cases on the file-mode host).
 */
import { FluentProvider } from '@fluentui/react-components';
import { useMemo } from 'react';
import { selfCheckOfHost } from '../app/selfCheck';
import { I18nextProvider } from 'react-i18next';
import { parseLanguage } from '../core';
import { createCoreEngine } from '../app/coreEngine';
import { createPaneI18n } from '../taskpane/i18n';
import { openPickedFile } from '../adapters/formats/openPickedFile';
import { xlsxFilesOnDemand } from '../adapters/xlsx/xlsxFilesOnDemand';
import type { Host } from '../app/host';
import { PaneApp } from '../taskpane/components/PaneApp';
import { createPaneUseCases } from '../app/paneUseCases';
import { colorSchemeTheme, fluentThemeOf, useThemeKind } from '../taskpane/theme';

/** Followed while the page is open: the system switching to dark at dusk switches the page too. */
const pageTheme = colorSchemeTheme();
import { FileModeApp } from '../taskpane/standalone/FileModeApp';

export interface FileModeRootProps {
  readonly displayLanguage: string;
}

export function FileModeRoot({ displayLanguage }: FileModeRootProps) {
  const language = parseLanguage(displayLanguage);
  const i18n = useMemo(() => createPaneI18n(language), [language]);
  const theme = useThemeKind(pageTheme);
  return (
    <I18nextProvider i18n={i18n}>
      <FluentProvider theme={fluentThemeOf(theme)} lang={language}>
        <FileModeApp displayLanguage={displayLanguage} renderPane={(host) => <FilePane host={host} />} xlsxFiles={xlsxFilesOnDemand} />
      </FluentProvider>
    </I18nextProvider>
  );
}

function FilePane({ host }: { readonly host: Host }) {
  const useCases = useMemo(() => createPaneUseCases(host, createCoreEngine(), openPickedFile, parseLanguage(host.displayLanguage)), [host]);
  // Already inside this page's providers: one FluentProvider for the whole page.
  return <PaneApp useCases={useCases} selfCheck={() => selfCheckOfHost(host)} />;
}
