/**
 * A quarterly plan (DOMAIN §2): `序号 | 任务 | 时间 | 节点任务`, one row per task and period, the serial and task
 * only on the first row of a task (merged or blank below), and several sub-tasks under one serial.
 */
import type { CellValue } from '../grid/sheetGrid';
import type { Issue } from '../issues/issue';

export type PlanColumnRole = 'serial' | 'task' | 'period' | 'milestone';

export interface PlanMilestone {
  /** 0-based grid row. */
  readonly row: number;
  /** The period cell as written (`一、二季度`, `三季度`). */
  readonly period: string;
  readonly milestone: string;
}

export interface PlanTask {
  /** 0-based grid row of the task's first row. */
  readonly row: number;
  /** The serial as stored (a number stays a number); shared by the sub-tasks of one serial. */
  readonly serial: CellValue;
  readonly serialText: string;
  readonly task: string;
  /** A task under the serial of the task above it, without a serial of its own (serial 182 of seed 001). */
  readonly subTask: boolean;
  readonly milestones: readonly PlanMilestone[];
}

export interface QuarterlyPlan {
  readonly sheet: string;
  /** The first non-empty cell above the header, when there is one. */
  readonly title: string | null;
  /** The year named in the title (`2022年…`), when it names one. */
  readonly year: number | null;
  /** 0-based grid row of the header. */
  readonly headerRow: number;
  readonly columns: Readonly<Record<PlanColumnRole, number>>;
  readonly tasks: readonly PlanTask[];
}

/** `parsePlan` never throws on user data: a sheet without a plan header gives `plan: null` and an issue. */
export interface PlanParseResult {
  readonly plan: QuarterlyPlan | null;
  readonly issues: readonly Issue[];
}
