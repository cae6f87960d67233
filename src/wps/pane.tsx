/**
 * Composition root of the pane inside WPS 表格: the same React pane as in Excel, on the WPS host.
 * Opened by the ribbon's 打开进度助手 with `Application.CreateTaskPane`; outside WPS it says where it runs.
 */
import { createRoot } from 'react-dom/client';
import { formatMessage, parseLanguage } from '../core';
import type { EtApplication } from '../adapters/wps/etObjectModel';
import { createWpsHost } from '../adapters/wps/wpsHost';
import { createCoreEngine } from '../app/coreEngine';
import { openPickedFile } from '../adapters/formats/openPickedFile';
import { PaneRoot } from '../taskpane/PaneRoot';
import { createPaneUseCases } from '../app/paneUseCases';
import { selfCheckOfHost } from '../app/selfCheck';

const container = document.getElementById('root');
const application = (window as unknown as { Application?: EtApplication }).Application;
const language = parseLanguage(navigator.language);
if (container) {
  if (!application) {
    container.textContent = formatMessage(language, 'wps.outsideWps');
  } else {
    const host = createWpsHost({ application, displayLanguage: language });
    // Undo copies a closed pane left behind; should this fail, the next write drops them.
    void host.discardStaleUndoBackups().catch(() => undefined);
    const useCases = createPaneUseCases(host, createCoreEngine(), openPickedFile, language);
    createRoot(container).render(<PaneRoot useCases={useCases} theme="light" selfCheck={() => selfCheckOfHost(host, application.Build ?? null)} />);
  }
}
