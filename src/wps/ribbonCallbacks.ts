/**
 * The functions `ribbon.xml` names, built over a WPS `Application`. WPS calls them by name on the index
 * page's `window` (src/wps/main.ts puts them there), the way Kingsoft's wpsjs templates do.
 */
import { formatMessage, type Language } from '../core';
import type { EtApplication } from '../adapters/wps/etObjectModel';
import { createWpsHost } from '../adapters/wps/wpsHost';
import { checkActiveSheetSummary } from '../ribbon/checkActiveSheet';
import { createCoreEngine } from '../app/coreEngine';
import { createPaneUseCases } from '../app/paneUseCases';

/** Where WPS keeps the pane's id between clicks (PluginStorage lives as long as WPS runs). */
export const TASK_PANE_ID_KEY = 'jindu.taskPaneId';

/** The control a ribbon callback receives (`IRibbonControl`). */
export interface RibbonControl {
  readonly Id: string;
}

export interface RibbonEnvironment {
  readonly application: EtApplication;
  readonly language: Language;
  /** Absolute URL of the pane page (beside the index page). */
  readonly paneUrl: string;
  /** Absolute URL of the folder holding the ribbon's images. */
  readonly imagesUrl: string;
  /** Shows a message to the user (the page's `alert`, which WPS shows as its own dialog). */
  readonly showMessage: (text: string) => void;
}

export interface RibbonCallbacks {
  OnAddinLoad(ribbon: unknown): boolean;
  OnOpenPane(control: RibbonControl): void;
  OnCheckSheet(control: RibbonControl): Promise<void>;
  OnGetImage(control: RibbonControl): string;
}

const IMAGE_OF_CONTROL: Readonly<Record<string, string>> = {
  jinduOpenPane: 'open-pane.svg',
  jinduCheckSheet: 'check-sheet.svg',
};

export function createRibbonCallbacks(environment: RibbonEnvironment): RibbonCallbacks {
  const { application, language } = environment;
  return {
    OnAddinLoad: () => true,
    OnOpenPane() {
      // One pane per WPS session: a second click shows the pane again rather than opening another one.
      const storedId = application.PluginStorage.getItem(TASK_PANE_ID_KEY);
      const existing = typeof storedId === 'string' ? application.GetTaskPane(storedId) : null;
      const pane = existing ?? application.CreateTaskPane(environment.paneUrl, formatMessage(language, 'wps.paneTitle'));
      if (!existing) application.PluginStorage.setItem(TASK_PANE_ID_KEY, pane.ID);
      pane.Visible = true;
    },
    async OnCheckSheet() {
      const host = createWpsHost({ application, displayLanguage: language });
      // The command only reads the workbook: files are never opened here.
      const useCases = createPaneUseCases(host, createCoreEngine(), async () => ({ ok: false, problem: { key: 'file.notXlsx', params: { file: '' } } }), language);
      environment.showMessage(await checkActiveSheetSummary(useCases, language));
    },
    OnGetImage(control) {
      return `${environment.imagesUrl}${IMAGE_OF_CONTROL[control.Id] ?? 'open-pane.svg'}`;
    },
  };
}
