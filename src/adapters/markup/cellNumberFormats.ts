/**
 * The number format a web page gives a table cell, as Excel reads it: `mso-number-format` (or the older
 * `vnd.ms-excel.numberformat`) in the cell's `style` attribute, else in a `<style>` rule for one of its
 * classes (`.xl65 { mso-number-format: "yyyy\/m\/d"; }`, as Excel's own web pages write it), else in a
 * rule for every `td`. Values are CSS: quoted or not, with backslash escapes (`\@`, `\/`, `\0022`).
 */
import { numberFormatCode } from './namedNumberFormats';

const FORMAT_DECLARATION = /(?:mso-number-format|vnd\.ms-excel\.numberformat)\s*:\s*("(?:[^"\\]|\\[\s\S])*"|'(?:[^'\\]|\\[\s\S])*'|[^;"'}]+)/i;
/** A rule of a style sheet: its selectors and its declarations (nested braces do not occur in the rules Excel reads). */
const RULE = /([^{}]+)\{([^{}]*)\}/g;
const CLASS_SELECTOR = /^(?:td|th)?\.([\w-]+)$/i;
const CELL_SELECTOR = /^(?:td|th)$/i;
const COMMENT = /\/\*[\s\S]*?\*\//g;

export interface CellFormatRules {
  /** By class name. */
  readonly byClass: ReadonlyMap<string, string>;
  /** For every cell (a rule for `td`), when the sheet has one. */
  readonly everyCell: string | undefined;
}

export const NO_FORMAT_RULES: CellFormatRules = { byClass: new Map(), everyCell: undefined };

/**
 * The number formats of a page's `<style>` blocks, joined; a later rule wins, as in CSS.
 *
 * @example
 * readCellFormatRules('.xl65 { mso-number-format: "Short Date"; }').byClass.get('xl65') // 'yyyy/m/d'
 */
export function readCellFormatRules(css: string, earlier: CellFormatRules = NO_FORMAT_RULES): CellFormatRules {
  const byClass = new Map(earlier.byClass);
  let everyCell = earlier.everyCell;
  for (const rule of css.replace(COMMENT, ' ').matchAll(RULE)) {
    const format = numberFormatOfDeclarations(rule[2] ?? '');
    if (format === undefined) continue;
    for (const selector of (rule[1] ?? '').split(',').map((part) => part.trim())) {
      const className = CLASS_SELECTOR.exec(selector)?.[1];
      if (className !== undefined) byClass.set(className.toLowerCase(), format);
      else if (CELL_SELECTOR.test(selector)) everyCell = format;
    }
  }
  return { byClass, everyCell };
}

/**
 * A cell's format from its attributes' `style` and `class` (already decoded) and the page's rules.
 *
 * @example
 * cellNumberFormat(`mso-number-format:'\\@'`, '', NO_FORMAT_RULES) // '@'
 */
export function cellNumberFormat(style: string | undefined, classes: string | undefined, rules: CellFormatRules): string | undefined {
  const inline = style === undefined ? undefined : numberFormatOfDeclarations(style);
  if (inline !== undefined) return inline;
  for (const className of (classes ?? '').split(/\s+/).reverse()) {
    const format = rules.byClass.get(className.toLowerCase());
    if (format !== undefined) return format;
  }
  return rules.everyCell;
}

function numberFormatOfDeclarations(declarations: string): string | undefined {
  const raw = FORMAT_DECLARATION.exec(declarations)?.[1]?.trim();
  if (raw === undefined || raw === '') return undefined;
  const quoted = (raw.startsWith('"') && raw.endsWith('"')) || (raw.startsWith("'") && raw.endsWith("'"));
  return numberFormatCode(unescapeCss(quoted ? raw.slice(1, -1) : raw));
}

/**
 * Escapes as Excel reads them: `\0022` (four hex digits, as Excel writes them, so `\0022d` is `"d`
 * where CSS would read one code point) is a code point, `\x` the character itself.
 */
function unescapeCss(text: string): string {
  return text.replace(/\\([0-9a-f]{4})|\\([\s\S])/gi, (whole, hex: string | undefined, character: string | undefined) => {
    if (hex !== undefined) {
      const code = parseInt(hex, 16);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : '';
    }
    return character ?? whole;
  });
}
