/**
 * Composition root of the pane: loads and waits for Office when Office opened the page, decides the host mode, builds the host and its use
 * cases, and renders the pane inside the one FluentProvider.
 */
import { createRoot } from 'react-dom/client';
import { parseLanguage } from '../core';
import { createCurrentExcelHost } from '../adapters/office/currentExcelHost';
import { currentHostInfoSources } from '../adapters/office/officeHostInfo';
import { createCoreEngine } from './coreEngine';
import { detectHost } from './host';
import { loadOfficeJs } from './loadOfficeJs';
import { openXlsxFile } from './openXlsxFile';
import { PaneRoot } from './PaneRoot';
import { createPaneUseCases } from './paneUseCases';
import { themeKindOf } from './theme';

function excelPane() {
  const host = createCurrentExcelHost();
  // Undo backups a closed pane left behind; should this fail, the next write drops them.
  void host.discardStaleUndoBackups().catch(() => undefined);
  const useCases = createPaneUseCases(host, createCoreEngine(), openXlsxFile, parseLanguage(host.displayLanguage));
  return <PaneRoot useCases={useCases} theme={themeKindOf(Office.context.officeTheme?.bodyBackgroundColor)} />;
}

const container = document.getElementById('root');
if (container) {
  const root = createRoot(container);
  void detectHost(currentHostInfoSources(), () => loadOfficeJs()).then(async (host) => {
    if (host.kind === 'excel') {
      root.render(excelPane());
      return;
    }
    // File mode is its own chunk, so Excel never downloads it.
    const { FileModeRoot } = await import(/* webpackChunkName: "filemode" */ './standalone/FileModeRoot');
    root.render(<FileModeRoot displayLanguage={host.displayLanguage} />);
  });
}
