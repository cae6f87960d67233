/**
 * Rows of comma-, tab- or semicolon-separated text, as Excel writes and reads it: fields in double
 * quotes may hold the separator, line breaks and doubled quotes. One pass, linear in the text.
 */

export type Separator = ',' | '\t' | ';';

/** Excel's limit for the text of one cell: a longer field is no cell of a sheet but damage or an attack. */
export const MAX_FIELD_CHARACTERS = 32767;

export class FieldTooLongError extends Error {
  constructor(readonly row: number) {
    super(`field longer than ${MAX_FIELD_CHARACTERS} characters in row ${row}`);
    this.name = 'FieldTooLongError';
  }
}

const SEPARATORS: readonly Separator[] = [',', '\t', ';'];
/** Lines looked at to choose the separator: the title and 填报单位 lines come first, the header soon after. */
const SEPARATOR_SAMPLE_LINES = 50;
/** …and at most this much text of them: a file of one endless line (damage or an attack) is not scanned twice. */
const SEPARATOR_SAMPLE_CHARACTERS = 256 * 1024;

/**
 * The separator used most on one line of the first lines (outside quotes): the header row of a report
 * has the most fields, while the title lines above it have none. Comma on a tie or when none is used.
 *
 * @example
 * chooseSeparator('标题\n序号\t任务\t时间\n1\t…') // '\t'
 */
export function chooseSeparator(text: string): Separator {
  const best = new Map<Separator, number>(SEPARATORS.map((separator) => [separator, 0]));
  const counts = new Map<Separator, number>(SEPARATORS.map((separator) => [separator, 0]));
  let quoted = false;
  let lines = 0;
  const end = Math.min(text.length, SEPARATOR_SAMPLE_CHARACTERS);
  for (let index = 0; index < end && lines < SEPARATOR_SAMPLE_LINES; index += 1) {
    const character = text[index];
    if (character === '"') quoted = !quoted;
    else if (!quoted && (character === '\n' || character === '\r')) {
      for (const separator of SEPARATORS) best.set(separator, Math.max(best.get(separator) ?? 0, counts.get(separator) ?? 0));
      for (const separator of SEPARATORS) counts.set(separator, 0);
      lines += 1;
    } else if (!quoted && (character === ',' || character === '\t' || character === ';')) {
      counts.set(character, (counts.get(character) ?? 0) + 1);
    }
  }
  for (const separator of SEPARATORS) best.set(separator, Math.max(best.get(separator) ?? 0, counts.get(separator) ?? 0));
  let chosen: Separator = ',';
  for (const separator of SEPARATORS) if ((best.get(separator) ?? 0) > (best.get(chosen) ?? 0)) chosen = separator;
  return chosen;
}

/**
 * @example
 * parseDelimited('序号,任务\n1,"建成\n两所学校"', ',') // [['序号', '任务'], ['1', '建成\n两所学校']]
 */
export function parseDelimited(text: string, separator: Separator): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let index = 0;
  const endField = () => {
    if (field.length > MAX_FIELD_CHARACTERS) throw new FieldTooLongError(rows.length + 1);
    row.push(field);
    field = '';
  };
  const endRow = () => {
    endField();
    rows.push(row);
    row = [];
  };
  while (index < text.length) {
    const character = text[index];
    if (character === '"' && field === '') {
      // A quoted field: up to the lone closing quote; "" is one quote. Sliced, not added up a character at a time.
      let end = index + 1;
      let value = '';
      for (;;) {
        const quote = text.indexOf('"', end);
        if (quote < 0) {
          value += text.slice(end);
          end = text.length;
          break;
        }
        value += text.slice(end, quote);
        if (value.length > MAX_FIELD_CHARACTERS) throw new FieldTooLongError(rows.length + 1);
        if (text[quote + 1] === '"') {
          value += '"';
          end = quote + 2;
        } else {
          end = quote + 1;
          break;
        }
      }
      field = value;
      index = end;
      // Text after the closing quote up to the separator belongs to the field, as Excel reads it.
      while (index < text.length && text[index] !== separator && text[index] !== '\n' && text[index] !== '\r') {
        field += text[index];
        index += 1;
      }
      if (field.length > MAX_FIELD_CHARACTERS) throw new FieldTooLongError(rows.length + 1);
      continue;
    }
    if (character === separator) {
      endField();
      index += 1;
    } else if (character === '\r' || character === '\n') {
      endRow();
      index += character === '\r' && text[index + 1] === '\n' ? 2 : 1;
    } else {
      const next = nextSpecial(text, index, separator);
      field += text.slice(index, next);
      if (field.length > MAX_FIELD_CHARACTERS) throw new FieldTooLongError(rows.length + 1);
      index = next;
    }
  }
  if (field !== '' || row.length > 0) endRow();
  return rows;
}

/** The next separator, line break or end of text from `from`. */
function nextSpecial(text: string, from: number, separator: Separator): number {
  let index = from;
  while (index < text.length) {
    const character = text[index];
    if (character === separator || character === '\n' || character === '\r') return index;
    index += 1;
  }
  return index;
}
