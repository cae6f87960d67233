/**
 * A notification from a ribbon command. Excel has no notification API for add-ins, so a small Office
 * dialog shows the text (commands.html?notice=…) and closes when the user dismisses it.
 */

const NOTICE_PARAMETER = 'notice';

export function noticeUrl(pageUrl: string, text: string): string {
  const url = new URL(pageUrl);
  url.search = '';
  url.hash = '';
  url.searchParams.set(NOTICE_PARAMETER, text);
  return url.toString();
}

export function noticeTextOf(search: string): string | null {
  return new URLSearchParams(search).get(NOTICE_PARAMETER);
}

export function showNotice(text: string): Promise<void> {
  return new Promise((resolve) => {
    Office.context.ui.displayDialogAsync(noticeUrl(window.location.href, text), { height: 25, width: 30, displayInIframe: true }, (result) => {
      if (result.status === Office.AsyncResultStatus.Failed) {
        // The dialog is refused (another one is open, or the host blocks it): nothing else can show the text.
        console.warn(text);
        resolve();
        return;
      }
      const dialog = result.value;
      dialog.addEventHandler(Office.EventType.DialogMessageReceived, () => dialog.close());
      resolve();
    });
  });
}

/** Inside the dialog: show the text and a close button that tells the command to close the dialog. */
export function renderNotice(text: string, closeLabel: string): void {
  const paragraph = document.createElement('p');
  paragraph.textContent = text;
  paragraph.style.font = '14px "Microsoft YaHei", "Segoe UI", sans-serif';
  const close = document.createElement('button');
  close.type = 'button';
  close.textContent = closeLabel;
  close.addEventListener('click', () => Office.context.ui.messageParent('close'));
  document.body.replaceChildren(paragraph, close);
  close.focus();
}
