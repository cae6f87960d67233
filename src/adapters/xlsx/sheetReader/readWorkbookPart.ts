/**
 * The sheets of a workbook from xl/workbook.xml and its relationships: names, visibility, where each
 * sheet's part is, and the date system. Only sheets ExcelJS would load are listed (a chart sheet is not).
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

/** ExcelJS parses a zip entry as a worksheet only when its name matches this. */
const WORKSHEET_PART = /xl\/worksheets\/sheet(\d+)[.]xml/;

/**
 * `relationshipsXml` is xl/_rels/workbook.xml.rels (null when the file has none: then no sheet can be
 * found, as in ExcelJS); `hasPart` says whether the zip holds an entry.
 */
export function readWorkbookPart(workbookXml: string, relationshipsXml: string | null, hasPart: (name: string) => boolean): WorkbookPart {
  const { declared, date1904 } = readSheetDeclarations(workbookXml);
  const targets = relationshipsXml === null ? new Map<string, string>() : readRelationshipTargets(relationshipsXml, 'xl/_rels/workbook.xml.rels');

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
    const target = sheet.relationId === undefined ? undefined : targets.get(sheet.relationId);
    if (target === undefined) continue;
    const part = `xl/${target.replace(/^(\s|\/xl\/)+/, '')}`;
    if (!WORKSHEET_PART.test(part) || !hasPart(part)) continue;
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

function readSheetDeclarations(xml: string): { declared: DeclaredSheet[]; date1904: boolean } {
  const cursor = new XmlCursor(xml, 'xl/workbook.xml');
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
            relationId: cursor.attribute('r:id'),
          });
        }
        break;
      case 'workbookPr':
        date1904 = cursor.attribute('date1904') === '1';
        break;
      default:
        break;
    }
  }
  return { declared, date1904 };
}

/** Relationship ids → targets, as written (a later duplicate id wins, as in ExcelJS). */
export function readRelationshipTargets(xml: string, part: string): Map<string, string> {
  const cursor = new XmlCursor(xml, part);
  const targets = new Map<string, string>();
  for (let token = cursor.next(); token !== XML_END; token = cursor.next()) {
    if (token !== XML_OPEN || cursor.name !== 'Relationship') continue;
    const id = cursor.attribute('Id');
    const target = cursor.attribute('Target');
    if (id !== undefined && target !== undefined) targets.set(id, target);
  }
  return targets;
}
