/**
 * The sheets of a workbook from its workbook part and that part's relationships: names, visibility,
 * where each sheet's part is (wherever the relationships say: Apple Numbers writes `sheet.xml`, other
 * generators put the workbook outside `xl/`), and the date system. Only worksheets are listed (a chart
 * sheet is not).
 */
import { decodeXmlEntitiesAgain } from './excelJsConversions';
import { DamagedXlsxError, UnsupportedXlsxError } from './readerErrors';
import { XML_CLOSE, XML_END, XML_OPEN, XmlCursor } from './xmlCursor';

export interface WorkbookSheet {
  readonly name: string;
  readonly visible: boolean;
  /** The zip entry of the sheet's XML (`xl/worksheets/sheet1.xml`). */
  readonly part: string;
}

export interface WorkbookPart {
  readonly sheets: readonly WorkbookSheet[];
  readonly date1904: boolean;
}

interface DeclaredSheet {
  readonly name: string;
  readonly id: number;
  readonly state: string | undefined;
  readonly relationId: string | undefined;
}

export interface Relationship {
  readonly target: string;
  /** The relationship type's last segment (`worksheet`, `styles`, `sharedStrings`, `officeDocument`). */
  readonly kind: string;
}

/**
 * `workbookPartName` is the workbook part's zip entry, `relationshipsXml` its relationships (null when
 * the file has none: then no sheet can be found); `partOf` gives the zip entry of a part name, matching
 * case-insensitively as Excel does, or undefined when there is none.
 */
export function readWorkbookPart(
  workbookXml: string,
  workbookPartName: string,
  relationshipsXml: string | null,
  partOf: (name: string) => string | undefined,
): WorkbookPart {
  const { declared, date1904 } = readSheetDeclarations(workbookXml, workbookPartName);
  const relationships = relationshipsXml === null ? new Map<string, Relationship>() : readRelationships(relationshipsXml, relationshipsPartOf(workbookPartName));

  const ids = new Set<number>();
  for (const sheet of declared) {
    // ExcelJS files sheets by id and orders them by the first declaration with that id: odd ids are not mirrored.
    if (!Number.isInteger(sheet.id) || sheet.id < 1 || ids.has(sheet.id)) throw new UnsupportedXlsxError(`sheet id ${sheet.id}`);
    ids.add(sheet.id);
  }
  const sheets: WorkbookSheet[] = [];
  const parts = new Set<string>();
  const names = new Set<string>();
  for (const sheet of declared) {
    const relationship = sheet.relationId === undefined ? undefined : relationships.get(sheet.relationId);
    // Chart sheets, dialog and macro sheets hold no cells.
    if (relationship === undefined || relationship.kind !== 'worksheet') continue;
    const part = partOf(resolvePartName(workbookPartName, relationship.target));
    if (part === undefined) continue;
    if (parts.has(part)) throw new UnsupportedXlsxError(`two sheets share ${part}`);
    parts.add(part);
    if (!isPlainSheetName(sheet.name, names)) throw new UnsupportedXlsxError(`sheet name "${sheet.name}"`);
    names.add(sheet.name.toLowerCase());
    sheets.push({ name: sheet.name, visible: (sheet.state || 'visible') === 'visible', part });
  }
  return { sheets, date1904 };
}

/**
 * A name ExcelJS takes as it is. It refuses empty, reserved, duplicate and ill-formed names (the file
 * is then `file.corrupt`) and cuts long ones to 31 characters; such files are left to it.
 */
function isPlainSheetName(name: string, taken: ReadonlySet<string>): boolean {
  return (
    name !== '' &&
    name !== 'History' &&
    name.length <= 31 &&
    !/[*?:/\\[\]]/.test(name) &&
    !/(^')|('$)/.test(name) &&
    !taken.has(name.toLowerCase())
  );
}

/** The namespaces of relationship ids: transitional and strict OOXML. */
const RELATIONSHIP_NAMESPACES = ['http://schemas.openxmlformats.org/officeDocument/2006/relationships', 'http://purl.oclc.org/ooxml/officeDocument/relationships'];

/**
 * The attributes that may name a sheet's relationship: `r:id`, under every prefix the part binds to the
 * namespace, on the root or on the element itself (`<sheet xmlns:relationships="…" relationships:id="rId1"/>`).
 */
