/**
 * Ribbon commands. The Home-tab button "进度助手" opens the pane through the manifest (ShowTaskpane);
 * "校验本表" runs `checkActiveSheet` here, without the pane. The same page, opened with `?notice=…`,
 * is the dialog that shows the command's result.
 */
import { formatMessage, parseLanguage } from '../core';
import { createCurrentExcelHost } from '../adapters/office/excelHost';
import { createCoreEngine } from '../app/coreEngine';
import { createPaneUseCases } from '../app/paneUseCases';
import { checkActiveSheetSummary } from './checkActiveSheet';
import { noticeTextOf, renderNotice, showNotice } from './showNotice';

async function checkActiveSheet(event: Office.AddinCommands.Event): Promise<void> {
  try {
    const language = parseLanguage(Office.context.displayLanguage);
    const host = createCurrentExcelHost();
    // The command only reads the workbook: files are never opened here.
    const useCases = createPaneUseCases(host, createCoreEngine(), async () => ({ ok: false, problem: { key: 'file.notXlsx', params: { file: '' } } }), language);
    await showNotice(await checkActiveSheetSummary(useCases, language));
  } finally {
    event.completed();
  }
}

void Office.onReady(() => {
  const notice = noticeTextOf(window.location.search);
  if (notice !== null) {
    renderNotice(notice, formatMessage(parseLanguage(Office.context.displayLanguage), 'pane.dismiss'));
    return;
  }
  Office.actions.associate('checkActiveSheet', checkActiveSheet);
});
