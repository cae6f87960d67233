/**
 * Sizes that describe a project rather than say what must be reached, as `总投资` and `总占地` do:
 * - its dimensions (`全长190米`, `里程60公里`, `宽12米`, `桥梁宽度为30米`, `建筑面积约8万平方米`, `采用2-30米桥跨`), where no verb of
 *   making governs them in their clause (`新建道路全长5公里`, `改造面积50万平方米` stay targets);
 * - the cost of a named project (`东环路投资约300万元`), where its clause names no aim for the money (`计划投资…`,
 *   `完成投资…`, `年度投资…` stay targets), or of a work referred back to (`该工程投入资金1200万元`);
 * - the layout of a building described (`1栋3层`, `共四层,12个教学班`, `…,设置床位20张`);
 * - what the work will hold or serve once built, said with `可` (`可提供园位1415个`, `建成后可新增学位约5400个`,
 *   `可新增1.6万吨储备粮`): reports answer the building, not the capacity (`新增学位800个`, without `可`, is an aim);
 * - the total investment of a list or project (`总投资2567.4亿元`, `概算投资约8亿元`, `估算投资2082.48万元`), over all its years; a plan's or the
 *   year's word on the total itself (`年度总投资107216万元`, `2015年25件重点民生实事计划总投资277亿元`) makes it the aim the
 *   progress's money is measured by (a plan's word only where the sentence names the year: `项目计划总投资` is what the
 *   project costs over all its years), unless the sentence goes on to the year's own plan (`计划总投资624.4亿元,年内计划投资
 *   246.5亿元`), which is then the aim and leaves the total the size of the projects.
 */
import type { Quantity } from '../../numbers/types';
import { toHalfWidth } from '../../text/characters';
import { clauseBefore } from './clauses';

/**
 * A dimension word right before the figure, with an optional copula or 约 (`全长`, `里程`, `宽度为`, `建设面积约`). The length a plan
 * sets (`计划里程15490公里`, `建设里程`) is the work to do, no dimension.
 */
const DIMENSION_BEFORE = /(?:全长|总长|(?<!建设|计划)(?:总)?里程|桥长|长度|(?:^|[^提增])高度?|宽度?|跨径|(?:建筑|建设)面积|^面积)(?:约|为|达|近)?\s*$/;
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
  if (isFloorAreaOfTheBuildingNamedAfter(text, quantity)) return true;
  const clause = clauseBefore(text, quantity.span.start, CLAUSE_REACH);
  if (MAKING.test(clause) || LENGTH_TO_BUILD.test(clause) || BUILDING_AS_THE_VERB.test(clause)) return false;
  if (!DIMENSION_BEFORE.test(clause)) return SPAN_AFTER.test(text.slice(quantity.span.end, quantity.span.end + 4));
  const floorArea = FLOOR_AREA_OPENING.test(clause);
  return !((floorArea || AREA_ALONE.test(clause)) && isAreaOfWorksCounted(text, quantity.span.start - clause.length, floorArea));
}

/** Units of a floor area. */
const FLOOR_AREA_UNITS: ReadonlySet<string> = new Set(['平方米', '平米', '㎡', 'm2']);
/**
 * A building named right after its floor area (`42平方米的节能稻草板房`, `450平方米核酸检测基地建设工程`, `1200平方米综合文化站`): the
 * area is the size of the building, which is the work. Ground to make green or open (`绿地`, `公园`, `广场`), and floor space let by
 * the square metre (`厂房`), are amounts, and stay.
 */
const BUILDING_NAMED_AFTER = /^的?[^\d０-９，,。；;、：:]{0,10}?(?<!厂)(?:房|屋|楼|馆|中心|站|基地|室|厅)(?:建设)?(?:工程|项目)?(?=[^\u4e00-\u9fff]|[和及与]|$)/;
const AMOUNT_OF_GROUND_AFTER = /^的?[^\d０-９，,。；;、]{0,6}?(?:绿地|公园|广场|厂房|林|田|(?<!基)地)/;
const BUILDING_REACH = 16;

function isFloorAreaOfTheBuildingNamedAfter(text: string, quantity: Quantity): boolean {
  if (!FLOOR_AREA_UNITS.has(quantity.unit) || quantity.comparator !== null) return false;
  const after = text.slice(quantity.span.end, quantity.span.end + BUILDING_REACH);
  return BUILDING_NAMED_AFTER.test(after) && !AMOUNT_OF_GROUND_AFTER.test(after);
}

