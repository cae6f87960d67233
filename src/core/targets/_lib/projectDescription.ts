/**
 * Sizes that describe a project rather than say what must be reached, as `总投资` and `总占地` do:
 * - its dimensions (`全长190米`, `里程60公里`, `宽12米`, `桥梁宽度为30米`, `建筑面积约8万平方米`, `采用2-30米桥跨`), where no verb of
 *   making governs them in their clause (`新建道路全长5公里`, `改造面积50万平方米` stay targets);
 * - the cost of a named project (`东环路投资约300万元`), where its clause names no aim for the money (`计划投资…`,
 *   `完成投资…`, `年度投资…` stay targets);
 * - what the work will hold or serve once built, said with `可` (`可提供园位1415个`, `建成后可新增学位约5400个`,
 *   `可新增1.6万吨储备粮`): reports answer the building, not the capacity (`新增学位800个`, without `可`, is an aim).
 */
import type { Quantity } from '../../numbers/types';
import { clauseBefore } from './clauses';

/** A dimension word right before the figure, with an optional copula or 约 (`全长`, `里程`, `宽度为`, `建设面积约`). */
const DIMENSION_BEFORE = /(?:全长|总长|(?<!建设)(?:总)?里程|桥长|长度|(?:^|[^提增])高度?|宽度?|跨径|(?:建筑|建设)面积|^面积)(?:约|为|达|近)?\s*$/;
/** A span of a bridge or hall, after its figure (`2-30米桥跨`, `40米跨径`). */
const SPAN_AFTER = /^\s*(?:桥跨|跨径|跨度)/;
/** Verbs that make what the dimension measures an amount of work to do. */
const MAKING = /拓宽|加宽|新建|新增|建成|修建|改建|扩建|改造|铺设|硬化|完成|实施|整治|治理|绿化|打通|提升|开工|竣工/;
/** A project's name ends on the thing built, right before 投资 (`东环路投资`, `…改造工程投资`, `…项目投资`). */
const COST_OF_NAMED_PROJECT = /(?:路|桥|线|项目|工程|馆|站|中心|厂|场|园)投资(约|近)?\s*$/;
/** Words that make a sum of investment an aim of the year (`计划投资`, `年度投资`, `完成投资`). */
const AIM_FOR_MONEY = /计划|年度|全年|当年|完成|累计|力争|确保|争取|目标|任务/;
const CLAUSE_REACH = 40;
const APPROXIMATE_START = /^\s*(?:约|近)/;

/**
 * Whether a measure is a dimension of the thing described, not an amount of work.
 *
 * @example
 * isDimensionOfAStructure('东起滨河路，西至人民路，全长420米，宽16米', quantityOf('420米')) // true
 * isDimensionOfAStructure('新建城市道路全长5公里', quantityOf('5公里')) // false
 */
export function isDimensionOfAStructure(text: string, quantity: Quantity): boolean {
  if (quantity.unitClass !== 'measure') return false;
  const clause = clauseBefore(text, quantity.span.start, CLAUSE_REACH);
  if (MAKING.test(clause)) return false;
  return DIMENSION_BEFORE.test(clause) || SPAN_AFTER.test(text.slice(quantity.span.end, quantity.span.end + 4));
}

/**
 * Whether a sum is the approximate cost of a project named right before it, in a clause that sets no aim for money.
 *
 * @example
 * isCostOfANamedProject('其中东环路投资约300万元', quantityOf('300万元')) // true
 * isCostOfANamedProject('全年计划项目投资约30亿元', quantityOf('30亿元')) // false
 */
export function isCostOfANamedProject(text: string, quantity: Quantity): boolean {
  if (quantity.unitClass !== 'money') return false;
  const clause = clauseBefore(text, quantity.span.start, CLAUSE_REACH);
  const cost = COST_OF_NAMED_PROJECT.exec(clause);
  // Stated as an estimate (`约`, `近`): a plan's figure would be stated as it is.
  const estimate = cost !== null && (cost[1] !== undefined || APPROXIMATE_START.test(quantity.text));
  return estimate && !AIM_FOR_MONEY.test(clause);
}

/**
 * `可` and a verb of holding or serving, with only the words of the thing held between it and the figure: the capacity a
 * built work offers. `可研` (a feasibility study) and `认可`/`许可` are no such `可`.
 */
const CAPACITY_BEFORE = /(?<![认许])可(?:以)?(?:新增|增加|提供|容纳|解决|满足|安置|储存|存储|收储|处理|服务|吸纳|惠及)[\u4e00-\u9fff]{0,8}?(?:约|近|达)?\s*$/;

/**
 * Whether a figure is the capacity a work will offer once built, said with `可`.
 *
 * @example
 * isCapacityOfTheWork('启动中心幼儿园建设,可提供园位1415个', quantityOf('1415个')) // true
 * isCapacityOfTheWork('新建幼儿园3所,新增学位800个', quantityOf('800个')) // false
 */
export function isCapacityOfTheWork(text: string, quantity: Quantity): boolean {
  if (quantity.comparator !== null) return false;
  return CAPACITY_BEFORE.test(clauseBefore(text, quantity.span.start, CLAUSE_REACH));
}