function relationIdAttributes(xml: string): string[] {
  const prefixes = new Set<string>();
  for (const namespace of RELATIONSHIP_NAMESPACES) {
    const declaration = new RegExp(`xmlns:([A-Za-z_][\\w.-]*)\\s*=\\s*["']${namespace.replace(/[.]/g, '\\.')}["']`, 'g');
    for (const match of xml.matchAll(declaration)) prefixes.add(`${match[1] ?? 'r'}:id`);
  }
  return prefixes.size === 0 ? ['r:id'] : [...prefixes];
}

function readSheetDeclarations(xml: string, part: string): { declared: DeclaredSheet[]; date1904: boolean } {
  const cursor = new XmlCursor(xml, part);
  const relationIds = relationIdAttributes(xml);
  const declared: DeclaredSheet[] = [];
  let date1904 = false;
  let inSheets = false;
  for (let token = cursor.next(); token !== XML_END; token = cursor.next()) {
    if (token === XML_CLOSE) {
      if (cursor.name === 'sheets') inSheets = false;
      continue;
    }
    if (token !== XML_OPEN) continue;
    switch (cursor.name) {
      case 'sheets':
        inSheets = true;
        break;
      case 'sheet':
        if (inSheets) {
          const name = cursor.attribute('name');
          if (name === undefined) throw new DamagedXlsxError('a sheet without a name in xl/workbook.xml');
          declared.push({
            name: decodeXmlEntitiesAgain(name),
            id: parseInt(cursor.attribute('sheetId') ?? '', 10),
            state: cursor.attribute('state'),
            relationId: relationIds.map((attribute) => cursor.attribute(attribute)).find((value) => value !== undefined),
          });
        }
        break;
      case 'workbookPr':
        date1904 = isTrue(cursor.attribute('date1904'));
        break;
      default:
        break;
    }
  }
  return { declared, date1904 };
}

/** An XML Schema boolean: `1` and `true` (LibreOffice writes `date1904="true"`). */
export function isTrue(value: string | undefined): boolean {
  const trimmed = value?.trim();
  return trimmed === '1' || trimmed === 'true';
}

/** Relationship ids → targets and kinds, as written (a later duplicate id wins). External targets are left out. */
export function readRelationships(xml: string, part: string): Map<string, Relationship> {
  const cursor = new XmlCursor(xml, part);
  const relationships = new Map<string, Relationship>();
  for (let token = cursor.next(); token !== XML_END; token = cursor.next()) {
    // `<ns0:Relationship>`: Python's ElementTree writes the package namespace with a prefix; Excel reads it.
    if (token !== XML_OPEN || (cursor.name !== 'Relationship' && !cursor.name.endsWith(':Relationship'))) continue;
    const id = cursor.attribute('Id');
    const target = cursor.attribute('Target');
    if (id === undefined || target === undefined || cursor.attribute('TargetMode') === 'External') continue;
    const type = cursor.attribute('Type') ?? '';
    relationships.set(id, { target, kind: type.slice(type.lastIndexOf('/') + 1) });
  }
  return relationships;
}

/** The first relationship of a kind, in the order written. */
export function relationshipOfKind(relationships: ReadonlyMap<string, Relationship>, kind: string): Relationship | undefined {
  for (const relationship of relationships.values()) if (relationship.kind === kind) return relationship;
  return undefined;
}

/** The relationships part of a part: `xl/workbook.xml` → `xl/_rels/workbook.xml.rels`. */
export function relationshipsPartOf(part: string): string {
  const slash = part.lastIndexOf('/');
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
}

/**
 * The zip entry a relationship's target names, relative to the part that holds the relationship
 * (`worksheets/sheet1.xml` from `xl/workbook.xml` → `xl/worksheets/sheet1.xml`; `/xl/styles.xml` from the root;
 * `../x.xml` climbs). Percent-escapes are decoded, as targets are URIs.
 */
export function resolvePartName(sourcePart: string, target: string): string {
  let decoded = target.trim().replace(/\\/g, '/');
  try {
    decoded = decodeURIComponent(decoded);
  } catch {
    // A stray `%` is a literal character in a part name.
  }
  const base = decoded.startsWith('/') ? [] : sourcePart.split('/').slice(0, -1);
  for (const segment of decoded.split('/')) {
    if (segment === '' || segment === '.') continue;
    if (segment === '..') base.pop();
    else base.push(segment);
  }
  return base.join('/');
}
