/**
 * Composition root of the pane: loads and waits for Office when Office opened the page, decides the host mode, builds the host and its use
 * cases, and renders the pane inside the one FluentProvider.
 */
import { createRoot } from 'react-dom/client';
import { parseLanguage } from '../core';
import { createCurrentExcelHost } from '../adapters/office/excelHost';
import { createCoreEngine } from '../app/coreEngine';
import { detectHost } from '../adapters/office/detectHost';
import { currentHostInfoSources } from '../adapters/office/officeHostInfo';
import { loadOfficeJs } from '../adapters/office/loadOfficeJs';
import { openPickedFile } from '../adapters/formats/openPickedFile';
import { PaneRoot } from '../taskpane/PaneRoot';
import { createPaneUseCases } from '../app/paneUseCases';
import { currentOfficeSelfCheck } from '../adapters/office/officeSelfCheck';
import { currentOfficeTheme } from './officeTheme';

function excelPane() {
  const host = createCurrentExcelHost();
  // Undo backups a closed pane left behind; should this fail, the next write drops them.
  void host.discardStaleUndoBackups().catch(() => undefined);
  const useCases = createPaneUseCases(host, createCoreEngine(), openPickedFile, parseLanguage(host.displayLanguage));
  return <PaneRoot useCases={useCases} theme={currentOfficeTheme()} selfCheck={() => currentOfficeSelfCheck(host.capabilities)} />;
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
    const { FileModeRoot } = await import(/* webpackChunkName: "filemode" */ './FileModeRoot');
    root.render(<FileModeRoot displayLanguage={host.displayLanguage} />);
  });
}
