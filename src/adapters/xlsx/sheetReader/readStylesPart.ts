/**
 * The number format of each cell style in xl/styles.xml (`<numFmts>` and `<cellXfs>`): custom codes
 * first (as written, escapes kept), then the built-in codes by id.
 */
import { BUILT_IN_NUMBER_FORMATS, ZH_CN_BUILT_IN_NUMBER_FORMATS } from './excelJsConversions';
import { DamagedXlsxError } from './readerErrors';
import { XML_CLOSE, XML_END, XML_OPEN, XmlCursor } from './xmlCursor';

/** What a cell, row or column style attribute (`s="3"`) means for reading values. */
export interface StyleFormats {
  /**
   * Whether ExcelJS gives the cell a style at all: style 0, a missing or an unknown index give none
   * (and so no number format and no date conversion).
   */
  hasStyle(styleId: number): boolean;
  /** The style's number format, undefined where ExcelJS has none ('General' for the grid). */
  formatOf(styleId: number): string | undefined;
}

export function readStylesPart(xml: string): StyleFormats {
  const cursor = new XmlCursor(xml, 'xl/styles.xml');
  const customFormats = new Map<number, string>();
  const styleFormatIds: number[] = [];
  let section: 'numFmts' | 'cellXfs' | null = null;
  for (let token = cursor.next(); token !== XML_END; token = cursor.next()) {
    if (token === XML_CLOSE) {
      if (cursor.name === section) section = null;
      continue;
    }
    if (token !== XML_OPEN) continue;
    const name = cursor.name;
    if (section === null) {
      if (name === 'numFmts' || name === 'cellXfs') section = name;
      // Everything else (fonts, fills, cellStyleXfs, dxfs, …) has formats or xfs that are not cell styles.
      else if (name !== 'styleSheet') cursor.skipElement();
      continue;
    }
    if (section === 'numFmts' && name === 'numFmt') {
      const code = cursor.attribute('formatCode');
      if (code === undefined) throw new DamagedXlsxError('a number format without a code in xl/styles.xml');
      // Kept as written: ExcelJS drops every backslash, which turns `00\.00` (two literal points) into a
      // decimal point and `\"` into the start of a quoted literal; the formatter reads the escapes as Excel does.
      customFormats.set(parseInt(cursor.attribute('numFmtId') ?? '', 10), code);
      cursor.skipElement();
    } else if (section === 'cellXfs' && name === 'xf') {
      styleFormatIds.push(parseInt(cursor.attribute('numFmtId') ?? '', 10));
      cursor.skipElement();
    } else {
      cursor.skipElement();
    }
  }

  const formats = styleFormatIds.map((id) => (id ? customFormats.get(id) || BUILT_IN_NUMBER_FORMATS[id] || ZH_CN_BUILT_IN_NUMBER_FORMATS[id] : undefined));
  return {
    hasStyle: (styleId) => styleId > 0 && styleId < styleFormatIds.length,
    formatOf: (styleId) => (styleId > 0 ? formats[styleId] : undefined),
  };
}
