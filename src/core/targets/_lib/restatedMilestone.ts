/**
 * A milestone without a 时间 of its own states the year's target, as its task does (a 具体任务 or 我市任务 column). When it
 * says the task's words again:
 * - with the task's figure (`实现规上工业增加值增长8%` under `…规上工业增加值增长8%`), it is the task's target once more,
 *   not a second one;
 * - with a smaller amount (`新建和改造提升绿道130公里` under `新建和改造提升绿道500公里`), it is the row's own share of
 *   the task, and the task's figure is the level above's (a province's 实事 the task is named after), which the row is
 *   not reported against.
 * - with the figure of another of the task's targets and words the task states (`增加基础教育学位3675个` under
 *   `增加基础教育学位(略)个(其中浏阳3675个)`), it is that target once more.
 * A milestone with a 时间 is a stage of the task, due earlier, and stays a target of its own; so does a rate of another
 * figure (a district's own growth rate is no share of the city's).
 */
import type { TargetStatement } from '../extractTargets';

function statesTheSameIndicator(task: TargetStatement, milestone: TargetStatement): boolean {
  return milestone.context.indicator !== '' && milestone.context.indicator === task.context.indicator
    && milestone.quantity.unit === task.quantity.unit && milestone.op === task.op
    && milestone.deadline === null && task.deadline === null;
}

/** Indicators of fewer characters (`人`, `户`) are not the task's words said again. */
const SHORTEST_INDICATOR = 2;

/**
 * `增加基础教育学位(略)个(其中浏阳3675个)` | `增加基础教育学位3675个`: the task's figure, given in the milestone with words the task
 * states (here of the whole, where the task names the row's share apart), is that target once more.
 */
function repeatsFigureInTaskWords(task: TargetStatement, milestone: TargetStatement, taskText: string): boolean {
  return milestone.value === task.value && milestone.upper === task.upper && milestone.op === task.op
    && milestone.quantity.unit === task.quantity.unit && milestone.deadline === null && task.deadline === null
    && milestone.context.indicator.length >= SHORTEST_INDICATOR && taskText.includes(milestone.context.indicator);
}

function isAmount(statement: TargetStatement): boolean {
  const unitClass = statement.quantity.unitClass;
  return unitClass !== 'percent' && unitClass !== 'points' && unitClass !== 'bare';
}

export interface Restatements<T extends TargetStatement> {
  /** The milestone's statements that repeat a target of the task. */
  readonly repeated: ReadonlySet<T>;
  /** The task's statements whose figure the milestone's own share replaces. */
  readonly superseded: ReadonlySet<T>;
}

const NONE: ReadonlySet<never> = new Set<never>();

/**
 * The statements of a row without 时间 that its milestone restates, or null when it restates none (most rows).
 *
 * @example
 * restatementsOf(extractTargets('新建和改造提升绿道500公里'), extractTargets('新建和改造提升绿道130公里'))
 * // { repeated: ∅, superseded: { 500公里 } }
 */
export function restatementsOf<T extends TargetStatement>(task: readonly T[], milestone: readonly T[], taskText = ''): Restatements<T> | null {
  let repeated: Set<T> | null = null;
  let superseded: Set<T> | null = null;
  for (const own of milestone) {
    for (const stated of task) {
      if (!statesTheSameIndicator(stated, own)) {
        if (repeatsFigureInTaskWords(stated, own, taskText)) (repeated ??= new Set()).add(own);
        continue;
      }
      if (own.value === stated.value && own.upper === stated.upper) (repeated ??= new Set()).add(own);
      else if (isAmount(own) && own.op !== '<=' && own.value < stated.value) (superseded ??= new Set()).add(stated);
    }
  }
  return repeated || superseded ? { repeated: repeated ?? NONE, superseded: superseded ?? NONE } : null;
}
