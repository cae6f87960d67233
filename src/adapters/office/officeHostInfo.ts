/**
 * Whether the page was opened by Office, known at once and without office.js: Office hands an add-in its
 * host in `_host_Info` (`Excel$Win32$16.01$zh-CN$…`), which office.js itself reads from, in this order,
 * `window.external.GetHostInfo()`, the query string, `window.name` ({"hostInfo": …}) and, after the pane
 * navigated, session storage (`hostInfoValue`) — see `_retrieveHostInfo` in office.debug.js. A plain
 * browser tab has none of them, so the standalone page never waits for office.js.
 */

export interface HostInfoSources {
  readonly search: string;
  readonly windowName: string;
  readonly external?: unknown;
  readonly sessionValue?: string | null;
}

/** The host's name from `_host_Info` (`excel`, `word`, …), lower-case; null when Office did not open the page. */
export function officeHostFromInfo(sources: HostInfoSources): string | null {
  const value = fromExternal(sources.external) ?? fromSearch(sources.search) ?? fromWindowName(sources.windowName) ?? sources.sessionValue ?? null;
  if (!value) return null;
  let decoded = value;
  try {
    decoded = decodeURIComponent(value);
  } catch {
    // A malformed escape: read it as it is.
  }
  const host = decoded.split(decoded.includes('$') ? '$' : '|')[0]?.trim().toLowerCase() ?? '';
  return host === '' ? null : host;
}

function fromExternal(external: unknown): string | null {
  const getHostInfo = typeof external === 'object' && external !== null ? (external as { GetHostInfo?: unknown }).GetHostInfo : undefined;
  if (typeof getHostInfo !== 'function') return null;
  try {
    const info: unknown = getHostInfo.call(external);
    if (typeof info !== 'string' || info === '' || info === 'isDialog') return null;
    const at = info.indexOf('_host_Info=');
    return at < 0 ? info : info.slice(at + '_host_Info='.length);
  } catch {
    return null;
  }
}

function fromSearch(search: string): string | null {
  const match = /[?&]_host_Info=([^&#]*)/.exec(search);
  return match?.[1] ? match[1] : null;
}

function fromWindowName(windowName: string): string | null {
  if (!windowName.startsWith('{')) return null;
  try {
    const parsed: unknown = JSON.parse(windowName);
    const info = typeof parsed === 'object' && parsed !== null ? (parsed as { hostInfo?: unknown }).hostInfo : undefined;
    return typeof info === 'string' && info !== '' ? info : null;
  } catch {
    return null;
  }
}

/** What this page's window says. */
export function currentHostInfoSources(): HostInfoSources {
  let sessionValue: string | null = null;
  try {
    sessionValue = window.sessionStorage.getItem('hostInfoValue');
  } catch {
    // Storage can be blocked (private mode, iframe policies): then it says nothing.
  }
  return { search: window.location.search, windowName: window.name, external: (window as { external?: unknown }).external, sessionValue };
}
