/**
 * Rewrites the two spellings of SpreadsheetML that both readers (ExcelJS's and our own) would read wrong
 * into the spelling they read right, so that every file reads the same in both:
 * - CDATA sections (`前<![CDATA[x]]>后`), legal XML that ExcelJS's parser reports as something other than
 *   text, so their text was lost: they become escaped text (`前x后`);
 * - a namespace prefix on SpreadsheetML's elements (`<x:row>`, written by some generators), which both
 *   readers match by plain name (`row`), so such a sheet read as empty: the prefix is dropped.
 * Browser and Node alike; a part needing neither is returned as it is, and telling costs one search.
 */

const SPREADSHEETML_MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const CDATA_START = '<![CDATA[';
const CDATA_END = ']]>';

/**
 * @example
 * normalizeSpreadsheetXml('<x:sst xmlns:x="…/spreadsheetml/2006/main"><x:si><x:t><![CDATA[a<b]]></x:t></x:si></x:sst>')
 * // '<sst xmlns:x="…/spreadsheetml/2006/main"><si><t>a&lt;b</t></si></sst>'
 */
export function normalizeSpreadsheetXml(xml: string): string {
  let normalized = xml.includes(CDATA_START) ? cdataAsText(xml) : xml;
  const prefix = spreadsheetPrefixOf(normalized);
  if (prefix !== null) normalized = withoutPrefix(normalized, prefix);
  return normalized;
}

/** Whether `normalizeSpreadsheetXml` would change the part, asked of its first bytes and of whether it holds `<![CDATA[`. */
export function needsNormalizing(head: string, holdsCdata: boolean): boolean {
  return holdsCdata || spreadsheetPrefixOf(head) !== null;
}

function cdataAsText(xml: string): string {
  let result = '';
  let last = 0;
  for (let start = xml.indexOf(CDATA_START); start >= 0; start = xml.indexOf(CDATA_START, last)) {
    const end = xml.indexOf(CDATA_END, start + CDATA_START.length);
    // An unterminated section: left for the reader to call the part damaged.
    if (end < 0) break;
    result += xml.slice(last, start) + escapeText(xml.slice(start + CDATA_START.length, end));
    last = end + CDATA_END.length;
  }
  return result + xml.slice(last);
}

function escapeText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/**
 * The prefix of the root element when that prefix is bound to SpreadsheetML's main namespace (`x` for
 * `<x:worksheet xmlns:x="…/spreadsheetml/2006/main">`), else null.
 */
function spreadsheetPrefixOf(xml: string): string | null {
  const root = /<([A-Za-z_][\w.-]*):[A-Za-z_][\w.-]*[\s>/]/.exec(firstElement(xml));
  if (root === null) return null;
  const prefix = root[1] ?? '';
  const rootTag = xml.slice(xml.indexOf('<' + prefix + ':'), xml.indexOf('>', xml.indexOf('<' + prefix + ':')) + 1);
  return rootTag.includes(`xmlns:${prefix}="${SPREADSHEETML_MAIN}"`) || rootTag.includes(`xmlns:${prefix}='${SPREADSHEETML_MAIN}'`) ? prefix : null;
}

/** The start of the first element, past the declaration, comments and processing instructions. */
function firstElement(xml: string): string {
  let at = 0;
  for (;;) {
    at = xml.indexOf('<', at);
    if (at < 0) return '';
    const next = xml.charAt(at + 1);
    if (next !== '?' && next !== '!') return xml.slice(at, at + 200);
    at += 2;
  }
}

function withoutPrefix(xml: string, prefix: string): string {
  const tag = new RegExp(`<(/?)${prefix.replace(/[.-]/g, '\\$&')}:`, 'g');
  return xml.replace(tag, '<$1');
}
