/**
 * A year's plan compared with last year's plan (`年度计划投资1090亿元,同比增长35%`, `年度计划投资1562.89亿元,同比增加172.01亿元`,
 * `与2024年相比…年度计划投资增加35.28亿元`): how much bigger the plan is says what the plan is, as its total investment does; no
 * progress answers it, since the year's result is weighed against the plan itself. A growth to reach of what is done
 * (`固定资产投资同比增长10%`, `计划完成投资500亿元,同比增长12%`) names no plan's figure before it, and stays a target.
 */
import type { Quantity } from '../../numbers/types';
import { clauseBefore } from './clauses';

/**
 * A plan's own figure: the money a year's list is planned to take, or its projects' whole size. `年度投资` (`安排…项目145个,年度投资
 * 115亿元,较上年增长17%`) is the year's planned investment too: the list is set for the year, not reported done.
 */
const PLAN_NOUN = '(?:年度计划投资|年计划投资|年度投资计划|年度投资|计划投资|投资计划|概算总投资|总投资)';
/** A change said against last year, in the same clause as the plan's noun: `年度计划投资增加35.28亿元`. */
const PLAN_CHANGED_IN_CLAUSE = new RegExp(`${PLAN_NOUN}(?:同比|比上年|比去年|较上年|较去年)?度?(?:增加|增长|提高|减少|下降)了?\\s*$`);
/** The comparison the change is of, said before it in its clause or its sentence: `同比`, `与2024年相比`, `比上年`. */
const AGAINST_LAST_YEAR = /同比|(?:比|较)(?:上年|去年|上一年)|与(?:上年|去年|[0-9]{4}年)相比/;
/**
 * A clause that is only the change (`同比增长`, `比2010年增长`: the earlier year named by its number), after the clause that states
 * the plan's figure.
 */
const CHANGE_CLAUSE = /^\s*(?:同比|(?:比|较)(?:上年|去年|上一年|[0-9]{4}\s*年))度?(?:增加|增长|提高|减少|下降)了?\s*$/;
/** The clause before: the plan's noun and its figure, ending on the comma before the change. */
const PLAN_FIGURE_BEFORE = new RegExp(`${PLAN_NOUN}(?:为|约|达|共)?\\s*[0-9０-９][0-9０-９.．]*\\s*(?:万|亿)?元\\s*[，,]\\s*$`);
const CLAUSE_REACH = 40;
const PLAN_FIGURE_REACH = 30;
/**
 * A year's task of works and its figure, ending on the comma before the change (`建设任务为44.16万套,较去年增加了33.62%`): how much
 * bigger the task is than last year's says what the task is, as a plan's money compared does.
 */
const TASK_FIGURE_BEFORE = /任务(?:数|量)?(?:为|是|达|共)?\s*[0-9０-９][0-9０-９.．]*\s*(?:万|亿)?\s*[\u4e00-\u9fff]{1,2}\s*[，,]\s*$/;

/**
 * Whether a figure is the change of a year's plan against last year's.
 *
 * @example
 * isChangeOfThePlan('其中,年度计划投资1090亿元,同比增长35%,创历史新高。', quantityOf('35%')) // true
 * isChangeOfThePlan('全年固定资产投资同比增长10%。', quantityOf('10%')) // false
 */
export function isChangeOfThePlan(text: string, quantity: Quantity): boolean {
  if (quantity.unitClass !== 'money' && quantity.unitClass !== 'percent') return false;
  const clause = clauseBefore(text, quantity.span.start, CLAUSE_REACH);
  if (PLAN_CHANGED_IN_CLAUSE.test(clause)) return AGAINST_LAST_YEAR.test(clause);
  if (!CHANGE_CLAUSE.test(clause)) return false;
  const clauseStart = quantity.span.start - clause.length;
  const before = text.slice(Math.max(0, clauseStart - PLAN_FIGURE_REACH), clauseStart);
  return PLAN_FIGURE_BEFORE.test(before) || (quantity.unitClass === 'percent' && TASK_FIGURE_BEFORE.test(before));
}
