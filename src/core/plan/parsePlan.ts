/**
 * Reads a quarterly plan sheet (DOMAIN §2) into tasks and their per-period milestones. The header is found by
 * its texts, anywhere in the first rows; the serial and task cells of a task's later rows may be blank or
 * merged; a row with a task but no serial is a sub-task of the serial above.
 */
import { cellAddress } from '../grid/a1';
import { cellText, cellValue, type SheetGrid } from '../grid/sheetGrid';
import { ownCellText } from '../grid/mergedCells';
import type { Issue } from '../issues/issue';
import { HEADER_SEARCH_ROWS, headerRole } from '../report/findHeaderRow';
import type { ColumnRole } from '../report/types';
import type { PlanColumnRole, PlanMilestone, PlanParseResult, PlanTask } from './types';

function isPlanRole(role: ColumnRole | null): role is PlanColumnRole {
  return role === 'serial' || role === 'task' || role === 'period' || role === 'milestone';
}

/** The plan's columns are named like the progress sheet's; the report's synonyms decide. */
function roleOfHeader(text: string): PlanColumnRole | null {
  const role = headerRole(text);
  return isPlanRole(role) ? role : null;
}

function findHeader(grid: SheetGrid): { row: number; columns: Record<PlanColumnRole, number> } | null {
  const rows = Math.min(grid.values.length, HEADER_SEARCH_ROWS);
  for (let row = 0; row < rows; row += 1) {
    const found: Partial<Record<PlanColumnRole, number>> = {};
    const width = grid.text[row]?.length ?? 0;
    for (let column = 0; column < width; column += 1) {
      const role = roleOfHeader(cellText(grid, row, column));
      if (role && found[role] === undefined) found[role] = column;
    }
    const { serial, task, period, milestone } = found;
    if (serial !== undefined && task !== undefined && period !== undefined && milestone !== undefined) {
      return { row, columns: { serial, task, period, milestone } };
    }
  }
  return null;
}

function titleAbove(grid: SheetGrid, headerRow: number): { text: string; year: number | null } | null {
  for (let row = 0; row < headerRow; row += 1) {
    const text = (grid.text[row] ?? []).map((cell) => cell.trim()).find((cell) => cell !== '');
    if (text) {
      const year = /((?:19|20)\d{2})\s*年/.exec(text);
      return { text, year: year ? Number(year[1]) : null };
    }
  }
  return null;
}

interface TaskDraft {
  row: number;
  serial: PlanTask['serial'];
  serialText: string;
  task: string;
  subTask: boolean;
  milestones: PlanMilestone[];
}

/**
 * @example
 * parsePlan(gridFromRows('节点任务', SEED_001_PLAN_ROWS)).plan?.tasks[0]?.milestones.map((m) => m.period)
 * // ['一、二季度', '三季度', '四季度']
 */
export function parsePlan(grid: SheetGrid): PlanParseResult {
  const header = findHeader(grid);
  if (!header) {
    return {
      plan: null,
      issues: [{ rule: 'plan.headerMissing', severity: 'error', sheet: grid.name, cell: '', row: 0, column: '', value: '' }],
    };
  }
  const { columns } = header;
  const issues: Issue[] = [];
  const drafts: TaskDraft[] = [];

  for (let row = header.row + 1; row < grid.values.length; row += 1) {
    const serialText = ownCellText(grid, row, columns.serial).trim();
    const task = ownCellText(grid, row, columns.task).trim();
    const period = cellText(grid, row, columns.period).trim();
    const milestone = cellText(grid, row, columns.milestone).trim();
    if (serialText === '' && task === '' && period === '' && milestone === '') continue;
    // A page-split plan repeats its header; it carries no task.
    if (roleOfHeader(serialText) === 'serial' && roleOfHeader(period) === 'period') continue;

    const previous = drafts.at(-1);
    // Some plans repeat the serial and task on every period row instead of merging them.
    const repeatsPrevious = previous !== undefined && task === previous.task && (serialText === '' || serialText === previous.serialText);
    if (task !== '' && !repeatsPrevious) {
      const inherited = serialText === '' ? previous : undefined;
      drafts.push({
        row,
        serial: inherited ? inherited.serial : cellValue(grid, row, columns.serial),
        serialText: inherited ? inherited.serialText : serialText,
        task,
        subTask: inherited !== undefined,
        milestones: period === '' && milestone === '' ? [] : [{ row, period, milestone }],
      });
      continue;
    }
    if (previous === undefined || (serialText !== '' && !repeatsPrevious)) {
      // A serial without a task, or a milestone before any task: nothing to attach it to.
      issues.push({
        rule: 'plan.rowWithoutTask',
        severity: 'warning',
        sheet: grid.name,
        cell: cellAddress(row, columns.task),
        row: row + 1,
        column: cellText(grid, header.row, columns.task).trim(),
        value: serialText || milestone,
      });
      continue;
    }
    previous.milestones.push({ row, period, milestone });
  }

  const title = titleAbove(grid, header.row);
  return {
    plan: {
      sheet: grid.name,
      title: title?.text ?? null,
      year: title?.year ?? null,
      headerRow: header.row,
      columns,
      tasks: drafts,
    },
    issues,
  };
}
