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
import { columnIndex, parseRangeAddress, type RangePosition } from '../../../core';
import { requestBytesOf } from '../officeWorkbook';

export const PAYLOAD_LIMIT_BYTES = 5 * 1024 * 1024;

export interface SimulatedCell {
  /** '' is an empty cell; a formula is kept as its text with `value` its result. */
  value: string | number | boolean;
  formula: string | null;
  numberFormat: string;
  fill: string | null;
}

export interface SimulatedSheet {
  name: string;
  rows: (SimulatedCell | undefined)[][];
  protected: boolean;
  visible: boolean;
  merges: RangePosition[];
  notes: Map<string, string>;
  validations: { address: string; source: string }[];
  charts: { type: string; address: string; title: string }[];
  frozenRows: number;
  columnWidths: Map<number, number>;
  pageLayout: { orientation: string; paperSize: string; printTitleRows: string | null };
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
  readonly runs: SimulatedRun[] = [];
  activeSheet = '';
  selection: { sheet: string; address: string } | null = null;
  /** The user is typing in a cell: runs that do not delay for it fail. */
  cellEditMode = false;
  readOnly = false;

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
      visible: true,
      merges: [],
      notes: new Map(),
      validations: [],
      charts: [],
      frozenRows: 0,
      columnWidths: new Map(),
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
    const result = await batch(context as unknown as Excel.RequestContext);
    if (context.pending.length > 0) await context.sync();
    return result;
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
    const requestBytes = requestBytesOf(entries.map((entry) => entry.request));
    if (this.excel.cellEditMode && !this.record.options.delayForCellEdit) {
      this.record.syncs.push({ requestBytes, responseBytes: 0 });
      throw new OfficeError('InvalidOperationInCellEditMode', 'Excel is in cell-editing mode.');
    }
    if (requestBytes > PAYLOAD_LIMIT_BYTES) {
      this.record.syncs.push({ requestBytes, responseBytes: 0 });
      throw new OfficeError('RequestPayloadSizeLimitExceeded', `request of ${requestBytes} bytes`);
    }
    const responses: unknown[] = [];
    try {
      for (const entry of entries) responses.push(entry.execute());
    } finally {
      this.record.syncs.push({ requestBytes, responseBytes: requestBytesOf(responses) });
    }
    const responseBytes = requestBytesOf(responses);
    if (responseBytes > PAYLOAD_LIMIT_BYTES) {
      throw new OfficeError('ResponsePayloadSizeLimitExceeded', `response of ${responseBytes} bytes`);
    }
  }
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
  readonly freezePanes: { freezeRows: (count: number) => void };
  readonly notes: NoteCollectionProxy;
  readonly charts: { add: (type: string, range: RangeProxy, seriesBy: string) => { title: { text: string } } };
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
    };
    this.notes = new NoteCollectionProxy(context, this);
    this.charts = {
      add: (type, range, seriesBy) => {
        const chart = { title: { text: '' } };
        // The adapter sets the title on the returned object before the sync, so read it when the command runs.
        this.mutate({ chart: type, seriesBy }, (sheet) => {
          sheet.charts.push({ type, address: range.addressOf(), title: chart.title.text });
        });
        return chart;
      },
    };
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
        worksheet.mutate({ zoom: value }, () => undefined);
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

  get visibility(): string {
    return this.read('visibility');
  }

  get isNullObject(): boolean {
    return this.read('isNullObject');
  }

  fill(sheet: SimulatedSheet | null, selection: string): void {
    this.loaded.set('isNullObject', sheet === null);
    if (!sheet) return;
    for (const property of propertiesOf(selection)) {
      if (property === 'name') this.loaded.set('name', sheet.name);
      else if (property === 'visibility') this.loaded.set('visibility', sheet.visible ? 'Visible' : 'Hidden');
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

  delete(): void {
    this.context.enqueue({ deleteSheet: true }, () => {
      const sheet = this.requireSheet();
      if (this.context.excel.readOnly) throw new OfficeError('AccessDenied', 'The workbook is read-only.');
      const sheets = this.context.excel.sheets;
      sheets.splice(sheets.indexOf(sheet), 1);
      return null;
    });
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
          if (!cell || (cell.value === '' && (valuesOnly || cell.fill === null))) return;
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
    const styleSetter = (name: string) => (value: unknown) => this.mutate({ [name]: value }, () => undefined);
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
        return 0;
      },
      borders: { getItem: (edge) => ({ set style(value: string) { styleSetter(edge)(value); }, get style() { return 'None'; } }) },
    };
    this.dataValidation = {
      clear: () => this.mutate({ validationClear: true }, (resolved) => {
        const address = this.addressOf();
        resolved.sheet.validations = resolved.sheet.validations.filter((validation) => validation.address !== address);
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

  delete(shift: string): void {
    this.mutate({ deleteRows: shift }, (resolved) => {
      if (shift !== 'Up' || resolved.bounds.left !== 0) throw new OfficeError('InvalidArgument', 'only whole rows are deleted upward');
      resolved.sheet.rows.splice(resolved.bounds.top, resolved.bounds.bottom - resolved.bounds.top + 1);
    });
  }

  merge(across: boolean): void {
    this.mutate({ merge: across }, (resolved) => resolved.sheet.merges.push(resolved.bounds));
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
      const merges = resolved?.sheet.merges ?? [];
      this.loaded.set('isNullObject', merges.length === 0);
      const address = merges.map((merge) => `${quoteSheet(resolved?.sheet.name ?? '')}!${rangeText(merge.top, merge.left, merge.bottom, merge.right)}`).join(',');
      this.loaded.set('address', address);
      return { address };
    });
    return this;
  }
}

class NoteCollectionProxy {
  constructor(
    private readonly context: SimulatedContext,
    private readonly worksheet: WorksheetProxy,
  ) {}

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

  get isNullObject(): boolean {
    return this.read('isNullObject');
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
