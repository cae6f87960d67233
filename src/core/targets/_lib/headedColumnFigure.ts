/**
 * A figure of a table row given under its column's header (`年度计划(万元) 50000`, `中央完成(万元) 3100`,
 * `新开工改造小区数(个) 开工数 2660`): the header names what the figure measures, so it is the figure's indicator, and the
 * header with its sub-column says whether the column is the plan or what was done. A plan column and the actual
 * column of the same name (`计划任务数` ↔ `开工数` under `新开工改造小区数(个)`) or of the same payer (`中央资金` ↔ `中央完成`)
 * then share their words, and the actual answers the plan.
 */
import { columnHeaderBefore, type ColumnHeader } from '../../numbers';
import type { Quantity } from '../../numbers/types';
import type { QuantityContext } from './describeQuantity';
import type { TargetStatement } from '../extractTargets';
import type { ReportedStatement } from '../readReportedFigures';
import { bareFigureContext } from './figureColumns';
import { targetKind } from './targetKind';
import { withoutWordParentheses } from '../../text/wordParenthesis';

/** A bare figure as the table prints it: digits with a decimal point or thousands separators, nothing else. */
const BARE_DIGITS = /^[-−]?\d[\d,.]*$/;

/**
 * The header a figure stands under, or null when the figure carries its own unit or stands under none.
 *
 * @example
 * headerOfFigure('中央资金(万元) 6000', parseQuantities('中央资金(万元) 6000').quantities[0]) // name 中央资金
 * headerOfFigure('新建公厕(座) 12座', …) // null: the figure writes its own unit
 */
export function headerOfFigure(text: string, quantity: Quantity): ColumnHeader | null {
  if (!BARE_DIGITS.test(quantity.text)) return null;
  return columnHeaderBefore(text, quantity.span.start);
}

/** The column's name with the sub-column's words, as read: `新开工改造小区数 开工数`, `投资完成`. */
export function headerWords(text: string, header: ColumnHeader): string {
  const name = text.slice(header.nameStart, header.nameEnd);
  return header.subColumnEnd > header.subColumnStart ? `${name} ${text.slice(header.subColumnStart, header.subColumnEnd)}` : name;
}

/**
 * The context of a figure under a header: the header's name is its indicator and the header with the figure its phrase
 * (`新开工改造小区数(个) 计划任务数 3698`: the stage of works the column counts is in its name); the words after it
 * (`开工率`, the next column's name) are another column's.
 */
export function headedFigureContext(text: string, quantity: Quantity, header: ColumnHeader, context: QuantityContext): QuantityContext {
  return {
    ...context,
    indicator: text.slice(header.nameStart, header.nameEnd),
    otherIndicator: header.subColumnEnd > header.subColumnStart ? text.slice(header.subColumnStart, header.subColumnEnd) : '',
    phrase: text.slice(header.nameStart, quantity.span.end),
    phraseStart: header.nameStart,
    phraseEnd: quantity.span.end,
    columnKey: columnKeyOf(text.slice(header.nameStart, header.nameEnd)),
  };
}

/**
 * Words a table adds to a column's name to say it is the plan or what was done, not what it measures; and words of the
 * period the column covers (`上半年完成`, `1-9月完成`, `一季度完成` beside `年度计划`): the period says when the column's
 * amount was done, not what it measures, so a done column of a part of the year answers the plan column of the year.
 */
const PLAN_OR_DONE_WORDS = /年度|计划|完成|投资|资金|工作|目标|任务|实际|累计|已|[上下]半年|前?[一二三四1-4]季度|全年|本年|当年|今年|\d{1,2}\s*[-—~至]\s*\d{1,2}\s*月/g;

/**
 * What a column measures, its words of plan and done left out: `中央资金` and `中央完成` are both `中央`; `年度计划投资` and
 * `完成投(筹)资` both measure the investment.
 */
export function columnKeyOf(name: string): string {
  return withoutWordParentheses(name).replace(PLAN_OR_DONE_WORDS, '');
}

/**
 * How a target's column and a figure's stand to each other: `same` where both stand under headers that measure the
 * same thing (`中央资金(万元) 6000` ↔ `中央完成(万元) 3100`: the table pairs them), `other` where both do and measure
 * different things (`中央资金` against `完成投资计划`), null where either stands under no header.
 */
export function columnPairing(target: QuantityContext, figure: QuantityContext): 'same' | 'other' | null {
  if (target.columnKey === undefined || figure.columnKey === undefined) return null;
  return target.columnKey === figure.columnKey ? 'same' : 'other';
}

/** A column of the plan: its words open with what is planned (`年度计划`, `计划任务数`, `工作目标`, `计划完成`). */
const PLAN_COLUMN = /^(?:年度)?(?:计划|目标|任务|工作目标|下达)/;
/** A column of what was done (`投资完成`, `中央完成`, `完成投资计划`, `开工数`, `已完成数`, `实际完成`). */
const ACTUAL_COLUMN = /完成|开工|竣工|建成|实际|累计|到位|拨付|支出/;

