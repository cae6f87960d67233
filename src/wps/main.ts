/**
 * The 加载项's index page script: WPS 表格 loads index.html when it starts, reads ribbon.xml beside it and
 * calls the callbacks ribbon.xml names on this page's `window`.
 */
import { parseLanguage } from '../core';
import type { EtApplication } from '../adapters/wps/etObjectModel';
import { createRibbonCallbacks } from './ribbonCallbacks';

const wpsWindow = window as unknown as Window & { Application?: EtApplication } & Record<string, unknown>;
const application = wpsWindow.Application;
if (application) {
  const callbacks = createRibbonCallbacks({
    application,
    language: parseLanguage(navigator.language),
    paneUrl: new URL('taskpane.html', window.location.href).toString(),
    imagesUrl: new URL('images/', window.location.href).toString(),
    showMessage: (text) => window.alert(text),
  });
  Object.assign(wpsWindow, callbacks);
}
