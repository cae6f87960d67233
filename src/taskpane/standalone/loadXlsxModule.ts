/**
 * The xlsx adapter (ExcelJS, ~1 MB) in its own chunk, fetched from the page's own origin the first time
 * a file is opened, so the pane inside Excel never pays for it.
 */
export type XlsxModule = typeof import('../../adapters/xlsx');

let loading: Promise<XlsxModule> | null = null;

export function loadXlsxModule(): Promise<XlsxModule> {
  loading ??= import(/* webpackChunkName: "xlsx" */ '../../adapters/xlsx').catch((error: unknown) => {
    // A failed chunk download (server restarted, network hiccup) may succeed on the next try.
    loading = null;
    throw error;
  });
  return loading;
}

