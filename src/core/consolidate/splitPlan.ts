/**
 * Split (DOMAIN §5, the reverse of compile): from a compiled plan or report, one sheet per responsible
 * unit holding the tasks that name it, in the standard layout with 填报单位 filled, ready to send out.
 */
import type { SheetGrid } from '../grid/sheetGrid';
import type { Issue } from '../issues/issue';
import { formatMessage, type Language } from '../messages';
import type { WritableValue } from '../ports';
import { parseReport } from '../report/parseReport';
import { COLUMN_ROLES, type ProgressReport } from '../report/types';
import { collectTaskRows, headerKey, type CollectedTask } from './_lib/collectTaskRows';
import { findSameUnit, splitUnitList } from './_lib/unitNames';
import { unitSheetOperations } from './unitSheetOperations';
import { COMPILED_SHEET, type SplitOptions, type SplitPart, type SplitResult } from './types';

/** Labels of the responsibility parenthesis: `--by 责任单位` with no such column means the parenthesis. */
const RESPONSIBILITY_LABELS = ['责任单位', '牵头单位', '牵头部门', '配合单位', '责任部门'];

type UnitsOfTask = (task: CollectedTask) => readonly string[];

/**
 * @example
 * const { parts } = splitPlan(gridFromRows('节点任务', SEED_001_PLAN_ROWS));
 * parts.map((part) => part.unit) // ['市委组织部', '市人力资源社会保障局', …, '市卫生健康委', …]
 */
export function splitPlan(input: ProgressReport | SheetGrid, options: SplitOptions = {}): SplitResult {
  const language = options.language ?? 'zh-CN';
  const grid = 'values' in input ? input : undefined;
  const parsed = 'values' in input ? parseReport(input) : { report: input, issues: [] };
  const report = parsed.report;
  if (report === null) return { parts: [], unassigned: [], issues: parsed.issues };

  const unitsOf = chooseUnits(report, options.by, language);
  if (unitsOf === null) {
    const by = options.by ?? '';
    return { parts: [], unassigned: [], issues: [sheetIssue(report.sheet, 'split.byNotFound', 'error', by, { by })] };
  }

  const tasks = collectTaskRows({ origin: { file: '', sheet: report.sheet }, report, grid });
  const byUnit = new Map<string, CollectedTask[]>();
  const unitOrder: string[] = [];
  const unassigned: number[] = [];
  let inherited: readonly string[] = [];
  for (const task of tasks) {
    // A plan's later-period rows leave serial and task blank: they belong to the task above them.
    const ownsItsTask = task.task.serial !== null || (task.roles.task?.text ?? '') !== '';
    const units = ownsItsTask ? unitsOf(task) : inherited;
    if (ownsItsTask) inherited = units;
    if (units.length === 0) {
      unassigned.push(task.task.row + 1);
      continue;
    }
    for (const named of units) {
      const unit = findSameUnit(unitOrder, named) ?? named;
      if (!unitOrder.includes(unit)) unitOrder.push(unit);
      const list = byUnit.get(unit) ?? [];
      if (!list.some((other) => sameRowTexts(other, task))) list.push(task);
      byUnit.set(unit, list);
    }
  }

  const title = titleOf(report, language);
  const sharedSheetName = excelSheetName(options.sheetName ?? defaultSheetName(report));
  const takenSheetNames = new Set<string>();
  const parts: SplitPart[] = unitOrder.map((unit) => {
    const sheetName = options.layout === 'sheetPerUnit' ? uniqueSheetName(excelSheetName(unit), takenSheetNames) : sharedSheetName;
    const unitTasks = byUnit.get(unit) ?? [];
    const rows = unitTasks.map((task) => COLUMN_ROLES.map((role): WritableValue => task.roles[role]?.value ?? null));
    return {
      unit,
      fileName: fileNameOf(unit),
      sheetName,
      tasks: rows.length,
      operations: unitSheetOperations({ sheet: sheetName, title, unit, rows, language }),
    };
  });
  const issues = unassigned.map((row) => sheetIssue(report.sheet, 'split.unassigned', 'warning', '', { row }, row));
  return { parts, unassigned, issues };
}

/**
 * Which units a task goes to: the named column's cell (`填报单位` of a compiled sheet, a `责任单位`
 * column), else, for a responsibility label, the units the task text names. Null when `by` is neither.
 */
function chooseUnits(report: ProgressReport, by: string | undefined, language: Language): UnitsOfTask | null {
  // A compiled sheet made in one language may be split in the other: its unit column is known by either header.
  const wanted = by === undefined ? [language, ...(['zh-CN', 'en'] as const)].map((each) => headerKey(formatMessage(each, 'consolidate.header.unit'))) : [headerKey(by)];
  const column = report.header.columns.find((candidate) => candidate.role === null && wanted.includes(headerKey(candidate.header)));
  if (column !== undefined) {
    const key = headerKey(column.header);
    return (task) => splitUnitList(task.extras[key]?.text ?? '');
  }
  if (by === undefined || RESPONSIBILITY_LABELS.includes(headerKey(by))) return (task) => task.task.responsibility.units;
  return null;
}