/**
 * Whether a header's column is the plan or the actual, read from the sub-column's words first (`计划任务数`, `开工数`),
 * then the header's name; null when they say neither (`中央资金`, `涉及居民户数`).
 *
 * @example
 * headedColumnRole('年度计划') // 'plan'
 * headedColumnRole('完成投资计划') // 'actual'
 * headedColumnRole('新开工改造小区数 计划任务数') // 'plan'
 */
export function headedColumnRole(words: string): 'plan' | 'actual' | null {
  const space = words.lastIndexOf(' ');
  const sub = space < 0 ? '' : words.slice(space + 1);
  const name = space < 0 ? words : words.slice(0, space);
  for (const part of sub === '' ? [name] : [sub, name]) {
    if (PLAN_COLUMN.test(part)) return 'plan';
    if (ACTUAL_COLUMN.test(part)) return 'actual';
  }
  return null;
}

/**
 * A progress cell that opens with the done column of the row's table and its bare figure (`已完成数 600 占比 100%`,
 * `开工数 86`): the column counts what its plan column (`工作目标(个) 600`) counts, in the same unit.
 */
const DONE_COLUMN_FIGURE = /^\s*(?:已|实际|累计)?(?:完成|开工|竣工|建成)(?:数|量)\s*[:：]?\s*(\d+(?:\.\d+)?)(?=\s|[|｜]|$)/;

/**
 * The done column's figure of a row whose one column target stands under a header (`工作目标(个) 600` | `已完成数 600`),
 * as that target's actual in its unit and magnitude; null for any other row.
 *
 * @example
 * doneColumnFigureOf('已完成数 2539 占比 90.7%', [target of '工作目标(人次) 2800'])?.quantity.value // 2539
 */
export function doneColumnFigureOf(progressText: string, statements: readonly TargetStatement[]): ReportedStatement | null {
  const match = DONE_COLUMN_FIGURE.exec(progressText);
  const digits = match?.[1];
  if (!match || digits === undefined) return null;
  let headed: TargetStatement | null = null;
  for (const statement of statements) {
    if (statement.context.columnKey === undefined) continue;
    if (headed !== null) return null;
    headed = statement;
  }
  if (headed === null) return null;
  const target = headed.quantity;
  const written = Number(target.text.replace(/,/g, ''));
  const factor = written > 0 && Number.isFinite(written) ? Math.round(target.value / written) || 1 : 1;
  const start = match.index + match[0].length - digits.length;
  const quantity: Quantity = {
    value: Math.round(Number(digits) * factor * 1e6) / 1e6,
    upper: null,
    unit: target.unit,
    unitClass: target.unitClass,
    comparator: null,
    comparatorText: '',
    approximate: null,
    kind: 'single',
    series: [],
    span: { start, end: start + digits.length },
    text: digits,
  };
  const context = { ...bareFigureContext(progressText, quantity, headed.context.indicator), columnKey: headed.context.columnKey };
  return { quantity, context, plannedFigure: false, role: 'actual', direction: null, namesNothing: true, kind: targetKind(quantity), stage: null };
}

/** The name of a plan column before its bare figure in a cell of its own (`工作目标 86`, `计划任务数：12`). */
const PLAN_COLUMN_NAME = /^\s*(?:工作目标|目标任务|计划任务数|年度目标|年度计划|目标值)\s*[:：]?\s*(?=\d)/;

/**
 * A cell that is a plan column's name and its figure (`工作目标 86`), with the name blanked out so that spans still point
 * into the cell; null for any other cell.
 *
 * @example
 * withoutPlanColumnName('工作目标 86') // '     86'
 * withoutPlanColumnName('工作目标是建成86个') // null
 */
export function withoutPlanColumnName(cellText: string): string | null {
  const name = PLAN_COLUMN_NAME.exec(cellText);
  return name ? ' '.repeat(name[0].length) + cellText.slice(name[0].length) : null;
}

/** The share column after a done column (`已完成数 600 占比 100%`, `完成数 12 完成率 80%`). */
const SHARE_COLUMN_AFTER = /^\s*(?:占比|完成率|完成比例|比例)\s*[:：]?\s*$/;

/**
 * The row's figures without the share column that follows the done column: it rates that column against its own plan
 * (`已完成数 600 占比 100%` of `工作目标(个) 600`), which the done figure already answers, and is no level of any other
 * target of the row (`提高公办义务教育学位占比至95%以上`).
 *
 * @example
 * withoutDoneColumnShare('已完成数 600 占比 100%', done, figures) // the figures without `100%`
 */
export function withoutDoneColumnShare(progressText: string, doneColumn: ReportedStatement, figures: readonly ReportedStatement[]): readonly ReportedStatement[] {
  const doneEnd = doneColumn.quantity.span.end;
  const share = figures.find((figure) => figure.quantity.unitClass === 'percent' && figure.quantity.span.start >= doneEnd
    && SHARE_COLUMN_AFTER.test(progressText.slice(doneEnd, figure.quantity.span.start)));
  return share === undefined ? figures : figures.filter((figure) => figure !== share);
}
