/**
 * The built page: the pane's first chunk stays small (ExcelJS is in its own chunk, fetched only in file
 * mode) and the page carries a Content-Security-Policy that lets it talk to its own origin only.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { builtPage } from './support/browser';

// webpack.config.js is CommonJS; its CSP builder is what the html template receives.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { contentSecurityPolicy } = require('../../webpack.config.js') as { contentSecurityPolicy: (officeJs: string, mode: string) => string };

const FIRST_CHUNK_LIMIT_BYTES = 350 * 1024;
/** A string only the xlsx library carries: it names the part of a workbook that holds shared strings. */
const EXCELJS_MARKER = 'sharedStrings.xml';
/** A string only the legacy readers (.xls, Excel 2003 XML, web pages) carry: the refusal of a looping sector chain. */
const LEGACY_READERS_MARKER = 'chain loops at sector';

const dist = builtPage();
const html = readFileSync(path.join(dist, 'taskpane.html'), 'utf8');
const initialScripts = [...html.matchAll(/<script[^>]*\ssrc="?([^"\s>]+)"?/g)]
  .map((match) => match[1] ?? '')
  .filter((source) => source !== '' && !source.startsWith('office-js/'));

describe('the built pane', () => {
  it('loads its own scripts only from the page itself', () => {
    expect(initialScripts.length).toBeGreaterThan(0);
    for (const source of initialScripts) expect(source).not.toMatch(/^(https?:)?\/\//);
  });

  it(`keeps the first chunk within ${FIRST_CHUNK_LIMIT_BYTES / 1024} KB gzipped`, () => {
    const sizes = initialScripts.map((source) => ({ source, gzipped: gzipSync(readFileSync(path.join(dist, source))).length }));
    const total = sizes.reduce((sum, size) => sum + size.gzipped, 0);
    console.log(`first chunk: ${sizes.map((size) => `${size.source} ${(size.gzipped / 1024).toFixed(1)} KB`).join(', ')} (gzipped)`);
    expect(total).toBeLessThanOrEqual(FIRST_CHUNK_LIMIT_BYTES);
  });

  it('leaves ExcelJS out of the first chunk and in a chunk of its own', () => {
    for (const source of initialScripts) expect(readFileSync(path.join(dist, source), 'utf8').includes(EXCELJS_MARKER)).toBe(false);
    const chunks = readdirSync(dist).filter((file) => file.endsWith('.js') && !initialScripts.includes(file));
    expect(chunks.some((file) => readFileSync(path.join(dist, file), 'utf8').includes(EXCELJS_MARKER))).toBe(true);
  });

  it('leaves the .xls reader out of the first chunk and out of the ExcelJS chunk, in a chunk fetched only for such a file', () => {
    for (const source of initialScripts) expect(readFileSync(path.join(dist, source), 'utf8').includes(LEGACY_READERS_MARKER)).toBe(false);
    const chunks = readdirSync(dist).filter((file) => file.endsWith('.js') && !initialScripts.includes(file));
    const legacy = chunks.filter((file) => readFileSync(path.join(dist, file), 'utf8').includes(LEGACY_READERS_MARKER));
    expect(legacy).toHaveLength(1);
    expect(readFileSync(path.join(dist, legacy[0] ?? ''), 'utf8').includes(EXCELJS_MARKER)).toBe(false);
  });

  it('declares a Content-Security-Policy before any script', () => {
    const meta = /<meta http-equiv="?Content-Security-Policy"? content="([^"]+)"/.exec(html);
    expect(meta?.[1]).toBe(contentSecurityPolicy('local', 'production'));
    expect(html.indexOf('Content-Security-Policy')).toBeLessThan(html.indexOf('<script'));
  });
});

describe('the Content-Security-Policy', () => {
  const directives = (policy: string) => new Map(policy.split(';').map((part) => {
    const [name = '', ...values] = part.trim().split(/\s+/);
    return [name, values] as const;
  }));

  it.each([
    { description: 'the intranet build allows scripts from the page only', officeJs: 'local', scripts: ["'self'"] },
    { description: "the Excel build adds Microsoft's CDN for office.js, for scripts only", officeJs: 'cdn', scripts: ["'self'", 'https://appsforoffice.microsoft.com'] },
  ])('$description', ({ officeJs, scripts }) => {
    const policy = directives(contentSecurityPolicy(officeJs, 'production'));
    expect(policy.get('script-src')).toEqual(scripts);
    expect(policy.get('connect-src')).toEqual(["'self'"]);
    expect(policy.get('default-src')).toEqual(["'self'"]);
    expect(policy.get('form-action')).toEqual(["'none'"]);
  });
});