function sameRowTexts(a: CollectedTask, b: CollectedTask): boolean {
  return COLUMN_ROLES.every((role) => (a.roles[role]?.text ?? '') === (b.roles[role]?.text ?? ''));
}

/** The source's title without the compiled mark, so each unit gets the plain title back. */
function titleOf(report: ProgressReport, language: Language): string {
  const text = report.title?.text.replace(/\s+/g, ' ').trim() ?? '';
  const compiledMark = formatMessage(language, 'consolidate.title', { title: '' });
  const plain = compiledMark !== '' && text.endsWith(compiledMark) ? text.slice(0, -compiledMark.length) : text;
  return plain === '' ? formatMessage(language, 'consolidate.defaultTitle') : plain;
}

function defaultSheetName(report: ProgressReport): string {
  if (report.sheet !== COMPILED_SHEET) return report.sheet;
  return report.title?.period?.label ?? report.sheet;
}

/** Excel refuses `[ ] : * ? / \` in sheet names and more than 31 characters. */
function excelSheetName(name: string): string {
  const cleaned = name.replace(/[[\]:*?/\\]/g, '_').slice(0, 31).trim();
  return cleaned === '' ? 'Sheet1' : cleaned;
}

/** Excel compares sheet names case-insensitively; a second `市商务局` becomes `市商务局 (2)`. */
function uniqueSheetName(name: string, taken: Set<string>): string {
  let candidate = name;
  for (let index = 2; taken.has(candidate.toLowerCase()); index += 1) {
    const suffix = ` (${index})`;
    candidate = `${name.slice(0, 31 - suffix.length)}${suffix}`;
  }
  taken.add(candidate.toLowerCase());
  return candidate;
}

/**
 * The longest file name made for a unit (before `.xlsx`): Windows paths stop at 260 characters in all,
 * and Linux file names at 255 bytes, which 100 Chinese characters (300 bytes of UTF-8) would pass.
 */
const MAX_FILE_NAME_LENGTH = 100;
const MAX_FILE_NAME_BYTES = 200;
/** Names Windows keeps for devices, whatever follows the first dot and in any case: `con.xlsx` is CON. */
const WINDOWS_DEVICE_NAME = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])$/i;

/**
 * A file name for the unit that every system accepts and that stays inside the output folder: Windows'
 * forbidden characters and control characters become `_`, device names (`CON`, `nul.txt`) get a leading
 * `_`, leading dots and trailing dots and spaces (which Windows drops, so two names would meet) are cut, and the name is
 * kept to 100 characters. The unit's own text, in the workbook, is left as it is.
 *
 * @example
 * fileNameOf('市"两区"办:联合组*') // '市_两区_办_联合组_'
 * fileNameOf('CON')              // '_CON'
 */
export function fileNameOf(unit: string): string {
  let cleaned = Array.from(unit, (character) => (isForbiddenInFileNames(character) ? '_' : character)).join('').trim();
  cleaned = shortened(cleaned);
  // Leading dots hide a file on Linux and macOS; trailing ones Windows drops.
  cleaned = cleaned.replace(/^[. ]+|[. ]+$/g, '');
  if (WINDOWS_DEVICE_NAME.test(cleaned.split('.')[0]?.trimEnd() ?? '')) cleaned = `_${cleaned}`;
  return cleaned === '' ? '_' : cleaned;
}

/** Windows refuses `\ / : * ? " < > |` and control characters in file names. */
function isForbiddenInFileNames(character: string): boolean {
  const code = character.codePointAt(0) ?? 0;
  return code < 0x20 || code === 0x7f || '\\/:*?"<>|'.includes(character);
}

/** At most 100 characters and 200 bytes of UTF-8, cut between characters (never inside a surrogate pair). */
function shortened(name: string): string {
  let kept = '';
  let bytes = 0;
  let characters = 0;
  for (const character of name) {
    const code = character.codePointAt(0) ?? 0;
    bytes += code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
    characters += 1;
    if (characters > MAX_FILE_NAME_LENGTH || bytes > MAX_FILE_NAME_BYTES) break;
    kept += character;
  }
  return kept;
}

function sheetIssue(
  sheet: string,
  rule: string,
  severity: Issue['severity'],
  value: string,
  params: Readonly<Record<string, string | number>>,
  row = 0,
): Issue {
  return { rule, severity, sheet, cell: row > 0 ? `A${row}` : '', row, column: '', value, params };
}
