/**
 * A simulated Excel for tests and the bench: the part of the Office.js object model the adapter uses,
 * with Office.js's batching rules. Commands queue on proxies and run in order at `context.sync()`;
 * properties are readable only after `load` + `sync`; a request or response over 5 MB is refused the way
 * Excel on the web refuses it; a protected sheet refuses writes at the command that touches it (commands
 * before it stay applied, as in Excel, which is why the adapter checks first); cell edit mode fails a run
 * that does not delay for it. Every sync is counted with its request and response bytes.
 *
 * Not part of the pane's bundle: only tests and the bench import it.
 */
import { columnIndex, parseRangeAddress, type RangePosition } from '../../src/core';
import { PAYLOAD_LIMIT_BYTES, REQUEST_COSTS, jsonBytes } from '../../src/adapters/office/requestCosts';
import { CURRENT_LIBRARY, type LoadedLibrary } from '../../src/adapters/office/requirements';

export { PAYLOAD_LIMIT_BYTES };

/** `getMergedAreasOrNullObject` fails on a range holding more merged areas than this. */
export const MERGED_AREAS_LIMIT = 512;

export interface SimulatedCell {
  /** '' is an empty cell; a formula is kept as its text with `value` its result. */
  value: string | number | boolean;
  formula: string | null;
  numberFormat: string;
  fill: string | null;
  /** Other formats set on the cell (`bold`, `fontColor`, `EdgeTop`, `wrap`, …); absent means none. */
  style?: Record<string, string | number | boolean>;
}

export type SheetVisibility = 'Visible' | 'Hidden' | 'VeryHidden';

/** A workbook-level defined name; `sheet` becomes null (#REF!) when its sheet is deleted, and follows a rename. */
export interface SimulatedName {
  readonly name: string;
  sheet: string | null;
  readonly address: string;
}

export interface SimulatedSheet {
  name: string;
  rows: (SimulatedCell | undefined)[][];
  protected: boolean;
  visibility: SheetVisibility;
  merges: RangePosition[];
  notes: Map<string, string>;
  validations: { address: string; source: string }[];
  charts: { type: string; address: string; title: string }[];
  frozenRows: number;
  /** Points, by 0-based column; a column without an entry has Excel's default width. */
  columnWidths: Map<number, number>;
  /** Points, by 0-based row; a row without an entry has the default height. */
  rowHeights: Map<number, number>;
  pageLayout: { orientation: string; paperSize: string; printTitleRows: string | null; zoom?: Record<string, unknown> };
}

export interface SyncRecord {
  readonly requestBytes: number;
  readonly responseBytes: number;
}

export interface SimulatedRun {
  readonly options: Excel.RunOptions;
  readonly syncs: SyncRecord[];
}

class OfficeError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'RichApi.Error';
  }
}

type Entry = { readonly request: unknown; readonly execute: () => unknown };

export class SimulatedExcel {
  readonly sheets: SimulatedSheet[] = [];
  readonly names: SimulatedName[] = [];
  readonly runs: SimulatedRun[] = [];
  activeSheet = '';
  selection: { sheet: string; address: string } | null = null;
  /** The user is typing in a cell: runs that do not delay for it fail. */
  cellEditMode = false;
  readOnly = false;
  /**
   * The office.js the pane loaded: members it lacks are absent from the proxies too (reading
   * `worksheet.notes` on @microsoft/office-js 1.1.110 gives undefined, so `.add` throws TypeError), and a
   * library without ExcelApi 1.20 ignores `mergeUndoGroup`.
   */
  library: LoadedLibrary = CURRENT_LIBRARY;
  /** Requests and responses over this are refused (Excel on the web: 5 MB); a test may lower it to make Excel stricter than the adapter's estimate. */
  payloadLimitBytes = PAYLOAD_LIMIT_BYTES;
  /** Steps the user's Ctrl+Z walks back: one per sync that changed something, one per run that merged its undo group. */
  undoSteps = 0;

  /** A simulated workbook holding sheets of plain rows (numbers stay numbers, strings stay text). */
  static withSheets(sheets: Readonly<Record<string, readonly (readonly (string | number | boolean | null)[])[]>>): SimulatedExcel {
    const excel = new SimulatedExcel();
    for (const [name, rows] of Object.entries(sheets)) {
      const sheet = excel.addSheet(name);
      rows.forEach((row, r) =>
        row.forEach((value, c) => {
          if (value !== null) setCell(sheet, r, c, { value, formula: null, numberFormat: formatTypedAs(value), fill: null });
        }),
      );
    }
    excel.activeSheet = Object.keys(sheets)[0] ?? '';
    return excel;
  }

  addSheet(name: string): SimulatedSheet {
    const sheet: SimulatedSheet = {
      name,
      rows: [],
      protected: false,
      visibility: 'Visible',
      merges: [],
      notes: new Map(),
      validations: [],
      charts: [],
      frozenRows: 0,
      columnWidths: new Map(),
      rowHeights: new Map(),
      pageLayout: { orientation: 'Portrait', paperSize: 'Letter', printTitleRows: null },
    };
    this.sheets.push(sheet);
    return sheet;
  }

  sheet(name: string): SimulatedSheet | undefined {
    return this.sheets.find((sheet) => sheet.name === name);
  }

  /** Total syncs since the last reset, over every run. */
  get syncCount(): number {
    return this.runs.reduce((total, run) => total + run.syncs.length, 0);
  }

  resetCounts(): void {
    this.runs.length = 0;
  }

