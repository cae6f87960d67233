/**
 * Jindu's settings and mark records in the workbook's document settings
 * (`Office.context.document.settings`), so the file carries them to whoever opens it next.
 */
import { DEFAULT_SETTINGS, type JinduSettings, type MarkRecord, type MarkRecordStore, type SettingsStore } from '../../app/host';

/** The part of `Office.Settings` used here. */
export interface DocumentSettings {
  get(name: string): unknown;
  set(name: string, value: unknown): void;
  saveAsync(callback?: (result: Office.AsyncResult<void>) => void): void;
}

const SETTINGS_KEY = 'jindu.settings';
const MARKS_KEY = 'jindu.marks';

function saveSettings(settings: DocumentSettings): Promise<void> {
  return new Promise((resolve, reject) => {
    settings.saveAsync((result) => {
      // Compared by value: the Office enum is not loaded in tests and the bench.
      if (String(result.status) === 'failed') reject(new Error(result.error.message));
      else resolve();
    });
  });
}

function stringList(value: unknown, fallback: readonly string[]): readonly string[] {
  return Array.isArray(value) && value.every((item) => typeof item === 'string') ? value : fallback;
}

/** Settings written by another version or edited by hand are read field by field, defaults for the rest. */
export function settingsFrom(stored: unknown): JinduSettings {
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

export function documentSettingsStore(settings: DocumentSettings): SettingsStore {
  return {
    load: () => settingsFrom(settings.get(SETTINGS_KEY)),
    async save(next) {
      settings.set(SETTINGS_KEY, { vocabulary: [...next.vocabulary], period: next.period, unit: next.unit, roster: [...next.roster] });
      await saveSettings(settings);
    },
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

export function documentMarkStore(settings: DocumentSettings): MarkRecordStore {
  return {
    load: () => {
      const stored = settings.get(MARKS_KEY);
      return Array.isArray(stored) ? stored.filter(isMarkRecord) : [];
    },
    async save(records) {
      if (records.length === 0) settings.set(MARKS_KEY, []);
      else settings.set(MARKS_KEY, records.map((record) => ({ ...record })));
      await saveSettings(settings);
    },
  };
}
