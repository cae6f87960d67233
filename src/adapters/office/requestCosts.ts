/**
 * What each Office.js command adds to a request, in bytes of the JSON office.js sends, so that every
 * batch can be cut into requests under Excel on the web's 5 MB limit before Excel refuses one
 * (https://learn.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization#excel-add-ins:
 * "Excel on the web has a payload size limit for requests and responses of 5MB").
 *
 * Calibrated against office.js's own serializer (@microsoft/office-js 16.0, `excel-web-16.00.js` loaded in
 * jsdom, requests of a few thousand commands so the ids run to five digits as in a full request):
 * tests/adapters/officeRequestCosts.test.ts builds the real body of each and holds this table within ±15%.
 * The simulated Excel counts request bytes with this same table, so a batch the adapter sizes wrongly is
 * refused in tests as Excel would refuse it.
 */

/** Excel on the web refuses a request or response over 5 MB (5 × 1024 × 1024 bytes). */
export const PAYLOAD_LIMIT_BYTES = 5 * 1024 * 1024;

/** What the adapter packs into one request: the limit, less room for the table's ±15% and the envelope. */
export const REQUEST_BYTE_BUDGET = 4_200_000;

export const REQUEST_COSTS = {
  /** A request with nothing in it, and a sheet by name (`worksheets.getItem`), paid once per request. */
  request: 420,
  /** `sheet.getRange(cell).load('format/fill/color')`: reading one cell's fill before marking it. */
  cellFillRead: 290,
  /** `sheet.getRange(cell).format.fill.color = …` */
  cellFillSet: 585,
  /** `sheet.getRange(cell).format.fill.clear()` */
  cellFillClear: 575,
  /** `sheet.notes.getItemOrNullObject(cell).load('content')` */
  noteRead: 290,
  /** `sheet.notes.add(cell, text)`, plus the text's JSON. */
  noteAdd: 190,
  /** `note.content = text` on a note got by cell, plus the text's JSON. */
  noteSet: 275,
  /** `note.delete()` on a note got by cell, or one of a loaded collection. */
  noteDelete: 275,
  /** `getRangeByIndexes(…).load('values,numberFormat')` or `.load('text')`: one block of cells read. */
  rangeLoad: 310,
  /** `getRangeByIndexes(…).getMergedAreasOrNullObject().load('address')`: the merged areas of one band. */
  mergedAreasLoad: 495,
  /** `getRangeByIndexes(…).values = …`, plus the values' JSON. */
  valuesWrite: 300,
  /** `range.numberFormat = …` on a range already in the request, plus the formats' JSON. */
  numberFormatWrite: 110,
  /** A range by address (`getRange('A1:F1')`), before what is set on it. */
  rangeByAddress: 290,
  /** One format property set on that range (bold, fill colour, font size, alignment, wrap). */
  formatProperty: 300,
  /** One border edge (`borders.getItem(edge).style = …`). */
  borderEdge: 335,
  /** One column's width (`getRangeByIndexes(0, c, 1, 1).getEntireColumn().format.columnWidth = …`). */
  columnWidth: 640,
  /**
   * Upper bound of any other single command the adapter queues (add, copy, rename or delete a sheet,
   * delete rows, merge, freeze, page setup, chart, paste a backup); each is checked to stay under it.
   */
  smallCommand: 1_000,
} as const;

/** UTF-8 bytes of the JSON office.js sends for a value (strings with their quotes, arrays with commas). */
export function jsonBytes(payload: unknown): number {
  const json = JSON.stringify(payload) ?? '';
  let bytes = 0;
  for (let index = 0; index < json.length; index += 1) {
    const code = json.charCodeAt(index);
    bytes += code < 0x80 ? 1 : code < 0x800 ? 2 : code >= 0xd800 && code <= 0xdbff ? 2 : 3;
  }
  return bytes;
}
