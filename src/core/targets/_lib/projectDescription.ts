/**
 * Sizes that describe a project rather than say what must be reached, as `总投资` and `总占地` do:
 * - its dimensions (`全长190米`, `里程60公里`, `宽12米`, `桥梁宽度为30米`, `建筑面积约8万平方米`, `采用2-30米桥跨`), where no verb of
 *   making governs them in their clause (`新建道路全长5公里`, `改造面积50万平方米` stay targets), and where an area is not
 *   the measure of works just counted (`改造农村泥草房46865户，面积398.3万平方米` states the work twice, in houses and in
 *   floor area, as `改造187个小区，涉及2.9万户` does in households);
 * - the cost of a named project (`东环路投资约300万元`), where its clause names no aim for the money (`计划投资…`,
 *   `完成投资…`, `年度投资…` stay targets).
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
  if (AREA_OPENING.test(clause) && measuresWorksCountedBefore(text, quantity.span.start - clause.length)) return false;
  return DIMENSION_BEFORE.test(clause) || SPAN_AFTER.test(text.slice(quantity.span.end, quantity.span.end + 4));
}

/** A clause that is only an area and its figure (`，面积398.3万平方米`, `，总建筑面积9720平方米`): the measure of something said before. */
const AREA_OPENING = /^\s*(?:总)?(?:建筑|建设|改造)?面积(?:约|为|达|近|共)?\s*$/;
/**
 * A clause that counts works to make, as a verb and the count of its object (`计划改造农村泥草房46865户`) or a count and the
 * works done to it (`对8所中小学校进行校舍安全改造`); not a count of projects (`其中通畅建设项目46个`), whose lengths
 * and areas describe the projects.
 */
const WORKS_COUNTED = /(?:改造|新建|建设|修建|改建|扩建|翻建|重建|整治|加固)(?![^，,。；;\d]{0,8}(?:项目|項目|工程))[^，,。；;\d]{0,12}[0-9０-９]+(?:\.\d+)?\s*万?\s*(?:户|所|套|间|座|栋|处|幢)|[0-9０-９]+\s*万?\s*(?:户|所|套|间|座|栋|处|幢)[^，,。；;\d]{0,12}(?:改造|新建|修建|改建|扩建|翻建|重建|整治|加固)/;
const PREVIOUS_CLAUSE_REACH = 40;

/** Whether the clause before the one starting at `clauseStart`, in the same sentence, counts works to make. */
function measuresWorksCountedBefore(text: string, clauseStart: number): boolean {
  const mark = text.charAt(clauseStart - 1);
  if (mark !== '，' && mark !== ',') return false;
  return WORKS_COUNTED.test(clauseBefore(text, clauseStart - 1, PREVIOUS_CLAUSE_REACH));
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
