/**
 * Jindu's settings and mark records kept inside the workbook, so the file carries them to whoever opens
 * it next (WPS has no add-in document settings; `PluginStorage` lives only while WPS runs). They sit in
 * a very hidden sheet `_jindu_settings` that WPS saves with the file in .xlsx and .et alike: A1 holds the
 * settings as JSON, column B the mark records as JSON in pieces that fit a cell.
 */
import { DEFAULT_SETTINGS, type JinduSettings, type MarkRecord, type MarkRecordStore, type SettingsStore } from '../../app/host';
import { XL_SHEET_VERY_HIDDEN, type EtApplication, type EtWorksheet } from './etObjectModel';
import { etValueOf, OWN_SHEET_PREFIX, type WpsWorkbook } from './wpsWorkbook';

export const SETTINGS_SHEET = `${OWN_SHEET_PREFIX}settings`;
/** A cell holds at most 32,767 characters; pieces stay well below. */
const PIECE_LENGTH = 30000;

function stringList(value: unknown, fallback: readonly string[]): readonly string[] {
  return Array.isArray(value) && value.every((item) => typeof item === 'string') ? value : fallback;
}

/** Settings written by another version or edited by hand are read field by field, defaults for the rest. */
export function settingsFromJson(text: unknown): JinduSettings {
  let stored: unknown;
  try {
    stored = typeof text === 'string' && text !== '' ? JSON.parse(text) : null;
  } catch {
    return DEFAULT_SETTINGS;
  }
  if (typeof stored !== 'object' || stored === null) return DEFAULT_SETTINGS;
  const record = stored as Record<string, unknown>;
  const vocabulary = stringList(record.vocabulary, DEFAULT_SETTINGS.vocabulary);
  return {
    vocabulary: vocabulary.length > 0 ? vocabulary : DEFAULT_SETTINGS.vocabulary,
    period: typeof record.period === 'string' ? record.period : DEFAULT_SETTINGS.period,
    unit: typeof record.unit === 'string' ? record.unit : DEFAULT_SETTINGS.unit,
    roster: stringList(record.roster, DEFAULT_SETTINGS.roster),
  };
}

function isMarkRecord(value: unknown): value is MarkRecord {
  if (typeof value !== 'object' || value === null) return false;
  const record = value as Record<string, unknown>;
  return (
    typeof record.sheet === 'string' &&
    typeof record.cell === 'string' &&
    typeof record.markFill === 'string' &&
    (record.previousFill === null || typeof record.previousFill === 'string') &&
    (record.note === null || typeof record.note === 'string')
  );
}

export class WorkbookStore {
  constructor(
    private readonly application: EtApplication,
    private readonly workbook: WpsWorkbook,
  ) {}

  private sheet(): EtWorksheet | null {
    const worksheets = this.workbook.book().Worksheets;
    for (let index = 1; index <= worksheets.Count; index += 1) {
      const sheet = worksheets.Item(index);
      if (sheet.Name === SETTINGS_SHEET) return sheet;
    }
    return null;
  }

  /** The settings sheet, added very hidden at the end the first time something is saved. */
  private ensureSheet(): EtWorksheet {
    const existing = this.sheet();
    if (existing) return existing;
    const active = this.application.ActiveSheet;
    const worksheets = this.workbook.book().Worksheets;
    const added = worksheets.Add(undefined, worksheets.Item(worksheets.Count));
    added.Name = SETTINGS_SHEET;
    added.Visible = XL_SHEET_VERY_HIDDEN;
    // Adding a sheet activates it; the user stays where they were.
    active?.Activate();
    return added;
  }

  private readColumn(column: 'A' | 'B'): string {
    const sheet = this.sheet();
    if (!sheet) return '';
    const used = sheet.UsedRange;
    const rows = used.Row + used.Rows.Count - 1;
    const raw = sheet.Range(`${column}1:${column}${Math.max(rows, 1)}`).Value2;
    const cells = Array.isArray(raw) ? raw.map((row) => row[0]) : [raw];
    return cells.map((cell) => (typeof cell === 'string' ? cell : '')).join('');
  }

  private writeColumn(column: 'A' | 'B', text: string): void {
    const sheet = this.ensureSheet();
    const used = sheet.UsedRange;
    const oldRows = used.Row + used.Rows.Count - 1;
    const pieces: string[] = [];
    for (let start = 0; start < text.length; start += PIECE_LENGTH) pieces.push(text.slice(start, start + PIECE_LENGTH));
    // Pieces of a longer earlier text are blanked in the same assignment.
    const rows = Math.max(pieces.length, oldRows, 1);
    sheet.Range(`${column}1:${column}${rows}`).Value2 = Array.from({ length: rows }, (_, row) => [etValueOf(pieces[row] ?? null)]);
  }

  settings(): SettingsStore {
    return {
      load: () => settingsFromJson(this.readColumn('A')),
      save: async (next) => {
        this.writeColumn('A', JSON.stringify({ vocabulary: [...next.vocabulary], period: next.period, unit: next.unit, roster: [...next.roster] }));
      },
    };
  }

  marks(): MarkRecordStore {
    return {
      load: () => {
        try {
          const stored: unknown = JSON.parse(this.readColumn('B') || '[]');
          return Array.isArray(stored) ? stored.filter(isMarkRecord) : [];
        } catch {
          return [];
        }
      },
      save: async (records) => {
        if (records.length === 0 && !this.sheet()) return;
        this.writeColumn('B', records.length === 0 ? '' : JSON.stringify(records));
      },
    };
  }
}