  /** What `Excel.run(options, batch)` does, on this simulated workbook. */
  readonly run = async <T>(options: Excel.RunOptions, batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> => {
    const record: SimulatedRun = { options, syncs: [] };
    this.runs.push(record);
    const context = new SimulatedContext(this, record);
    const grouped = options.mergeUndoGroup === true && this.library.has('CustomFunctionManager', 'setVisibility');
    const stepsBefore = this.undoSteps;
    try {
      const result = await batch(context as unknown as Excel.RequestContext);
      if (context.pending.length > 0) await context.sync();
      return result;
    } finally {
      if (grouped && this.undoSteps > stepsBefore) this.undoSteps = stepsBefore + 1;
    }
  };

  requireSheet(name: string): SimulatedSheet {
    const sheet = this.sheet(name);
    if (!sheet) throw new OfficeError('ItemNotFound', `The requested resource doesn't exist: ${name}`);
    return sheet;
  }

  requireWritable(sheet: SimulatedSheet): void {
    if (this.readOnly) throw new OfficeError('AccessDenied', 'The workbook is read-only.');
    if (sheet.protected) throw new OfficeError('AccessDenied', `The cell or chart you're trying to change is on a protected sheet: ${sheet.name}`);
  }
}

/** A user's text that Excel would otherwise read as a number or formula was typed into a text-formatted cell. */
function formatTypedAs(value: string | number | boolean): string {
  return typeof value === 'string' && (/^[=+\-@]/.test(value) || /^-?\d+(\.\d+)?$/.test(value.trim())) ? '@' : 'General';
}

function visibleSheets(excel: SimulatedExcel): SimulatedSheet[] {
  return excel.sheets.filter((sheet) => sheet.visibility === 'Visible');
}

function copyName(excel: SimulatedExcel, name: string): string {
  for (let number = 2; ; number += 1) {
    const candidate = `${name.slice(0, 31 - ` (${number})`.length)} (${number})`;
    if (!excel.sheet(candidate)) return candidate;
  }
}

function cloneCell(cell: SimulatedCell | undefined): SimulatedCell | undefined {
  return cell ? { ...cell, ...(cell.style ? { style: { ...cell.style } } : {}) } : undefined;
}

function cloneSheet(sheet: SimulatedSheet, name: string): SimulatedSheet {
  return {
    ...sheet,
    name,
    rows: sheet.rows.map((row) => row.map(cloneCell)),
    merges: sheet.merges.map((merge) => ({ ...merge })),
    notes: new Map(sheet.notes),
    validations: sheet.validations.map((validation) => ({ ...validation })),
    charts: sheet.charts.map((chart) => ({ ...chart })),
    columnWidths: new Map(sheet.columnWidths),
    rowHeights: new Map(sheet.rowHeights),
    pageLayout: { ...sheet.pageLayout },
  };
}

function setCell(sheet: SimulatedSheet, row: number, column: number, cell: SimulatedCell): void {
  while (sheet.rows.length <= row) sheet.rows.push([]);
  const cells = sheet.rows[row] ?? [];
  cells[column] = cell;
  sheet.rows[row] = cells;
}

function cellAt(sheet: SimulatedSheet, row: number, column: number): SimulatedCell | undefined {
  return sheet.rows[row]?.[column];
}

/** What Excel shows for a value under a number format (the formats Jindu and its tests meet). */
export function displayedText(cell: SimulatedCell | undefined): string {
  if (!cell || cell.value === '') return '';
  const { value, numberFormat } = cell;
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (typeof value === 'string') return value;
  if (numberFormat === '0%') return `${Math.round(value * 100)}%`;
  if (/y/.test(numberFormat) && /d/.test(numberFormat)) {
    const date = new Date(Date.UTC(1899, 11, 30) + Math.round(value) * 86_400_000);
    const [year, month, day] = [date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate()];
    if (numberFormat.includes('年')) return `${year}年${month}月${day}日`;
    return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  }
  return Number.isInteger(value) ? String(value) : String(Number(value.toPrecision(15)));
}

/** Excel's reading of a typed value under a format: text format keeps text, otherwise numbers and formulas are parsed. */
function typedCell(input: unknown, numberFormat: string, fill: string | null): SimulatedCell {
  if (typeof input === 'number' || typeof input === 'boolean') return { value: input, formula: null, numberFormat, fill };
  const text = input === null || input === undefined ? '' : String(input);
  if (numberFormat === '@') return { value: text, formula: null, numberFormat, fill };
  if (/^[=+\-@]/.test(text) && text.length > 1) return { value: '#NAME?', formula: text.startsWith('=') ? text : `=${text}`, numberFormat, fill };
  if (/^-?\d+(\.\d+)?$/.test(text.trim())) return { value: Number(text), formula: null, numberFormat, fill };
  return { value: text, formula: null, numberFormat, fill };
}


class SimulatedContext {
  pending: Entry[] = [];
  readonly workbook: WorkbookProxy;

  constructor(
    readonly excel: SimulatedExcel,
    private readonly record: SimulatedRun,
  ) {
    this.workbook = new WorkbookProxy(this);
  }

  enqueue(request: unknown, execute: () => unknown): void {
    this.pending.push({ request, execute });
  }

  async sync(): Promise<void> {
    const entries = this.pending;
    this.pending = [];
    const requestBytes = REQUEST_COSTS.request + entries.reduce((total, entry) => total + commandBytes(entry.request), 0);
    if (this.excel.cellEditMode && !this.record.options.delayForCellEdit) {
      this.record.syncs.push({ requestBytes, responseBytes: 0 });
      throw new OfficeError('InvalidOperationInCellEditMode', 'Excel is in cell-editing mode.');
    }
    if (requestBytes > this.excel.payloadLimitBytes) {
      this.record.syncs.push({ requestBytes, responseBytes: 0 });
      throw new OfficeError('RequestPayloadSizeLimitExceeded', `request of ${requestBytes} bytes`);
    }
    const responses: unknown[] = [];
    if (entries.some((entry) => changesWorkbook(entry.request))) this.excel.undoSteps += 1;
    try {
      for (const entry of entries) responses.push(entry.execute());
    } finally {
      this.record.syncs.push({ requestBytes, responseBytes: jsonBytes(responses) });
    }
    const responseBytes = jsonBytes(responses);
    if (responseBytes > this.excel.payloadLimitBytes) {
      throw new OfficeError('ResponsePayloadSizeLimitExceeded', `response of ${responseBytes} bytes`);
    }
  }
}

const STYLE_KEYS = new Set(['bold', 'fontColor', 'fontSize', 'wrap', 'horizontalAlignment', 'verticalAlignment', 'orientation', 'paperSize', 'zoom']);
const EDGE_KEYS = new Set(['EdgeTop', 'EdgeBottom', 'EdgeLeft', 'EdgeRight', 'InsideHorizontal', 'InsideVertical']);

/**
 * What a command adds to the request, by the adapter's cost table (src/adapters/office/requestCosts.ts,
 * calibrated against office.js's serializer): what Excel on the web weighs against its 5 MB.
 */
function commandBytes(request: unknown): number {
  const command = (typeof request === 'object' && request !== null ? request : {}) as Record<string, unknown>;
  const [key] = Object.keys(command);
  if (key === 'load') {
    switch (command.load) {
      case 'range':
        return command.selection === 'format/fill/color' ? REQUEST_COSTS.cellFillRead : REQUEST_COSTS.rangeLoad;
      case 'mergedAreas':
        return REQUEST_COSTS.mergedAreasLoad;
      case 'note':
        return REQUEST_COSTS.noteRead;
      default:
        return REQUEST_COSTS.rangeLoad;
    }
  }
  if (key === 'fill') return REQUEST_COSTS.cellFillSet;
  if (key === 'fillClear') return REQUEST_COSTS.cellFillClear;
  if (key === 'values') return REQUEST_COSTS.valuesWrite + jsonBytes(command.values);
  if (key === 'numberFormat') return REQUEST_COSTS.numberFormatWrite + jsonBytes(command.numberFormat);
  if (key === 'addNote') return REQUEST_COSTS.noteAdd + jsonBytes(command.addNote) + jsonBytes(command.content);
  if (key === 'note') return REQUEST_COSTS.noteSet + jsonBytes(command.text);
  if (key === 'deleteNote') return REQUEST_COSTS.noteDelete;
  if (key === 'columnWidth' || key === 'rowHeight') return REQUEST_COSTS.columnWidth;
  if (key !== undefined && STYLE_KEYS.has(key)) return REQUEST_COSTS.formatProperty;
  if (key !== undefined && EDGE_KEYS.has(key)) return REQUEST_COSTS.borderEdge;
  if (key === 'validation') return REQUEST_COSTS.smallCommand + jsonBytes(command.validation);
  return REQUEST_COSTS.smallCommand;
}

/** Loads, selecting and activating leave nothing for Ctrl+Z. */
function changesWorkbook(request: unknown): boolean {
  return !(typeof request === 'object' && request !== null && ('load' in request || 'select' in request || 'activate' in request));
}

/** Reads of unloaded properties fail, as in Office.js. */
class Loadable {
  protected readonly loaded = new Map<string, unknown>();