/**
 * `计划建设农村公路里程300公里`, `年内建设城市绿道里程50公里`: 建设 right after a word of intent or of the year is the clause's
 * verb and makes the length an amount of work to do. 建设 alone may open a project's name (`…建设项目全长…`), which is no verb:
 * it stays out of `MAKING` for that reason.
 */
const BUILDING_AS_THE_VERB = /(?:计划|力争|确保|争取|将|要|拟|年内|今年|全年|当年)\s*建设/;
/** `建设里程全长22.33公里`: the length to build, which the words after it only spell out. */
const LENGTH_TO_BUILD = /建设(?:里程|长度)/;
/** A clause that opens on 面积 alone (`，面积398.3万平方米`). */
const AREA_ALONE = /^面积/;
/** A clause that opens on a floor area (`，建筑面积17.09万平方米`, `，总建筑面积45.26万平方米`). */
const FLOOR_AREA_OPENING = /^总?(?:建筑|建设)面积/;
/**
 * The clause before closes on a count of works (`计划改造农村泥草房46865户`, `公共租赁住房建设任务4654套`): the number, with its
 * 万 or 千, and its counting word.
 */
const WORKS_COUNTED_CLOSING = /([0-9０-９][0-9０-９.．]*)\s*(万|千)?\s*([\u4e00-\u9fff]{1,2})$/;
/** Homes and households: a housing plan sets its works in them and in floor area alike. */
const HOMES = /^(?:套|户|间)$/;
/** A clause that is a count alone (`，508套`), continuing the works named in the clause before it. */
const COUNT_ALONE = /^\s*[0-9０-９][0-9０-９.．]*\s*(?:万|千)?\s*[\u4e00-\u9fff]{1,2}$/;
/** Words that set the works as a task to do, where the verb of making is in them (`建设任务`, `目标任务`, `改造任务`). */
const TASK_OF_WORKS = /任务/;

function setsWorksToMake(clause: string): boolean {
  return MAKING.test(clause) || TASK_OF_WORKS.test(clause);
}

/**
 * `计划改造农村泥草房46865户，面积398.3万平方米`, `新建公共租赁住房3500套，建筑面积23.08万平方米`: an area right after a count of works
 * to make is those works counted in another measure (tests/corpus/targets/README.md, what a planned work 涉及), not the size of a
 * structure described. The works are many: after one building (`新建全民健身中心1个，面积6500平方米`) the area is that building's
 * size. A floor area (建筑面积) measures homes a housing plan sets (套, 户, 间); after schools or halls it is the size they are built
 * to (`新建幼儿园6所，总建筑面积约2.1万平方米`). A count alone in its clause (`改建项目2个，508套，面积1.6万平方米`) takes the making from
 * the clause before it.
 */
function isAreaOfWorksCounted(text: string, clauseStart: number, floorArea: boolean): boolean {
  const before = clauseBefore(text, Math.max(0, clauseStart - 1), CLAUSE_REACH);
  const count = WORKS_COUNTED_CLOSING.exec(before);
  if (count === null || (count[2] === undefined && Number(toHalfWidth(count[1] ?? '')) <= 1)) return false;
  if (floorArea && !HOMES.test(count[3] ?? '')) return false;
  if (setsWorksToMake(before)) return true;
  if (!COUNT_ALONE.test(before)) return false;
  const beforeTheCount = clauseStart - 1 - before.length;
  return beforeTheCount > 0 && setsWorksToMake(clauseBefore(text, beforeTheCount - 1, CLAUSE_REACH));
}

/** A building's floors: `共四层`, `三至五层`, `1栋3层`. */
const FLOORS = /[0-9０-９一二三四五六七八九十]+\s*层/;
/** Floors right after a count of buildings (`1栋3层`): the building described, not buildings to count. */
const FLOORS_RIGHT_AFTER = /^\s*[0-9０-９一二三四五六七八九十]+\s*层/;
const BUILDING_UNITS: ReadonlySet<string> = new Set(['栋', '幢', '座']);
const LAYOUT_SENTENCE_MARKS = /[。；;\n]/;
const LAYOUT_REACH = 40;

