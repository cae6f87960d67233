/** The header row, found by synonyms (DOMAIN §1), never by position. */
import { CodeTable } from '../_lib/codeTable';
import { cellText, type SheetGrid } from '../grid/sheetGrid';
import { compactKey } from '../text/compactKey';
import type { ColumnRole, HeaderColumn, HeaderRow } from './types';

/**
 * Synonyms per role, checked in this order so that the more specific header wins
 * (`节点任务` is a milestone before it is a `任务`; `时间节点` is a period).
 */
const ROLE_SYNONYMS: readonly (readonly [ColumnRole, readonly string[]])[] = [
  ['selfAssessment', ['自我评价', '自评情况', '自评', '评价']],
  ['milestone', ['季度节点任务', '节点任务', '阶段目标', '节点目标', '阶段任务']],
  ['progress', ['进展情况', '工作进展', '完成情况', '落实情况', '推进情况', '进展']],
  ['period', ['时间节点', '完成时限', '完成时间', '时限', '时间']],
  ['serial', ['序号', '编号']],
  ['task', ['重点工作任务', '工作任务', '目标任务', '任务']],
];

/**
 * The first characters of every synonym: ideographs that the header key keeps as they are, so a text
 * without any of them names no role. Data rows are told apart by this alone, without a key or a cache.
 */
const SYNONYM_FIRST_CODES = new CodeTable(ROLE_SYNONYMS.flatMap(([, synonyms]) => synonyms));

function mayNameRole(text: string): boolean {
  for (let index = 0; index < text.length; index += 1) if (SYNONYM_FIRST_CODES.has(text.charCodeAt(index))) return true;
  return false;
}

/** Header cells are short; a title that names 任务 and 进展情况 is not a header. */
const LONGEST_HEADER = 24;
/** How far down the header may sit (titles, metadata and notes come first). */
export const HEADER_SEARCH_ROWS = 15;
/** A row is a header when it names at least this many roles. */
const MINIMUM_ROLES = 3;

/**
 * The role a header text names, or null for an extra column.
 *
 * @example
 * headerRole('《政府工作报告》重点工作任务\n（省、市民生实事）') // 'task'
 * headerRole('备注') // null
 */
export function headerRole(text: string): ColumnRole | null {
  // Long cells are data, not headers: skip normalising them (a data row is tested cell by cell).
  if (text.length > LONGEST_HEADER * 3 || isLongerThanAnyHeader(text)) return null;
  const key = compactKey(text).replace(/\([^)]*\)/g, '');
  if (key === '' || key.length > LONGEST_HEADER) return null;
  for (const [role, synonyms] of ROLE_SYNONYMS) {
    if (synonyms.some((synonym) => key.includes(synonym))) return role;
  }
  return null;
}

function isSpaceCode(code: number): boolean {
  // Every code `\s`, the ideographic space, U+200B and U+FEFF stand for (and a few more: harmless here).
  return code <= 0x20 || code === 0x85 || code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200b)
    || code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff;
}

/**
 * Whether the text has more characters than a header can, counted without building its key: white space
 * and anything from an opening parenthesis to the next closing one are not counted, so the count never
 * exceeds the key's length. Data cells of a few dozen characters (milestones) are told apart without a copy.
 */
function isLongerThanAnyHeader(text: string): boolean {
  let counted = 0;
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    if (code === 0x28 || code === 0xff08) {
      const close = nextClosingParenthesis(text, index + 1);
      if (close >= 0) {
        index = close;
        continue;
      }
    }
    if (!isSpaceCode(code)) counted += 1;
    if (counted > LONGEST_HEADER) return true;
  }
  return false;
}

function nextClosingParenthesis(text: string, from: number): number {
  for (let index = from; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    if (code === 0x29 || code === 0xff09) return index;
  }
  return -1;
}

/** Reads one row as a header: each role goes to the first column that names it. */
export function readHeaderRow(grid: SheetGrid, row: number): HeaderRow {
  const columns: HeaderColumn[] = [];
  const roles: Partial<Record<ColumnRole, number>> = {};
  const width = grid.values[row]?.length ?? 0;
  for (let column = 0; column < width; column += 1) {
    const header = cellText(grid, row, column);
    if (header.trim() === '') continue;
    const found = headerRole(header);
    const role = found !== null && roles[found] === undefined ? found : null;
    if (role !== null) roles[role] = column;
    columns.push({ column, header, role });
  }
  return { row, columns, roles };
}

/**
 * The first row among the first rows of the sheet that names the most roles (at least three), or null.
 *
 * @example
 * findHeaderRow(gridFromRows('s', [['2021年…进展情况'], ['序号', '任务', '时间', '节点任务', '进展情况', '自我评价']]))?.row // 1
 */
export function findHeaderRow(grid: SheetGrid): HeaderRow | null {
  let best: HeaderRow | null = null;
  let bestCount = MINIMUM_ROLES - 1;
  const last = Math.min(grid.values.length, HEADER_SEARCH_ROWS);
  for (let row = 0; row < last; row += 1) {
    const candidate = readHeaderRow(grid, row);
    const count = Object.keys(candidate.roles).length;
    if (count > bestCount) {
      best = candidate;
      bestCount = count;
    }
  }
  return best;
}

/**
 * Whether a later row repeats the header (a page-split copy): most of its role cells name the same roles.
 * `roleCache` remembers the role of texts already seen (data rows repeat 三季度, 完成 … thousands of times).
 */
export function repeatsHeader(grid: SheetGrid, row: number, header: HeaderRow, roleCache?: Map<string, ColumnRole | null>): boolean {
  const named = header.columns.reduce((count, column) => (column.role === null ? count : count + 1), 0);
  const needed = Math.max(MINIMUM_ROLES, Math.ceil(named / 2));
  let matches = 0;
  let unread = named;
  for (const column of header.columns) {
    if (column.role === null) continue;
    // A data row is told apart after a few cells: stop once the rest could not make it a header.
    if (matches + unread < needed) return false;
    unread -= 1;
    const text = cellText(grid, row, column.column);
    // Data cells are told apart without the cache: only short texts that could name a role are remembered.
    let role = text.length > LONGEST_HEADER * 3 || !mayNameRole(text) || isLongerThanAnyHeader(text) ? null : roleCache?.get(text);
    if (role === undefined) {
      role = headerRole(text);
      roleCache?.set(text, role);
    }
    if (role === column.role) matches += 1;
  }
  return named > 0 && matches >= needed;
}