  protected read<T>(property: string): T {
    if (!this.loaded.has(property)) {
      throw new OfficeError('PropertyNotLoaded', `The property '${property}' is not available. Call load and sync first.`);
    }
    return this.loaded.get(property) as T;
  }
}

function propertiesOf(selection: string): string[] {
  return selection
    .split(',')
    .map((property) => property.trim())
    .filter((property) => property !== '');
}

class WorkbookProxy {
  readonly worksheets: WorksheetCollectionProxy;

  constructor(private readonly context: SimulatedContext) {
    this.worksheets = new WorksheetCollectionProxy(context);
  }

  getSelectedRange(): RangeProxy {
    const excel = this.context.excel;
    return new RangeProxy(this.context, () => {
      const selection = excel.selection ?? { sheet: excel.activeSheet, address: 'A1' };
      return { sheet: excel.requireSheet(selection.sheet), bounds: boundsOf(selection.address) };
    });
  }
}

class WorksheetCollectionProxy extends Loadable {
  constructor(private readonly context: SimulatedContext) {
    super();
  }

  get items(): WorksheetProxy[] {
    return this.read('items');
  }

  load(selection: string): this {
    this.context.enqueue({ load: 'worksheets', selection }, () => {
      const items = this.context.excel.sheets.map((sheet) => {
        const proxy = new WorksheetProxy(this.context, () => sheet);
        proxy.fill(sheet, selection.replace(/items\//g, ''));
        return proxy;
      });
      this.loaded.set('items', items);
      return items.map((item) => item.snapshot());
    });
    return this;
  }

  getItem(name: string): WorksheetProxy {
    return new WorksheetProxy(this.context, () => this.context.excel.requireSheet(name));
  }

  getItemOrNullObject(name: string): WorksheetProxy {
    return new WorksheetProxy(this.context, () => this.context.excel.sheet(name) ?? null);
  }

  getActiveWorksheet(): WorksheetProxy {
    return new WorksheetProxy(this.context, () => this.context.excel.requireSheet(this.context.excel.activeSheet));
  }

  add(name: string): WorksheetProxy {
    this.context.enqueue({ add: name }, () => {
      if (this.context.excel.readOnly) throw new OfficeError('AccessDenied', 'The workbook is read-only.');
      if (this.context.excel.sheet(name)) throw new OfficeError('ItemAlreadyExists', `A sheet named ${name} exists.`);
      this.context.excel.addSheet(name);
      return null;
    });
    return this.getItem(name);
  }
}

class WorksheetProxy extends Loadable {
  readonly protection: { protected: boolean };
  readonly freezePanes: {
    freezeRows: (count: number) => void;
    /** The simulation freezes rows only: the frozen range's last row decides how many. */
    freezeAt: (range: RangeProxy | string) => void;
    unfreeze: () => void;
    getLocationOrNullObject: () => RangeProxy;
  };
  readonly notes: NoteCollectionProxy;
  readonly charts: ChartCollectionProxy;
  readonly pageLayout: {
    orientation: string;
    paperSize: string;
    zoom: unknown;
    setPrintTitleRows: (rows: string) => void;
  };

  constructor(
    private readonly context: SimulatedContext,
    readonly resolve: () => SimulatedSheet | null,
  ) {
    super();
    // Accessor objects (`protection.protected`, `pageLayout.orientation`) need the proxy inside their getters.
    // eslint-disable-next-line @typescript-eslint/no-this-alias
    const worksheet = this;
    this.protection = {
      get protected(): boolean {
        return worksheet.read('protection/protected');
      },
    };
    this.freezePanes = {
      freezeRows: (count) => this.mutate({ freezeRows: count }, (sheet) => (sheet.frozenRows = count)),
      freezeAt: (range) =>
        this.mutate({ freezeAt: typeof range === 'string' ? range : range.addressOf() }, (sheet) => {
          const bounds = typeof range === 'string' ? boundsOf(range) : range.resolve()?.bounds;
          if (!bounds) throw new OfficeError('ItemNotFound', 'The range does not exist.');
          sheet.frozenRows = bounds.bottom + 1;
        }),
      unfreeze: () => this.mutate({ unfreeze: true }, (sheet) => (sheet.frozenRows = 0)),
      getLocationOrNullObject: () =>
        new RangeProxy(context, () => {
          const sheet = this.requireDerivable();
          return sheet.frozenRows === 0 ? null : { sheet, bounds: { top: 0, left: 0, bottom: sheet.frozenRows - 1, right: LAST_COLUMN } };
        }),
    };
    // Absent where the loaded office.js has no notes, as on the real library (TypeError at the first use).
    this.notes = context.excel.library.has('Worksheet', 'notes') ? new NoteCollectionProxy(context, this) : (undefined as unknown as NoteCollectionProxy);
    this.charts = new ChartCollectionProxy(context, this);
    const layout = { orientation: '', paperSize: '', zoom: null as unknown };
    this.pageLayout = {
      set orientation(value: string) {
        layout.orientation = value;
        worksheet.mutate({ orientation: value }, (sheet) => (sheet.pageLayout.orientation = value));
      },
      get orientation() {
        return layout.orientation;
      },
      set paperSize(value: string) {
        layout.paperSize = value;
        worksheet.mutate({ paperSize: value }, (sheet) => (sheet.pageLayout.paperSize = value));
      },
      get paperSize() {
        return layout.paperSize;
      },
      set zoom(value: unknown) {
        layout.zoom = value;
        worksheet.mutate({ zoom: value }, (sheet) => {
          // Excel.PageLayoutZoomOptions: a scale of 10–400, or whole numbers of pages wide and tall.
          const options = (typeof value === 'object' && value !== null ? value : {}) as Record<string, unknown>;
          const pages = (key: string) => options[key] === undefined || options[key] === null || (Number.isInteger(options[key]) && Number(options[key]) >= 1);
          const scale = options.scale === undefined || options.scale === null || (typeof options.scale === 'number' && options.scale >= 10 && options.scale <= 400);
          const known = Object.keys(options).every((key) => key === 'scale' || key === 'horizontalFitToPages' || key === 'verticalFitToPages');
          if (!known || !scale || !pages('horizontalFitToPages') || !pages('verticalFitToPages')) {
            throw new OfficeError('InvalidArgument', `zoom outside PageLayoutZoomOptions: ${JSON.stringify(value)}`);
          }
          sheet.pageLayout.zoom = { ...options };
        });
      },
      get zoom() {
        return layout.zoom;
      },
      setPrintTitleRows: (rows) => this.mutate({ printTitleRows: rows }, (sheet) => (sheet.pageLayout.printTitleRows = rows)),
    };
  }

  get name(): string {
    return this.read('name');
  }

  /** Renaming: defined names follow the sheet, as in Excel; sheet protection does not prevent it. */
  set name(name: string) {
    this.restructure({ rename: name }, (sheet, excel) => {
      if (name.length > 31 || /[\\/?*[\]:]/.test(name)) throw new OfficeError('InvalidArgument', `bad sheet name ${name}`);
      if (excel.sheets.some((other) => other !== sheet && other.name.toLowerCase() === name.toLowerCase())) {
        throw new OfficeError('ItemAlreadyExists', `A sheet named ${name} exists.`);
      }
      for (const defined of excel.names) if (defined.sheet === sheet.name) defined.sheet = name;
      if (excel.activeSheet === sheet.name) excel.activeSheet = name;
      sheet.name = name;
    });
  }

  get visibility(): string {
    return this.read('visibility');
  }

  set visibility(visibility: string) {
    this.restructure({ visibility }, (sheet, excel) => {
      if (visibility !== 'Visible' && visibility !== 'Hidden' && visibility !== 'VeryHidden') throw new OfficeError('InvalidArgument', `bad visibility ${visibility}`);
      if (visibility !== 'Visible' && sheet.visibility === 'Visible' && visibleSheets(excel).length === 1) {
        throw new OfficeError('InvalidOperation', 'A workbook must keep at least one visible sheet.');
      }
      sheet.visibility = visibility;
    });
  }

  get position(): number {
    return this.read('position');
  }

  set position(position: number) {
    this.restructure({ position }, (sheet, excel) => {
      const sheets = excel.sheets;
      sheets.splice(sheets.indexOf(sheet), 1);
      sheets.splice(Math.max(0, Math.min(position, sheets.length)), 0, sheet);
    });
  }

  get isNullObject(): boolean {
    return this.read('isNullObject');
  }

  fill(sheet: SimulatedSheet | null, selection: string): void {
    this.loaded.set('isNullObject', sheet === null);
    if (!sheet) return;
    for (const property of propertiesOf(selection)) {
      if (property === 'name') this.loaded.set('name', sheet.name);
      else if (property === 'visibility') this.loaded.set('visibility', sheet.visibility);
      else if (property === 'position') this.loaded.set('position', this.context.excel.sheets.indexOf(sheet));
      else if (property === 'protection/protected') this.loaded.set('protection/protected', sheet.protected);
      else throw new OfficeError('InvalidArgument', `unknown worksheet property ${property}`);
    }
  }

  snapshot(): Record<string, unknown> {
    return Object.fromEntries(this.loaded);
  }

  load(selection: string): this {
    this.context.enqueue({ load: 'worksheet', selection }, () => {
      this.fill(this.resolve(), selection);
      return this.snapshot();
    });
    return this;
  }

  /**
   * Office.js gives no defined behaviour for objects derived from a null object (a missing sheet from
   * getItemOrNullObject); the simulation refuses them so code that relies on it fails here first.
   */
  requireDerivable(): SimulatedSheet {
    const sheet = this.resolve();
    if (!sheet) throw new OfficeError('InvalidObjectPath', 'an object was derived from a null object');
    return sheet;
  }

  requireSheet(): SimulatedSheet {
    const sheet = this.resolve();
    if (!sheet) throw new OfficeError('ItemNotFound', 'The worksheet does not exist.');
    return sheet;
  }

  mutate(request: unknown, change: (sheet: SimulatedSheet) => void): void {
    this.context.enqueue(request, () => {
      const sheet = this.requireSheet();
      this.context.excel.requireWritable(sheet);
      change(sheet);
      return null;
    });
  }

  /** A change to the workbook's structure (name, visibility, order): refused only in a read-only workbook. */
  private restructure(request: unknown, change: (sheet: SimulatedSheet, excel: SimulatedExcel) => void): void {
    this.context.enqueue(request, () => {
      const sheet = this.requireSheet();
      if (this.context.excel.readOnly) throw new OfficeError('AccessDenied', 'The workbook is read-only.');
      change(sheet, this.context.excel);
      return null;
    });
  }

  /**
   * As in Excel: a very hidden sheet cannot be deleted (make it hidden first), nor the last visible one;
   * defined names that pointed at the sheet become #REF!.
   */
  delete(): void {
    this.restructure({ deleteSheet: true }, (sheet, excel) => {
      if (sheet.visibility === 'VeryHidden') throw new OfficeError('InvalidOperation', `A very hidden sheet cannot be deleted: ${sheet.name}`);
      if (sheet.visibility === 'Visible' && visibleSheets(excel).length === 1) throw new OfficeError('InvalidOperation', 'A workbook must keep at least one visible sheet.');
      excel.sheets.splice(excel.sheets.indexOf(sheet), 1);
      for (const defined of excel.names) if (defined.sheet === sheet.name) defined.sheet = null;
      if (excel.activeSheet === sheet.name) excel.activeSheet = visibleSheets(excel)[0]?.name ?? '';
    });
  }

  /**
   * A copy of the sheet with everything on it (cells, formats, merges, notes, validation, sizes), named as
   * Excel names copies (`三季度 (2)`) and placed at `positionType`. Excel makes the copy the active sheet.
   */
  copy(positionType: string = 'None', relativeTo?: WorksheetProxy): WorksheetProxy {
    let created: SimulatedSheet | null = null;
    this.restructure({ copy: positionType }, (sheet, excel) => {
      const copy = cloneSheet(sheet, copyName(excel, sheet.name));
      const sheets = excel.sheets;
      const anchor = relativeTo?.resolve() ?? null;
      const index =
        positionType === 'End'
          ? sheets.length
          : positionType === 'Before' && anchor
            ? sheets.indexOf(anchor)
            : positionType === 'After' && anchor
              ? sheets.indexOf(anchor) + 1
              : 0;
      sheets.splice(index, 0, copy);
      excel.activeSheet = copy.name;
      created = copy;
    });
    return new WorksheetProxy(this.context, () => created);
  }

  activate(): void {
    this.context.enqueue({ activate: true }, () => {
      this.context.excel.activeSheet = this.requireSheet().name;
      return null;
    });
  }

  getRange(address?: string): RangeProxy {
    return new RangeProxy(this.context, () => {
      const sheet = this.requireDerivable();
      if (address === undefined) return { sheet, bounds: { top: 0, left: 0, bottom: 1_048_575, right: 16_383 } };
      return { sheet, bounds: boundsOf(address) };
    });
  }

  getRangeByIndexes(row: number, column: number, rowCount: number, columnCount: number): RangeProxy {
    return new RangeProxy(this.context, () => {
      const sheet = this.requireDerivable();
      return { sheet, bounds: { top: row, left: column, bottom: row + rowCount - 1, right: column + columnCount - 1 } };
    });
  }

  getUsedRangeOrNullObject(valuesOnly?: boolean): RangeProxy {
    return new RangeProxy(this.context, () => {
      const sheet = this.requireDerivable();
      let bounds: RangePosition | null = null;
      sheet.rows.forEach((row, r) =>
        row.forEach((cell, c) => {
          if (!cell || (cell.value === '' && (valuesOnly || !isFormatted(cell)))) return;
          bounds = bounds
            ? { top: Math.min(bounds.top, r), left: Math.min(bounds.left, c), bottom: Math.max(bounds.bottom, r), right: Math.max(bounds.right, c) }
            : { top: r, left: c, bottom: r, right: c };
        }),
      );
      return bounds ? { sheet, bounds } : null;
    });
  }
}

function boundsOf(address: string): RangePosition {
  const local = address.slice(address.lastIndexOf('!') + 1);
  const whole = /^\$?(\d+):\$?(\d+)$/.exec(local);
  if (whole) return { top: Number(whole[1]) - 1, left: 0, bottom: Number(whole[2]) - 1, right: 16_383 };
  const columns = /^\$?([A-Z]+):\$?([A-Z]+)$/.exec(local);
  if (columns) return { top: 0, left: columnIndex(columns[1] ?? 'A'), bottom: 1_048_575, right: columnIndex(columns[2] ?? 'A') };
  const bounds = parseRangeAddress(local.replace(/\$/g, ''));
  if (!bounds) throw new OfficeError('InvalidArgument', `bad address ${address}`);
  return bounds;
}

interface ResolvedRange {
  readonly sheet: SimulatedSheet;
  readonly bounds: RangePosition;
}

class RangeProxy extends Loadable {
  readonly format: {
    fill: { color: string; clear: () => void };
    font: { bold: boolean; color: string; size: number };
    wrapText: boolean;
    horizontalAlignment: string;
    verticalAlignment: string;
    columnWidth: number;
    rowHeight: number;
    borders: { getItem: (edge: string) => { style: string } };
  };
  readonly dataValidation: { clear: () => void; rule: unknown };

  constructor(
    private readonly context: SimulatedContext,
    readonly resolve: () => ResolvedRange | null,
  ) {
    super();
    // Accessor objects (`format.fill.color`) need the proxy inside their getters and setters.
    // eslint-disable-next-line @typescript-eslint/no-this-alias
    const range = this;
    const styleSetter = (name: string) => (value: string | number | boolean) =>
      this.mutate({ [name]: value }, (resolved) =>
        forEachCell(resolved, (cell) => {
          cell.style = { ...cell.style, [name]: value };
        }),
      );
    this.format = {
      fill: {
        get color(): string {
          return range.read('format/fill/color');
        },
        set color(value: string) {
          range.mutate({ fill: value }, (resolved) => forEachCell(resolved, (cell) => (cell.fill = value)));
        },
        clear: () => this.mutate({ fillClear: true }, (resolved) => forEachCell(resolved, (cell) => (cell.fill = null))),
      },
      font: {
        set bold(value: boolean) {
          styleSetter('bold')(value);
        },
        get bold() {
          return false;
        },
        set color(value: string) {
          styleSetter('fontColor')(value);
        },
        get color() {
          return '';
        },
        set size(value: number) {
          styleSetter('fontSize')(value);
        },
        get size() {
          return 11;
        },
      },
      set wrapText(value: boolean) {
        styleSetter('wrap')(value);
      },
      get wrapText() {
        return false;
      },
      set horizontalAlignment(value: string) {
        styleSetter('horizontalAlignment')(value);
      },
      get horizontalAlignment() {
        return 'General';
      },
      set verticalAlignment(value: string) {
        styleSetter('verticalAlignment')(value);
      },
      get verticalAlignment() {
        return 'Bottom';
      },
      set columnWidth(value: number) {
        range.mutate({ columnWidth: value }, (resolved) => {
          for (let column = resolved.bounds.left; column <= resolved.bounds.right; column += 1) resolved.sheet.columnWidths.set(column, value);
        });
      },
      get columnWidth() {
        return range.read('format/columnWidth');
      },
      set rowHeight(value: number) {
        range.mutate({ rowHeight: value }, (resolved) => {
          for (let row = resolved.bounds.top; row <= resolved.bounds.bottom; row += 1) resolved.sheet.rowHeights.set(row, value);
        });
      },
      get rowHeight() {
        return range.read('format/rowHeight');
      },
      borders: { getItem: (edge) => ({ set style(value: string) { styleSetter(edge)(value); }, get style() { return 'None'; } }) },
    };
    this.dataValidation = {
      clear: () =>
        this.mutate({ validationClear: true }, (resolved) => {
          resolved.sheet.validations = resolved.sheet.validations.flatMap((validation) => validationOutside(validation, resolved.bounds));
        }),
      set rule(value: unknown) {
        range.mutate({ validation: value }, (resolved) => {
          const source = (value as { list?: { source?: string } }).list?.source ?? '';
          resolved.sheet.validations.push({ address: range.addressOf(), source });
        });
      },
      get rule(): unknown {
        return null;
      },
    };
  }

  private resolveOrFail(): ResolvedRange {
    const resolved = this.resolve();
    if (!resolved) throw new OfficeError('ItemNotFound', 'The range does not exist.');
    return resolved;
  }

  addressOf(): string {
    const resolved = this.resolve();
    if (!resolved) return '';
    const { top, left, bottom, right } = resolved.bounds;
    return rangeText(top, left, bottom, right);
  }

  private mutate(request: unknown, change: (resolved: ResolvedRange) => void): void {
    this.context.enqueue(request, () => {
      const resolved = this.resolveOrFail();
      this.context.excel.requireWritable(resolved.sheet);
      change(resolved);
      return null;
    });
  }

  get isNullObject(): boolean {
    return this.read('isNullObject');
  }
  get values(): unknown[][] {
    return this.read('values');
  }
  set values(values: unknown[][]) {
    this.mutate({ values }, (resolved) => {
      values.forEach((row, r) =>
        row.forEach((value, c) => {
          const rowIndex = resolved.bounds.top + r;
          const column = resolved.bounds.left + c;
          if (value === null) return;
          const existing = cellAt(resolved.sheet, rowIndex, column);
          setCell(resolved.sheet, rowIndex, column, typedCell(value, existing?.numberFormat ?? 'General', existing?.fill ?? null));
        }),
      );
    });
  }
  get text(): string[][] {
    return this.read('text');
  }
  get numberFormat(): unknown[][] {
    return this.read('numberFormat');
  }
  set numberFormat(formats: unknown[][]) {
    this.mutate({ numberFormat: formats }, (resolved) => {
      formats.forEach((row, r) =>
        row.forEach((format, c) => {
          // null in a formats array leaves that cell's format as it is.
          if (format === null) return;
          const rowIndex = resolved.bounds.top + r;
          const column = resolved.bounds.left + c;
          const existing = cellAt(resolved.sheet, rowIndex, column);
          setCell(resolved.sheet, rowIndex, column, { ...(existing ?? { value: '', formula: null, fill: null }), numberFormat: String(format) });
        }),
      );
    });
  }
  get rowIndex(): number {
    return this.read('rowIndex');
  }
  get columnIndex(): number {
    return this.read('columnIndex');
  }
  get rowCount(): number {
    return this.read('rowCount');
  }
  get columnCount(): number {
    return this.read('columnCount');
  }
  get address(): string {
    return this.read('address');
  }

  load(selection: string): this {
    this.context.enqueue({ load: 'range', selection }, () => {
      const resolved = this.resolve();
      this.loaded.set('isNullObject', resolved === null);
      if (!resolved) return { isNullObject: true };
      const { sheet, bounds } = resolved;
      const grid = <T>(of: (cell: SimulatedCell | undefined) => T): T[][] =>
        Array.from({ length: bounds.bottom - bounds.top + 1 }, (_, r) =>
          Array.from({ length: bounds.right - bounds.left + 1 }, (__, c) => of(cellAt(sheet, bounds.top + r, bounds.left + c))),
        );
      const response: Record<string, unknown> = {};
      for (const property of propertiesOf(selection)) {
        let value: unknown;
        if (property === 'values') value = grid((cell) => cell?.value ?? '');
        else if (property === 'text') value = grid(displayedText);
        else if (property === 'numberFormat') value = grid((cell) => cell?.numberFormat ?? 'General');
        else if (property === 'rowIndex') value = bounds.top;
        else if (property === 'columnIndex') value = bounds.left;
        else if (property === 'rowCount') value = bounds.bottom - bounds.top + 1;
        else if (property === 'columnCount') value = bounds.right - bounds.left + 1;
        else if (property === 'address') value = `${quoteSheet(sheet.name)}!${this.addressOf()}`;
        else if (property === 'format/columnWidth') value = sheet.columnWidths.get(bounds.left) ?? DEFAULT_COLUMN_WIDTH;
        else if (property === 'format/rowHeight') value = sheet.rowHeights.get(bounds.top) ?? DEFAULT_ROW_HEIGHT;
        else if (property === 'format/fill/color') {
          const cell = cellAt(sheet, bounds.top, bounds.left);
          value = cell?.fill ?? '#FFFFFF';
        } else throw new OfficeError('InvalidArgument', `unknown range property ${property}`);
        this.loaded.set(property, value);
        response[property] = value;
      }
      return response;
    });
    return this;
  }

  getEntireRow(): RangeProxy {
    return new RangeProxy(this.context, () => {
      const resolved = this.resolve();
      return resolved ? { sheet: resolved.sheet, bounds: { ...resolved.bounds, left: 0, right: 16_383 } } : null;
    });
  }

  getEntireColumn(): RangeProxy {
    return new RangeProxy(this.context, () => {
      const resolved = this.resolve();
      return resolved ? { sheet: resolved.sheet, bounds: { ...resolved.bounds, top: 0, bottom: 1_048_575 } } : null;
    });
  }

  /**
   * Deleting whole rows takes everything in them with them (cells with their formats, merges, notes,
   * validation, heights) and moves everything below up, as in Excel.
   */
  delete(shift: string): void {
    this.mutate({ deleteRows: shift }, (resolved) => {
      if (shift !== 'Up' || resolved.bounds.left !== 0 || resolved.bounds.right < 16_383) throw new OfficeError('InvalidArgument', 'only whole rows are deleted upward');
      deleteSheetRows(resolved.sheet, resolved.bounds.top, resolved.bounds.bottom);
    });
  }

  merge(across: boolean): void {
    this.mutate({ merge: across }, (resolved) => resolved.sheet.merges.push(resolved.bounds));
  }

  unmerge(): void {
    this.mutate({ unmerge: true }, (resolved) => {
      resolved.sheet.merges = resolved.sheet.merges.filter((merge) => !intersects(merge, resolved.bounds));
    });
  }

  /**
   * Paste of everything (`All`), as Excel's copy and paste: cells with values, formulas and formats
   * (blank source cells blank the destination), merged areas, notes and validation inside the source;
   * whole rows bring their heights and whole columns their widths. Where Excel's behaviour is not
   * documented the simulation assumes the worst: a merged area at the destination refuses the paste,
   * and notes and validation already at the destination stay.
   */
  copyFrom(source: RangeProxy | string, copyType: string = 'All'): void {
    this.mutate({ copyFrom: typeof source === 'string' ? source : source.addressOf(), copyType }, (resolved) => {
      if (copyType !== 'All') throw new OfficeError('InvalidArgument', `the simulation copies only All, not ${copyType}`);
      const from = typeof source === 'string' ? { sheet: resolved.sheet, bounds: boundsOf(source) } : source.resolve();
      if (!from) throw new OfficeError('ItemNotFound', 'The source range does not exist.');
      pasteAll(from, resolved);
    });
  }

  select(): void {
    this.context.enqueue({ select: true }, () => {
      const resolved = this.resolveOrFail();
      this.context.excel.selection = { sheet: resolved.sheet.name, address: this.addressOf() };
      return null;
    });
  }

  getMergedAreasOrNullObject(): MergedAreasProxy {
    return new MergedAreasProxy(this.context, this);
  }
}

class MergedAreasProxy extends Loadable {
  constructor(
    private readonly context: SimulatedContext,
    private readonly range: RangeProxy,
  ) {
    super();
  }

  get isNullObject(): boolean {
    return this.read('isNullObject');
  }
  get address(): string {
    return this.read('address');
  }

  load(selection: string): this {
    this.context.enqueue({ load: 'mergedAreas', selection }, () => {
      const resolved = this.range.resolve();
      // As Excel: the areas whose top-left cell lies in the range (OfficeDev/office-js#3611), and no
      // answer at all above 512 of them ("will fail to return the result", Range.getMergedAreasOrNullObject).
      const merges = (resolved?.sheet.merges ?? []).filter(
        (merge) => resolved !== null && merge.top >= resolved.bounds.top && merge.top <= resolved.bounds.bottom && merge.left >= resolved.bounds.left && merge.left <= resolved.bounds.right,
      );
      if (merges.length > MERGED_AREAS_LIMIT) throw new OfficeError('GeneralException', `${merges.length} merged areas in the range: more than ${MERGED_AREAS_LIMIT}`);
      this.loaded.set('isNullObject', merges.length === 0);
      const address = merges.map((merge) => `${quoteSheet(resolved?.sheet.name ?? '')}!${rangeText(merge.top, merge.left, merge.bottom, merge.right)}`).join(',');
      this.loaded.set('address', address);
      return { address };
    });
    return this;
  }
}

class ChartCollectionProxy extends Loadable {
  constructor(
    private readonly context: SimulatedContext,
    private readonly worksheet: WorksheetProxy,
  ) {
    super();
  }

  add(type: string, range: RangeProxy, seriesBy: string): { title: { text: string } } {
    const chart = { title: { text: '' } };
    // The adapter sets the title on the returned object before the sync, so read it when the command runs.
    this.worksheet.mutate({ chart: type, seriesBy }, (sheet) => {
      sheet.charts.push({ type, address: range.addressOf(), title: chart.title.text });
    });
    return chart;
  }

  get items(): { name: string; delete: () => void }[] {
    return this.read('items');
  }

  load(selection: string = 'name'): this {
    this.context.enqueue({ load: 'charts', selection }, () => {
      const charts = [...this.worksheet.requireDerivable().charts];
      const items = charts.map((chart, index) => ({
        name: `Chart ${index + 1}`,
        delete: () =>
          this.worksheet.mutate({ deleteChart: index }, (sheet) => {
            const at = sheet.charts.indexOf(chart);
            if (at < 0) throw new OfficeError('ItemNotFound', 'The chart does not exist.');
            sheet.charts.splice(at, 1);
          }),
      }));
      this.loaded.set('items', items);
      return items.map((item) => ({ name: item.name }));
    });
    return this;
  }
}

class NoteCollectionProxy extends Loadable {
  constructor(
    private readonly context: SimulatedContext,
    private readonly worksheet: WorksheetProxy,
  ) {
    super();
  }

  get items(): NoteProxy[] {
    return this.read('items');
  }

  load(selection: string = 'content'): this {
    this.context.enqueue({ load: 'notes', selection }, () => {
      const notes = [...this.worksheet.requireDerivable().notes];
      const items = notes.map(([cell, content]) => NoteProxy.loaded(this.context, this.worksheet, cell, content));
      this.loaded.set('items', items);
      return notes.map(([, content]) => ({ content }));
    });
    return this;
  }

  add(cell: string, content: string): void {
    this.worksheet.mutate({ addNote: cell, content }, (sheet) => {
      if (sheet.notes.has(cell)) throw new OfficeError('InvalidArgument', `a note exists at ${cell}`);
      sheet.notes.set(cell, content);
    });
  }

  getItem(cell: string): NoteProxy {
    return new NoteProxy(this.context, this.worksheet, cell, false);
  }

  getItemOrNullObject(cell: string): NoteProxy {
    return new NoteProxy(this.context, this.worksheet, cell, true);
  }
}

class NoteProxy extends Loadable {
  constructor(
    private readonly context: SimulatedContext,
    private readonly worksheet: WorksheetProxy,
    private readonly cell: string,
    private readonly orNull: boolean,
  ) {
    super();
  }

  /** An item of a loaded note collection. */
  static loaded(context: SimulatedContext, worksheet: WorksheetProxy, cell: string, content: string): NoteProxy {
    const note = new NoteProxy(context, worksheet, cell, false);
    note.loaded.set('isNullObject', false);
    note.loaded.set('content', content);
    return note;
  }

  get isNullObject(): boolean {
    return this.read('isNullObject');
  }

  /** The cell the note is on (where it was when the proxy was made: the simulation does not track moves). */
  getLocation(): RangeProxy {
    return new RangeProxy(this.context, () => ({ sheet: this.worksheet.requireDerivable(), bounds: boundsOf(this.cell) }));
  }

  get content(): string {
    return this.read('content');
  }
  set content(text: string) {
    this.worksheet.mutate({ note: this.cell, text }, (sheet) => {
      if (!sheet.notes.has(this.cell)) throw new OfficeError('ItemNotFound', `no note at ${this.cell}`);
      sheet.notes.set(this.cell, text);
    });
  }

  load(selection: string): this {
    this.context.enqueue({ load: 'note', selection }, () => {
      const note = this.worksheet.requireDerivable().notes.get(this.cell);
      if (note === undefined && !this.orNull) throw new OfficeError('ItemNotFound', `no note at ${this.cell}`);
      this.loaded.set('isNullObject', note === undefined);
      if (note !== undefined) this.loaded.set('content', note);
      return { content: note ?? null };
    });
    return this;
  }

  delete(): void {
    this.worksheet.mutate({ deleteNote: this.cell }, (sheet) => {
      if (!sheet.notes.delete(this.cell)) throw new OfficeError('ItemNotFound', `no note at ${this.cell}`);
    });
  }
}

function forEachCell(resolved: ResolvedRange, visit: (cell: SimulatedCell) => void): void {
  const { sheet, bounds } = resolved;
  // Whole rows or columns: only the cells that exist.
  const bottom = Math.min(bounds.bottom, sheet.rows.length - 1);
  for (let row = bounds.top; row <= bottom; row += 1) {
    const right = Math.min(bounds.right, Math.max(bounds.left, (sheet.rows[row]?.length ?? 0) - 1, bounds.right > 16_000 ? 0 : bounds.right));
    for (let column = bounds.left; column <= right; column += 1) {
      const existing = cellAt(sheet, row, column) ?? { value: '', formula: null, numberFormat: 'General', fill: null };
      visit(existing);
      setCell(sheet, row, column, existing);
    }
  }
}

const DEFAULT_COLUMN_WIDTH = 48;
const DEFAULT_ROW_HEIGHT = 15;
const LAST_ROW = 1_048_575;
const LAST_COLUMN = 16_383;

/** Excel's used range counts formatted empty cells unless asked for values only. */
function isFormatted(cell: SimulatedCell): boolean {
  return cell.fill !== null || cell.numberFormat !== 'General' || Object.keys(cell.style ?? {}).length > 0;
}

function intersects(a: RangePosition, b: RangePosition): boolean {
  return a.top <= b.bottom && b.top <= a.bottom && a.left <= b.right && b.left <= a.right;
}

function inside(inner: RangePosition, outer: RangePosition): boolean {
  return inner.top >= outer.top && inner.bottom <= outer.bottom && inner.left >= outer.left && inner.right <= outer.right;
}

/** A range after rows `top..bottom` are deleted; null when it lay wholly inside them. */
function afterRowsDeleted(bounds: RangePosition, top: number, bottom: number): RangePosition | null {
  const count = bottom - top + 1;
  const shift = (row: number) => (row > bottom ? row - count : row);
  if (bounds.top >= top && bounds.bottom <= bottom) return null;
  const newTop = bounds.top >= top && bounds.top <= bottom ? top : shift(bounds.top);
  const newBottom = bounds.bottom >= top && bounds.bottom <= bottom ? top - 1 : shift(bounds.bottom);
  return { ...bounds, top: newTop, bottom: newBottom };
}

/** What is left of a validation once `cleared` is cleared: the rows above and below it, when it spans the validation's columns. */
function validationOutside(validation: { address: string; source: string }, cleared: RangePosition): { address: string; source: string }[] {
  const bounds = boundsOf(validation.address);
  if (!intersects(bounds, cleared)) return [validation];
  if (cleared.left > bounds.left || cleared.right < bounds.right) return [];
  const parts: RangePosition[] = [];
  if (bounds.top < cleared.top) parts.push({ ...bounds, bottom: cleared.top - 1 });
  if (bounds.bottom > cleared.bottom) parts.push({ ...bounds, top: cleared.bottom + 1 });
  return parts.map((part) => ({ ...validation, address: rangeText(part.top, part.left, part.bottom, part.right) }));
}

function deleteSheetRows(sheet: SimulatedSheet, top: number, bottom: number): void {
  sheet.rows.splice(top, bottom - top + 1);
  const moved = (bounds: RangePosition) => afterRowsDeleted(bounds, top, bottom);
  sheet.merges = sheet.merges.map(moved).filter((merge): merge is RangePosition => merge !== null && (merge.bottom > merge.top || merge.right > merge.left));
  sheet.notes = new Map(
    [...sheet.notes].flatMap(([cell, text]) => {
      const bounds = moved(boundsOf(cell));
      return bounds ? [[rangeText(bounds.top, bounds.left, bounds.bottom, bounds.right), text] as const] : [];
    }),
  );
  sheet.validations = sheet.validations.flatMap((validation) => {
    const bounds = moved(boundsOf(validation.address));
    return bounds ? [{ ...validation, address: rangeText(bounds.top, bounds.left, bounds.bottom, bounds.right) }] : [];
  });
  sheet.rowHeights = new Map(
    [...sheet.rowHeights].flatMap(([row, height]) => (row < top ? [[row, height] as const] : row > bottom ? [[row - (bottom - top + 1), height] as const] : [])),
  );
}

function pasteAll(from: ResolvedRange, to: ResolvedRange): void {
  const source = from.bounds;
  const rowOffset = to.bounds.top - source.top;
  const columnOffset = to.bounds.left - source.left;
  const target = { top: to.bounds.top, left: to.bounds.left, bottom: source.bottom + rowOffset, right: source.right + columnOffset };
  if (to.sheet.merges.some((merge) => intersects(merge, target))) throw new OfficeError('InvalidOperation', "We can't do that to a merged cell.");
  const place = (bounds: RangePosition): RangePosition => ({
    top: bounds.top + rowOffset,
    left: bounds.left + columnOffset,
    bottom: bounds.bottom + rowOffset,
    right: bounds.right + columnOffset,
  });
  // Read the whole source first: it may be the destination's own sheet.
  const cells: { row: number; column: number; cell: SimulatedCell | undefined }[] = [];
  const lastRow = Math.min(source.bottom, from.sheet.rows.length - 1);
  const targetLastRow = Math.min(target.bottom, to.sheet.rows.length - 1);
  const height = Math.max(lastRow - source.top, targetLastRow - target.top);
  for (let r = 0; r <= height; r += 1) {
    const sourceRow = from.sheet.rows[source.top + r] ?? [];
    const targetRow = to.sheet.rows[target.top + r] ?? [];
    const width = Math.min(source.right - source.left, Math.max(sourceRow.length - 1 - source.left, targetRow.length - 1 - target.left));
    for (let c = 0; c <= width; c += 1) cells.push({ row: target.top + r, column: target.left + c, cell: cloneCell(sourceRow[source.left + c]) });
  }
  const merges = from.sheet.merges.filter((merge) => inside(merge, source)).map(place);
  const notes = [...from.sheet.notes].filter(([cell]) => inside(boundsOf(cell), source));
  const validations = from.sheet.validations.filter((validation) => inside(boundsOf(validation.address), source));
  const heights = source.left === 0 && source.right >= LAST_COLUMN ? [...from.sheet.rowHeights].filter(([row]) => row >= source.top && row <= source.bottom) : null;
  const widths = source.top === 0 && source.bottom >= LAST_ROW ? [...from.sheet.columnWidths].filter(([column]) => column >= source.left && column <= source.right) : null;

  for (const { row, column, cell } of cells) {
    if (cell) setCell(to.sheet, row, column, cell);
    else if (to.sheet.rows[row]) (to.sheet.rows[row] as (SimulatedCell | undefined)[])[column] = undefined;
  }
  to.sheet.merges = [...to.sheet.merges, ...merges];
  for (const [cell, text] of notes) {
    const bounds = place(boundsOf(cell));
    to.sheet.notes.set(rangeText(bounds.top, bounds.left, bounds.bottom, bounds.right), text);
  }
  to.sheet.validations = [
    ...to.sheet.validations,
    ...validations.map((validation) => {
      const bounds = place(boundsOf(validation.address));
      return { ...validation, address: rangeText(bounds.top, bounds.left, bounds.bottom, bounds.right) };
    }),
  ];
  if (heights) {
    for (let row = target.top; row <= target.bottom; row += 1) to.sheet.rowHeights.delete(row);
    for (const [row, value] of heights) to.sheet.rowHeights.set(row + rowOffset, value);
  }
  if (widths) {
    for (let column = target.left; column <= target.right; column += 1) to.sheet.columnWidths.delete(column);
    for (const [column, value] of widths) to.sheet.columnWidths.set(column + columnOffset, value);
  }
}

function quoteSheet(name: string): string {
  return /^[A-Za-z0-9_]+$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

function rangeText(top: number, left: number, bottom: number, right: number): string {
  const letters = (column: number): string => {
    let text = '';
    let rest = column + 1;
    while (rest > 0) {
      text = String.fromCharCode(65 + ((rest - 1) % 26)) + text;
      rest = Math.floor((rest - 1) / 26);
    }
    return text;
  };
  const start = `${letters(left)}${top + 1}`;
  const end = `${letters(right)}${bottom + 1}`;
  return start === end ? start : `${start}:${end}`;
}