/**
 * Whether a count is part of the layout of a building the text describes: the building and its floors (`1栋3层`), or what
 * it holds after its floors are given (`共四层,12个教学班`, `三至五层共9个教学班`, `1栋3层、…,设置床位20张`). The building is
 * the work; its layout says what it is, and no report counts it. A count its own clause sets to make (`新增学位540个`) stays.
 *
 * @example
 * isLayoutOfABuilding('教学楼原址拆除重建,共四层,12个教学班', quantityOf('12个')) // true
 * isLayoutOfABuilding('新建4层教学楼1栋,新增学位540个', quantityOf('540个')) // false
 */
export function isLayoutOfABuilding(text: string, quantity: Quantity): boolean {
  if (quantity.unitClass !== 'count') return false;
  if (BUILDING_UNITS.has(quantity.unit) && FLOORS_RIGHT_AFTER.test(text.slice(quantity.span.end, quantity.span.end + 4))) {
    return !MAKING.test(clauseBefore(text, quantity.span.start, CLAUSE_REACH));
  }
  // Most counts have no floors before them: one look for 层 within the reach before anything is sliced.
  if (!hasFloorsWithin(text, quantity.span.start)) return false;
  const before = text.slice(Math.max(0, quantity.span.start - LAYOUT_REACH), quantity.span.start);
  const sentence = before.slice(lastSentenceMark(before) + 1);
  if (!FLOORS.test(sentence)) return false;
  return !MAKING.test(clauseBefore(text, quantity.span.start, CLAUSE_REACH));
}

const FLOOR_CODE = '层'.charCodeAt(0);

function hasFloorsWithin(text: string, start: number): boolean {
  for (let index = start - 1; index >= Math.max(0, start - LAYOUT_REACH); index -= 1) if (text.charCodeAt(index) === FLOOR_CODE) return true;
  return false;
}

