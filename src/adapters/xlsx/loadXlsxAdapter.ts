/**
 * The xlsx adapter (ExcelJS, ~1 MB) in its own chunk, fetched from the page's own origin the first time
 * a file is opened, so the pane inside Excel never pays for it. The one place that loads the chunk.
 */
export type XlsxAdapter = typeof import('./index');

let loading: Promise<XlsxAdapter> | null = null;

export function loadXlsxAdapter(): Promise<XlsxAdapter> {
  loading ??= import(/* webpackChunkName: "xlsx" */ './index').catch((error: unknown) => {
    // A failed chunk download (server restarted, network hiccup) may succeed on the next try.
    loading = null;
    throw error;
  });
  return loading;
}
