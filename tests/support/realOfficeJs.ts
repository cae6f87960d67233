/**
 * The real Office.js (the host files of @microsoft/office-js, the copy `build:intranet` ships) loaded in a
 * jsdom window, so tests can ask what the library defines and build the exact request bodies its own
 * serializer makes. Nothing is sent: the context is given a URL, and the HTTP call office.js would make
 * for it is replaced by one that keeps the body and answers with an error.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { JSDOM } from 'jsdom';

export const OFFICE_JS_DIST = dirname(require.resolve('@microsoft/office-js/dist/office.js'));

/**
 * Every Excel host file of the package, for Office 2016 and later (the `excel-*-16.*` ones; the `-core`
 * files are parts that the full ones already contain, and `excel-15*` serve Office 2013, below ExcelApi 1.7).
 */
export function excelHostFiles(): string[] {
  return readdirSync(OFFICE_JS_DIST)
    .filter((file) => /^excel-[a-z0-9]+-16\.\d\d\.js$/.test(file))
    .sort();
}

export interface RealOfficeJs {
  readonly file: string;
  /** The window's `Excel` namespace. */
  readonly Excel: Record<string, unknown> & { RequestContext: new (url: string) => Excel.RequestContext };
  /** The request bodies the library built since the last call, as the JSON it would send. */
  takeBodies(): string[];
}

const loaded = new Map<string, RealOfficeJs>();
const windows: JSDOM[] = [];

/** Closes the windows loaded so far (their timers would keep jest running). */
export function closeRealOfficeJs(): void {
  for (const dom of windows.splice(0, windows.length)) dom.window.close();
  loaded.clear();
}

export function loadRealOfficeJs(file = 'excel-web-16.00.js'): RealOfficeJs {
  const cached = loaded.get(file);
  if (cached) return cached;
  const dom = new JSDOM('<!doctype html><html><head></head><body></body></html>', { url: 'https://localhost:3000/taskpane.html', runScripts: 'outside-only' });
  const window = dom.window as unknown as { eval(code: string): unknown; Excel: RealOfficeJs['Excel']; OfficeExtension: { HttpUtility?: { sendRequest: unknown }; Promise: PromiseConstructor } };
  windows.push(dom);
  window.eval(readFileSync(join(OFFICE_JS_DIST, file), 'utf8'));
  const bodies: string[] = [];
  // Files of Office 2016's first builds have no HTTP executor (and no way to send from here either).
  if (window.OfficeExtension.HttpUtility) {
    window.OfficeExtension.HttpUtility.sendRequest = (request: { body: unknown }) => {
      bodies.push(typeof request.body === 'string' ? request.body : JSON.stringify(request.body));
      return window.OfficeExtension.Promise.resolve({ statusCode: 500, headers: {}, body: '{"error":{"code":"NotSent","message":"tests send nothing"}}' });
    };
  }
  const office: RealOfficeJs = {
    file,
    Excel: window.Excel,
    takeBodies: () => bodies.splice(0, bodies.length),
  };
  loaded.set(file, office);
  return office;
}

/** UTF-8 bytes of a string. */
export function utf8Bytes(text: string): number {
  return Buffer.byteLength(text, 'utf8');
}

/**
 * The bytes of the one request the real library builds for what `queue` puts on a fresh context
 * (`https://…/` contexts go through office.js's HTTP executor, replaced above).
 */
export async function realRequestBytes(office: RealOfficeJs, queue: (context: Excel.RequestContext) => void): Promise<number> {
  office.takeBodies();
  const context = new office.Excel.RequestContext('https://jindu.invalid/');
  queue(context);
  await context.sync().catch(() => undefined);
  const bodies = office.takeBodies();
  if (bodies.length !== 1) throw new Error(`expected one request body, got ${bodies.length}`);
  return utf8Bytes(bodies[0] ?? '');
}
