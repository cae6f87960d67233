/** Where the pane runs: inside Excel (Office.js ready with host Excel) or as a standalone page. */

export type HostMode = { readonly kind: 'excel'; readonly displayLanguage: string } | { readonly kind: 'standalone'; readonly displayLanguage: string };

/** How long to wait for office.js to answer before deciding we are a plain page. */
const OFFICE_READY_TIMEOUT_MS = 3000;

export async function detectHost(): Promise<HostMode> {
  const browserLanguage = typeof navigator === 'undefined' ? 'zh-CN' : navigator.language;
  // office.js may be missing entirely (intranet without the CDN, or opened as a plain file).
  if (typeof Office === 'undefined' || typeof Office.onReady !== 'function') {
    return { kind: 'standalone', displayLanguage: browserLanguage };
  }
  const info = await Promise.race([
    Office.onReady(),
    new Promise<null>((resolve) => setTimeout(() => resolve(null), OFFICE_READY_TIMEOUT_MS)),
  ]);
  if (info && info.host === Office.HostType.Excel) {
    return { kind: 'excel', displayLanguage: Office.context.displayLanguage || browserLanguage };
  }
  return { kind: 'standalone', displayLanguage: browserLanguage };
}
