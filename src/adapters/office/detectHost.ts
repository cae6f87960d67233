/** Where the pane runs: inside Excel (Office.js ready with host Excel) or as a standalone page. */
import { currentHostInfoSources, officeHostFromInfo, type HostInfoSources } from './officeHostInfo';

export type HostMode = { readonly kind: 'excel'; readonly displayLanguage: string } | { readonly kind: 'standalone'; readonly displayLanguage: string };

/**
 * Known without a timeout: a page Office opened carries `_host_Info`, and then `Office.onReady` is waited
 * for however long Office takes to start (a slow start must not show file mode inside Excel); a page
 * opened in a browser carries none and is the standalone page at once, even when office.js is loaded.
 */
export async function detectHost(
  sources: HostInfoSources | null = typeof window === 'undefined' ? null : currentHostInfoSources(),
  fetchOfficeJs: () => Promise<void> = () => Promise.resolve(),
): Promise<HostMode> {
  const browserLanguage = typeof navigator === 'undefined' ? 'zh-CN' : navigator.language;
  // office.js is fetched only for a page Office opened: a browser tab never waits on the network.
  if (typeof Office === 'undefined' && sources !== null && officeHostFromInfo(sources) !== null) {
    try {
      await fetchOfficeJs();
    } catch {
      // Unreachable office.js: the page still opens, as the standalone page.
    }
  }
  // office.js may be missing entirely (intranet without the CDN, or opened as a plain file).
  if (typeof Office === 'undefined' || typeof Office.onReady !== 'function') {
    return { kind: 'standalone', displayLanguage: browserLanguage };
  }
  // Outside Office, onReady is never asked: asking it makes office.js open its telemetry frame, which the
  // page's policy refuses (and which an intranet cannot reach). Office's own pages register it at once.
  if (sources === null || officeHostFromInfo(sources) === null) return { kind: 'standalone', displayLanguage: browserLanguage };
  const info = await Office.onReady();
  if (info.host === Office.HostType.Excel) {
    return { kind: 'excel', displayLanguage: Office.context.displayLanguage || browserLanguage };
  }
  return { kind: 'standalone', displayLanguage: browserLanguage };
}
