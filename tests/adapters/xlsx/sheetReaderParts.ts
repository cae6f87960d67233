/**
 * Hand-written .xlsx packages for the fast reader's tests: the parts a test names, zipped stored or
 * deflated, so that cases ExcelJS never writes (inline strings, phonetic guides, odd attributes) can
 * be read both ways.
 */
import { crc32, deflateRawSync } from 'node:zlib';

export type Parts = Readonly<Record<string, string | Uint8Array>>;

export interface ZipOptions {
  readonly method?: 'stored' | 'deflated';
  /** Overrides the compression method written for every entry (to test refusals). */
  readonly methodNumber?: number;
  readonly flags?: number;
}

/** A zip of the parts, in the given order, without comment. */
export function zipParts(parts: Parts, options: ZipOptions = {}): Uint8Array {
  const chunks: Uint8Array[] = [];
  const central: Uint8Array[] = [];
  let offset = 0;
  let count = 0;
  for (const [name, content] of Object.entries(parts)) {
    const data = typeof content === 'string' ? Buffer.from(content, 'utf8') : Buffer.from(content);
    const deflated = options.method === 'deflated';
    const packed = deflated ? deflateRawSync(data) : data;
    const method = options.methodNumber ?? (deflated ? 8 : 0);
    const nameBytes = Buffer.from(name, 'utf8');
    const flags = (options.flags ?? 0) | 0x0800;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(flags, 6);
    local.writeUInt16LE(method, 8);
    local.writeUInt32LE(crc32(data), 14);
    local.writeUInt32LE(packed.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(nameBytes.length, 26);
    chunks.push(local, nameBytes, packed);
    const header = Buffer.alloc(46);
    header.writeUInt32LE(0x02014b50, 0);
    header.writeUInt16LE(20, 4);
    header.writeUInt16LE(20, 6);
    header.writeUInt16LE(flags, 8);
    header.writeUInt16LE(method, 10);
    header.writeUInt32LE(crc32(data), 16);
    header.writeUInt32LE(packed.length, 20);
    header.writeUInt32LE(data.length, 24);
    header.writeUInt16LE(nameBytes.length, 28);
    header.writeUInt32LE(offset, 42);
    central.push(header, nameBytes);
    offset += 30 + nameBytes.length + packed.length;
    count += 1;
  }
  const directory = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(count, 8);
  end.writeUInt16LE(count, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return new Uint8Array(Buffer.concat([...chunks, directory, end]));
}

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const RELATIONSHIPS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

export interface SheetSpec {
  readonly name: string;
  /** The XML inside `<worksheet>`: `<sheetData>…</sheetData>` and any other sections. */
  readonly body: string;
  readonly state?: string;
}

export interface WorkbookSpec {
  readonly sheets: readonly SheetSpec[];
  /** `<si>` items, as XML. */
  readonly sharedStrings?: readonly string[];
  /** Custom number formats by id. */
  readonly numberFormats?: Readonly<Record<number, string>>;
  /** The numFmtId of each cell style (`cellXfs`), style 0 first. */
  readonly styleFormatIds?: readonly number[];
  readonly workbookPr?: string;
  readonly method?: 'stored' | 'deflated';
  /** More parts, by zip entry name. */
  readonly extraParts?: Readonly<Record<string, string>>;
}

/** A minimal workbook package, enough for Excel, ExcelJS and the fast reader. */
export function workbookPackage(spec: WorkbookSpec): Uint8Array {
  const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
  const parts: Record<string, string> = {
    '[Content_Types].xml':
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
      '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>' +
      '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/></Types>',
    '_rels/.rels':
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
      '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>',
    'xl/workbook.xml':
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><workbook xmlns="${MAIN}" xmlns:r="${RELATIONSHIPS}">` +
      (spec.workbookPr ?? '<workbookPr/>') +
      '<sheets>' +
      spec.sheets
        .map((sheet, index) => `<sheet name="${escape(sheet.name)}" sheetId="${index + 1}"${sheet.state ? ` state="${sheet.state}"` : ''} r:id="rId${index + 1}"/>`)
        .join('') +
      '</sheets></workbook>',
    'xl/_rels/workbook.xml.rels':
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
      spec.sheets
        .map((_sheet, index) => `<Relationship Id="rId${index + 1}" Type="${RELATIONSHIPS}/worksheet" Target="worksheets/sheet${index + 1}.xml"/>`)
        .join('') +
      `<Relationship Id="rId${spec.sheets.length + 1}" Type="${RELATIONSHIPS}/styles" Target="styles.xml"/></Relationships>`,
    'xl/styles.xml':
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><styleSheet xmlns="${MAIN}">` +
      `<numFmts count="${Object.keys(spec.numberFormats ?? {}).length}">` +
      Object.entries(spec.numberFormats ?? {})
        .map(([id, code]) => `<numFmt numFmtId="${id}" formatCode="${escape(code)}"/>`)
        .join('') +
      '</numFmts><fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts>' +
      '<fills count="1"><fill><patternFill patternType="none"/></fill></fills><borders count="1"><border/></borders>' +
      '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
      `<cellXfs count="${(spec.styleFormatIds ?? [0]).length}">` +
      (spec.styleFormatIds ?? [0]).map((id) => `<xf numFmtId="${id}" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>`).join('') +
      '</cellXfs></styleSheet>',
  };
  if (spec.sharedStrings) {
    parts['xl/sharedStrings.xml'] =
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><sst xmlns="${MAIN}" count="${spec.sharedStrings.length}" uniqueCount="${spec.sharedStrings.length}">` +
      spec.sharedStrings.join('') +
      '</sst>';
  }
  spec.sheets.forEach((sheet, index) => {
    parts[`xl/worksheets/sheet${index + 1}.xml`] =
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="${MAIN}" xmlns:r="${RELATIONSHIPS}">${sheet.body}</worksheet>`;
  });
  return zipParts({ ...parts, ...spec.extraParts }, { method: spec.method ?? 'deflated' });
}