function lastSentenceMark(text: string): number {
  for (let index = text.length - 1; index >= 0; index -= 1) if (LAYOUT_SENTENCE_MARKS.test(text.charAt(index))) return index;
  return -1;
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
/**
 * A sum put into a work the sentence has already named, referred back to by a demonstrative (`该工程投入资金1200万元`,
 * `此项目共投资860万元`, `上述工程投入2300万`, `这项建设耗资约420万元`): the clause describes the work named before it, its cost
 * beside its size, and the aim is the work; a report answers it by the work's stage, not by the money. A plan's or the
 * year's word on the sum (`该项目计划投资…`, `该工程年度投资…`, `该项目完成投资…`, `该工程将投入…`) makes it an aim and is left
 * to the other rules.
 */
const COST_OF_THE_WORK_REFERRED_BACK =
  /(?:该|此|本|上述|这一?)项?(?:工程项目|工程|项目|建设)(?:共|总共|共计|合计|累计|总)?(?:投入|投资|耗资|花费|使用)(?:了)?(?:资金|经费|金额)?(?:共|共计|合计|总额|约|近|达|为)?\s*$/;
/** Words that make a work's money something to reach: besides a plan's and the year's, what is to come (`将`, `拟`, `预计`). */
const MONEY_TO_COME = /今年|年内|拟|将|预计/;

/**
 * Whether a sum is the cost of a work the text refers back to with `该`, `此`, `本`, `这` or `上述`, in a clause that sets no aim
 * for money.
 *
 * @example
 * isCostOfTheWorkReferredBack('(一)体育馆改造工程。该工程投入资金900万元,', quantityOf('900万元')) // true
 * isCostOfTheWorkReferredBack('该工程年度计划投资900万元', quantityOf('900万元')) // false
 */
export function isCostOfTheWorkReferredBack(text: string, quantity: Quantity): boolean {
  if (quantity.unitClass !== 'money' && quantity.unitClass !== 'bare') return false;
  const clause = clauseBefore(text, quantity.span.start, CLAUSE_REACH);
  return COST_OF_THE_WORK_REFERRED_BACK.test(clause) && !AIM_FOR_MONEY.test(clause) && !MONEY_TO_COME.test(clause);
}

/**
 * `可` and a verb of holding or serving, with only the words of the thing held between it and the figure: the capacity a
 * built work offers. `可研` (a feasibility study) and `认可`/`许可` are no such `可`.
 */
const CAPACITY_BEFORE = /(?<![认许])可(?:以)?(?:新增|增加|提供|容纳|解决|满足|安置|储存|存储|收储|处理|服务|吸纳|惠及)[\u4e00-\u9fff]{0,8}?(?:约|近|达)?\s*$/;

/**
 * The same capacity said with `将` after the time the work is built or in use (`建好后将覆盖97.8%的行政村`, `建成后将新增床位
 * 300张`, `投用后将惠及群众2万人`, `完成后将提供9个教学班`): the clause is about the finished work and what it will serve, and a report answers the
 * building, not the capacity. A capacity to add with no time of completion before it (`将新增床位300张`) stays a target.
 */
const ONCE_BUILT_BEFORE = /(?:建成|建好|建设完成|完成|完工|竣工|投用|投入使用|投产|运营)(?:以)?后[^，,。；;\d０-９]{0,4}?(?:将|可|能|即可)(?:以)?(?:覆盖|新增|增加|提供|容纳|解决|满足|安置|服务|惠及|带动|辐射|吸纳|处理)[\u4e00-\u9fff]{0,8}?(?:约|近|达)?\s*$/;

/**
 * Whether a figure is the capacity a work will offer once built, said with `可`, or with `将` after the time it is built.
 *
 * @example
 * isCapacityOfTheWork('启动中心幼儿园建设,可提供园位1415个', quantityOf('1415个')) // true
 * isCapacityOfTheWork('新建幼儿园3所,新增学位800个', quantityOf('800个')) // false
 */
export function isCapacityOfTheWork(text: string, quantity: Quantity): boolean {
  if (quantity.comparator !== null) return false;
  const clause = clauseBefore(text, quantity.span.start, CLAUSE_REACH);
  return CAPACITY_BEFORE.test(clause) || ONCE_BUILT_BEFORE.test(clause);
}

/** The words of a yearly capacity right before its figure: `年产`, `年处理`, `年上市`, `年出栏`, `年吞吐`, with `能力` or `达`. */
const YEARLY_CAPACITY_BEFORE = /年(?:产|产能|处理|上市|出栏|加工|生产|吞吐|发电|存栏)(?:能力|量)?(?:为|达|约)?\s*$/;
/** The works the capacity names, after the thing produced (`…饲料加工项目`, `…肉鸡养殖基地`, `…生产线`). */
const WORKS_NAMED_AFTER = /^[^，,。；;、\d０-９]{0,14}?(?:项目|項目|基地|生产线|工厂|厂|工程|园区|园)/;
const YEARLY_CAPACITY_REACH = 24;

/**
 * `建设年产30万吨饲料加工项目`, `年上市3000万羽肉鸡养殖基地项目`: the yearly output a plant is built for, written into its name, sizes
 * the plant; the plant is the work, and a report answers its building, not a year's output.
 *
 * @example
 * isYearlyCapacityNamingTheWorks('建设年产30万吨饲料加工项目', quantityOf('30万吨')) // true
 * isYearlyCapacityNamingTheWorks('全年生产饲料30万吨', quantityOf('30万吨')) // false
 */
export function isYearlyCapacityNamingTheWorks(text: string, quantity: Quantity): boolean {
  if (quantity.comparator !== null) return false;
  if (!YEARLY_CAPACITY_BEFORE.test(text.slice(Math.max(0, quantity.span.start - 8), quantity.span.start))) return false;
  return WORKS_NAMED_AFTER.test(text.slice(quantity.span.end, quantity.span.end + YEARLY_CAPACITY_REACH));
}

/** Classes, the size of a school or kindergarten: `99个标准班级`, `36个教学班`, `18班`. */
const CLASSES_AFTER = /^(?:个)?(?:标准|教学)?班(?:级)?/;
/** The words that size the works in classes: totalled or laid out (`计`, `共`, `设`, `办学规模`), not classes to add or open. */
const CLASSES_SIZED_BEFORE = /(?:^|[^统估预核])(?:计|共计|合计|共|设|设置|含|规划|办学规模|规模为?)\s*$/;
/** Schools or kindergartens counted before, in the same sentence (`新建9所幼儿园`, `幼儿园3所`). */
const SCHOOLS_COUNTED_BEFORE = /[0-9０-９一二三四五六七八九十]+\s*所|(?:学校|幼儿园|中学|小学)\s*[0-9０-９]+\s*所/;
const SCHOOLS_REACH = 50;

/**
 * Whether a count of classes sizes the schools or kindergartens counted before it in its sentence (`新建9所幼儿园,…,计99个
 * 标准班级`): what the works will hold, answered by the schools built. Classes to add or open (`新增班级30个`, `开设托班12个`)
 * stay targets.
 *
 * @example
 * isClassesOfTheSchools('新建幼儿园4所,共设36个教学班', quantityOf('36个')) // true
 * isClassesOfTheSchools('新增公办幼儿园班级30个', quantityOf('30个')) // false
 */
export function isClassesOfTheSchools(text: string, quantity: Quantity): boolean {
  if (quantity.unitClass !== 'count' && quantity.unitClass !== 'bare') return false;
  if (!CLASSES_AFTER.test(text.slice(quantity.span.end, quantity.span.end + 5)) && !quantity.unit.startsWith('班')) return false;
  if (!CLASSES_SIZED_BEFORE.test(text.slice(Math.max(0, quantity.span.start - 4), quantity.span.start))) return false;
  return SCHOOLS_COUNTED_BEFORE.test(sentenceBefore(text, quantity.span.start).slice(-SCHOOLS_REACH));
}

/**
 * The capacity of a plant, as a measure per day (`规模达20.52万吨/日`, `日处理能力5000吨`, `处理规模约1万立方米/天`): the size of the
 * works, as their floor area is, which reports answer by the works built. A `能力` without a plant or design named before it
 * (`县城污水处理能力为5万吨/日`) is a level the place holds, and stays a target. A verb of adding or raising before it (`新增污水处理能力
 * 2万吨/日`, `提升日供水能力至10万吨`) makes the capacity itself the aim.
 */
const PER_DAY_AFTER = /^\s*(?:\/|／|每)\s*(?:日|天)/;
const DAILY_CAPACITY_BEFORE = /(?:规模|能力)(?:为|是|达到?|约|近|共|合计)?\s*$/;
const DAILY_NAMED_BEFORE = /日[\u4e00-\u9fff]{0,4}(?:规模|能力|量)(?:为|是|达到?|约|近)?\s*$/;
/** A plant or station, or a capacity it is designed or built for, in the words before a capacity of `能力`. */
const WORKS_OR_DESIGN = /厂|站|设计|建成后/;
const CAPACITY_RAISED = /新增|增加|提升|提高|扩大|扩容|扩建|达到[^，,。；;]{0,4}规模/;

/**
 * Whether a measure is the daily capacity a plant is designed for, not an aim.
 *
 * @example
 * isDailyCapacityOfTheWorks('污水处理总规模约3万吨/日', quantityOf('3万吨')) // true
 * isDailyCapacityOfTheWorks('新增污水处理能力2万吨/日', quantityOf('2万吨')) // false
 */
export function isDailyCapacityOfTheWorks(text: string, quantity: Quantity): boolean {
  if (quantity.unitClass !== 'measure') return false;
  const before = text.slice(Math.max(0, quantity.span.start - 12), quantity.span.start);
  const perDay = PER_DAY_AFTER.test(text.slice(quantity.span.end, quantity.span.end + 3));
  const named = perDay ? DAILY_CAPACITY_BEFORE.exec(before) ?? DAILY_NAMED_BEFORE.exec(before) : DAILY_NAMED_BEFORE.exec(before);
  if (named === null) return false;
  if (CAPACITY_RAISED.test(clauseBefore(text, quantity.span.start, CLAUSE_REACH))) return false;
  // `县城污水处理能力为5万吨/日`: a place's capacity is a level it holds; only a plant's, named as designed or beside the plants,
  // sizes works (`规模` always does).
  return named[0].includes('规模') || WORKS_OR_DESIGN.test(text.slice(Math.max(0, quantity.span.start - CLAUSE_REACH), quantity.span.start));
}

/**
 * `总投资`, or a cost reckoned before the work (`概算投资`, `估算投资`, `匡算总投资`, and what the works are said to need:
 * `共需投资`, `需要投入资金`), right before the sum, with what may qualify the total itself (`计划总投资`, `年度总投资约`);
 * `总投资额` is the same total, named as an amount. A sum the works need is their cost, not money to put in: that is said with
 * a verb of doing (`需完成投资`), which this does not read.
 */
// Any word of about or over may stand between the total and its sum (`总投资约`, `总投资超500亿元`, `总投资逾80亿元`).
const TOTAL_INVESTMENT_BEFORE = /(计划|年度|全年|当年|今年)?(?:总投资|(?:概算|估算|匡算)总?投资|(?:共|总共|合计)?需要?(?:投资|投入资金))额?(?:约为?|近|达到?|超过?|逾|为|共计?|合计)?\s*$/;
/** The year's own plan of investment, after the total in its sentence (`年内计划投资`, `年度投资计划`, `其中今年计划完成投资`). */
const YEARS_PLAN_OF_INVESTMENT = /(?:年内|年度|全年|当年|今年|本年|\d{4}\s*年度?)(?:计划)?(?:完成)?(?:建设)?投资(?:计划)?/;
const TOTAL_WORDS_REACH = 9;
/** The year a plan is set for, named in its sentence (`2015年25件重点民生实事计划总投资`, `今年…`). */
const YEAR_NAMED = /\d{4}\s*年|[今本当全]年|年度/;
const SENTENCE_MARKS = /[。；;！!？?\n]/g;
const SENTENCE_BEFORE_REACH = 60;

/** The sentence before `start`, at most a reach back: a comma does not end it. */
function sentenceBefore(text: string, start: number): string {
  const before = text.slice(Math.max(0, start - SENTENCE_BEFORE_REACH), start);
  let opening = 0;
  SENTENCE_MARKS.lastIndex = 0;
  for (let mark = SENTENCE_MARKS.exec(before); mark !== null; mark = SENTENCE_MARKS.exec(before)) opening = mark.index + 1;
  return before.slice(opening);
}
/** How far the year's own plan is looked for after a total: the plan's sentences put it right beside the total. */
const YEARS_PLAN_REACH = 40;

/**
 * Whether a sum is the total investment of the projects, their size over all their years, not the aim of a plan.
 *
 * @example
 * isTotalInvestmentOfTheProjects('安排重点项目70个，总投资6431亿元，年度计划投资624亿元', quantityOf('6431亿元'), 40) // true
 * isTotalInvestmentOfTheProjects('2015年25件重点民生实事计划总投资277亿元，', quantityOf('277亿元'), 26)             // false
 */
export function isTotalInvestmentOfTheProjects(text: string, quantity: Quantity, sentenceEnd: number): boolean {
  if (quantity.unitClass !== 'money') return false;
  const total = TOTAL_INVESTMENT_BEFORE.exec(text.slice(Math.max(0, quantity.span.start - TOTAL_WORDS_REACH), quantity.span.start));
  if (total === null) return isBareInvestmentOfCountedProjects(text, quantity, sentenceEnd);
  const qualifier = total[1];
  if (qualifier === undefined) return true;
  // `项目计划总投资`: a plan's total not set for a year is what the project costs over all its years.
  if (qualifier === '计划' && !YEAR_NAMED.test(sentenceBefore(text, quantity.span.start))) return true;
  const rest = text.slice(quantity.span.end, Math.min(Math.max(sentenceEnd, quantity.span.end), quantity.span.end + YEARS_PLAN_REACH));
  return YEARS_PLAN_OF_INVESTMENT.test(rest);
}

/** A clause that counts projects (`新建项目120个,`, `实施45个项目,`), then `投资` alone opening the next clause, right before the sum. */
const PROJECTS_COUNTED_THEN_INVESTMENT = /(?:项目|項目)\s*(?:共|共计)?\s*[0-9０-９]+\s*[个個项項]\s*[，,]\s*投资\s*$|[0-9０-９]+\s*[个個项項][\u4e00-\u9fff]{0,8}?(?:项目|項目)\s*[，,]\s*投资\s*$/;
/** The year's part of the money to spend, after the bare sum: `计划完成投资`, `年度计划投资`, `今年计划投资`. */
const PLAN_TO_SPEND_AFTER = /^[^。；;]{0,12}?(?:计划完成投资|(?:年内|年度|全年|当年|今年|本年)(?:计划)?(?:完成)?投资)/;
const PROJECTS_COUNTED_REACH = 24;

/**
 * `其中,新建项目120个,投资2800亿元,计划完成投资600亿元`: a sum named only `投资` right after a count of projects, when the clause
 * after it gives what the year is to spend, is the projects' whole investment, as `总投资` would say.
 */
function isBareInvestmentOfCountedProjects(text: string, quantity: Quantity, sentenceEnd: number): boolean {
  if (!PROJECTS_COUNTED_THEN_INVESTMENT.test(text.slice(Math.max(0, quantity.span.start - PROJECTS_COUNTED_REACH), quantity.span.start))) return false;
  const rest = text.slice(quantity.span.end, Math.min(Math.max(sentenceEnd, quantity.span.end), quantity.span.end + YEARS_PLAN_REACH));
  return PLAN_TO_SPEND_AFTER.test(rest);
}
