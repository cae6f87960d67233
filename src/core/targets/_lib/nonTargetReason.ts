/**
 * Every quantity with a unit in a task or milestone is a candidate target (DOMAIN §4); these are the
 * named exceptions, the numbers a reviewer does not read as something to reach:
 * - `qualifier`: a size that qualifies the thing counted (`10亿元以上项目`, `3000平方米以上的综合体`, `30户以上自然村`,
 *   `超过100人的企业`) or the
 *   bar of the places a notice lists (`开工率达90%以上的县(市)有:`),
 *   or the size of a group of a list the sentence's heading sorts (`分行业看,39个工业项目`),
 *   or a count of the scope a task involves or of things already counted (`涉及居民1200户`, `这12个项目`), or funds named
 *   only by their source (`补助资金2077万元`, `省级财政配套资金8000万元`, `其中中央及省市以上6.57亿元`), or the money a project
 *   was given (`预算安排2700万元`, `下达我区补助资金246.2万元`: `fundsOfTheProject`);
 * - `standard`: the rate of a benefit or fee (`每人每月补助600元`, `80元/人/天`), not an aim unless it is raised
 *   to a level or held above a floor (`提高到每人每月800元`, `不低于每人每月60元`);
 * - `phrase`: a Chinese `一` with a measure word is a phrase, not a count (`一批`, `一张网`, `一个中心`);
 *   other Chinese numerals count only next to a verb or at the end of their clause (`二次结构` is a name).
 * - `part`: a share of a plan stated in a task (`占年度建设计划的67.3%`);
 * - `partInParentheses`: the parts of a figure in parentheses after it (`146所学校（74所中小学和72所幼儿园）`), which
 *   describe the whole unless the progress counts them by their own words (`extractTargets`' `partsInParentheses`).
 * - `payerOfASum`: the part of a planned sum one payer puts in (`投资计划37亿元，其中中央资金9.9亿元`), which says where the
 *   money comes from unless the progress measures that payer's share by its words (`extractTargets`' `payersOfSums`);
 * - `worksOfPastYears`: a count of projects going on from past years (`续建项目53个`, `在建项目共40个`), started already and no
 *   works of this year unless the progress counts them resumed (`复工50个`: `extractTargets`' `worksOfPastYears`);
 * - `description`: a figure stated as how things are, not as an aim (`在建量为44.2万套`, `上年结转28.8万套`,
 *   `申报了…项目11个`, `较去年增加650个`): see `statedAsItIs`; or a tally of the things not yet done (`未竣工1项`: see
 *   `countOfTheNotDone`); or a place's own figure in a notice's ranking of the places
 *   (`完成率较高的为自贡市100%、广元市100%`): see `rankedPlaces`.
 * Ordinals, years, dates, ages, document numbers and 万 inside words are not quantities at all
 * (`parseQuantities` leaves them out).
 */
import { CodeTable } from '../../_lib/codeTable';
import type { Quantity } from '../../numbers/types';
import type { QuantityContext } from './describeQuantity';
import { isCountInListOfDivisions } from './listOfDivisions';
import { isListBesideItsYearsPlan } from './listBesideItsYearsPlan';
import { sizesNamedList } from './namedListSize';
import { isGroupOfABreakdown } from './groupOfABreakdown';
import { isWholeOfAPlacesPart, listSizeOf } from './listMeasuredByCount';
import { clauseBefore } from './clauses';
import { enclosingBracketStart } from './brackets';
import { isCapacityOfTheWork, isYearlyCapacityNamingTheWorks, isClassesOfTheSchools, isCostOfANamedProject, isCostOfTheWorkReferredBack, isDailyCapacityOfTheWorks, isDimensionOfAStructure, isLayoutOfABuilding, isTotalInvestmentOfTheProjects } from './projectDescription';
import { isRaisedStandard } from './raisedStandard';
import { isChangeOfThePlan } from './planComparedWithLastYear';
import { isChangeOfARestatedPlan } from './changeOfARestatedPlan';
import { isCountMovedInOrOut } from './projectsMovedInOrOut';
import { isInvestmentOfProjectsNamedAfter } from './investmentOfProjectsNamedAfter';
import { isPartBeforeItsTotal } from './partsBeforeTheirTotal';
import { isWholeListedBeforeAPart } from './wholesListedBeforeAPart';
import { isBaselineOfThePlan, isLevelBeforeTheChange } from './baselineOfThePlan';
import { isPartOfFundingSplit } from './fundingSplit';
import { isFundsOfTheProject } from './fundsOfTheProject';
import { isSizeOfALabelledGroup } from './sizeOfALabelledGroup';
import { isStepOfACountsSchedule } from './scheduleOfACount';
import { isTallyOfThoseThatAre } from './tallyOfThoseThatAre';
import { isGrowthOfTheCountBefore } from './growthOfTheCountBefore';
import { isBaseOfAComparison, isRateOfTheChangeBefore } from './changeAgainstABase';
import { isAmountSignedAsTallied } from './amountSigned';
import { isChangeAgainstAComparison, isCountForecastToBeDone, isForecast, isLastYearsResult, isResultComparedWithLastYear, isSaidDoneWithLe, isStatedWithCopula, isStockAtHand, isTallyOfSessionsHeld } from './statedAsItIs';
import { isCountOfPlacesNamedBefore } from './placesNamedThenCounted';
import { isCountOfTheNotDone } from './countOfTheNotDone';
import { isResultInTheTask } from './resultInTheTask';
import { isCountWithItsDoneRate, isDoneRateOfTheCountBefore } from './countWithItsDoneRate';
import { isLevelOfCountedPlaces } from './levelOfCountedPlaces';
import { isFigureOfARankedPlace, isFigureReachedByListedPlaces } from './rankedPlaces';
import { isFullCoverage } from './fullCoverage';
import { isDistributionSpellingOutAWhole } from './distributionSpellingOutAWhole';
import { isShareOfAStatedWhole, isWholeOfAStatedShare } from './shareOfAStatedWhole';
import { isCountDescribedAsItIs, isCountOfWorkingBodies, isCountReferredBack, isListTheTaskIsOneOf, isPeopleWhoTravelOnTheWork, isPlacesInvolved, isPlacesCoveredByTheWorksBefore, isPlacesTheCountedWorksCover, isScopeInvolved, isSumTheProblemsInvolve, isVillagesOfTheCountedWorks } from './scopeOfTheWork';

export type NonTargetReason = 'qualifier' | 'standard' | 'phrase' | 'part' | 'partInParentheses' | 'payerOfASum' | 'worksOfPastYears' | 'description';

const ARABIC_DIGIT = /[0-9０-９]/;
const ARABIC_DIGIT_FIRST = /^[0-9０-９]/;
/** Stages or steps counted (`三个阶段`, `两步`, after the counting word the quantity holds). */
const STAGES_AFTER = /^(?:个)?(?:阶段|步骤)/;
/** The unit of a voltage (`110千伏`): the quantity reader knows no other spelling of it. */
const VOLTAGE_UNIT = '千伏';
/** Units of a distance to walk: a radius of reach is written in them. */
const DISTANCE_UNITS: ReadonlySet<string> = new Set(['米', '公里', '千米']);
/** `见绿`, `见园`, `见林`, `见水`: 见 and the green, park or water seen within the distance (not `见效`, `见底`). */
const WITHIN_REACH_AFTER = /^\s*见[绿园林水景湖河山]/;
/** How far a money aim is looked for after a count of projects (a stopless cell is one "sentence" of 32,767). */
const SCOPE_REACH = 60;
const CJK = /[\u4e00-\u9fff]/;
const COUNT_LATER = /\d\s*(?:个|家|所|项|户|人|名)/;
/** Verbs and marks that end a clause after `以上`: what follows is not a noun qualified by the size. */
const NOT_A_NOUN_AFTER = /^(?:的?(?:目标|任务|水平|标准|增长|增速|增幅|下降|降幅)|[，,。；;、）)\s]|$)/;
/**
 * Places and bodies that a count of households or people sizes (`20户以上自然村`, `300人以上企业`), and water works sized by the
 * people they serve (`千人以上集中供水工程`, `500人以上农村供水工程`), the class a rural water plan sorts its works in.
 */
const SIZED_BY_POPULATION = /^的?(?:较大|较小|大型|中型|小型|偏远)?(?:自然村|村寨|村庄|村|行政村|小区|社区|居民区|企业|单位|工地|学校|场所|集中安置点|安置点|(?:农村|城镇|乡镇)?(?:集中式?)?供水|水厂)/;
/** The bodies a threshold of people sizes, after `的` (`超过100人的企业`, `不足10人的小微企业`). */
const THRESHOLD_OF_BODIES_AFTER = /^的(?:[\u4e00-\u9fff]{0,2})?(?:企业|单位|工地|学校|场所|机构|合作社|农场|社区|村|小区|项目|卫生院|医院)(?![民居])/;
/** A figure without a counting word after the people it measures (`服务人口超过2万的卫生院`): a count of people. */
const PEOPLE_NAMED_BEFORE = /人口\s*$/;
/** Threshold words the quantity reader leaves out of the comparator (`不足10人`, `低于`, `少于`, `不到`). */
const THRESHOLD_WORD_BEFORE = /(?:不足|低于|少于|不到|超过|达到)$/;
/**
 * The stuff a size measures (`标准煤`, `新水`, `标煤`), then `以上`/`以下` and the bodies the size sorts (`的重点耗能企业`, `的用水单位`): a
 * threshold of the bodies watched or helped, not an amount to reach.
 */
const STUFF_THEN_SIZE_OF_BODIES = /^[\u4e00-\u9fff]{1,4}?(?:及)?以[上下]的?[\u4e00-\u9fff]{0,6}?(?:企业|单位|项目|用户|园区)/;
const STUFF_REACH = 20;
/** The next size of a list of sizes, running into the projects or firms they qualify (`、亿元以上项目`, `、年纳税500万元以上的企业`). */
const QUALIFIER_LISTED_AFTER = /^[、和或及][^，,。；;、]{0,12}以[上下]的?[\u4e00-\u9fff]{0,4}(?:项目|項目|企业|企業|综合体)/;
const PER = /每(?:人|户|年|月|天|日|次|床|平方米|亩|名|位|个|所|家|生|学年|学期)/;

/** Inside a parenthesis that follows another figure of the same clause. */
function isInPartsParenthesis(text: string, quantity: Quantity): boolean {
  // A list of parts runs long (`总投资4493.8万元(中央和省级补助资金1578.22万元,县财政匹配419.78万元,其他投入2495.8万元)`).
  // A 通报's list of a plan's parts by field runs to hundreds of characters, with brackets of its own inside
  // (`〔生态环境保护工作61项、“一港双城”(城镇化)工作542项…〕`).
  const open = enclosingBracketStart(text, quantity.span.start, PARTS_REACH);
  if (open < 0) return false;
  const outside = text.slice(Math.max(0, quantity.span.start - PARTS_REACH), open);
  const clause = outside.slice(Math.max(outside.lastIndexOf('，'), outside.lastIndexOf(','), outside.lastIndexOf('。'), outside.lastIndexOf('；')) + 1);
  // `10千伏及以下配电网(完成投资6.5亿元)` is no list of parts: the figure before must be a count or amount.
  return QUANTITY_BEFORE.test(clause);
}

const PARTS_REACH = 320;
/** Divisions of the country a task's scope is counted in: `32个县`, `8个县(市)区`, `7个街道乡镇`. */
const DIVISION = /^(?:县[(（]市[、,，]?区?[)）]区?|县[(（]市[)）]区|县市区|县区|街道乡镇|乡镇街道|乡镇|街道|县|区|乡|镇)(?!本?级)/;
/** Lists of projects in preparation or under way from past years, not works of this year: `138个续建项目`, `10个重点预备和17个重大前期项目`,
 * `20个加快前期工作项目`. */
const PROJECTS_NOT_OF_THE_YEAR = /^(?:重点|重點|重大)?(?:加快|推进)?(?:续建|續建|在建|预备|預備|前期|储备|儲備)(?:工作)?(?:和[^，,。；;]{0,8})?(?:项目|項目)/;
/**
 * The same lists named before their count (`续建项目182个`, `续建项目共118个`, `建设项目的续建项目130项`, `其中续建项目35宗`), as a
 * year's list draws them up or holds them (`全年安排省市重点前期项目102项`, `另安排预备项目35项`, `含预备项目16项`), with the level
 * that files them: the name opens its phrase, so `新开工及在建项目10项` (this year's works with them) is not one. A list sorted by
 * stage names them without 项目 (`重大项目8项,其中续建3项、竣工1项、预备4项`).
 */
const PROJECTS_NOT_OF_THE_YEAR_BEFORE = /(?:^|[，,。；;：:、（(）)\s]|其中|(?<=项目)中|的|含|包括|安排)(?:省市|市县|省|市|县|区)?级?(?:重点|重點|重大)?(?:续建|續建|在建|预备|預備|前期|储备|儲備)(?:工作)?(?:项目|項目)(?:总计|共计|合计|共有|共|有|为)?\s*$|(?:其中|[、，,])\s*(?:续建|續建|在建|预备|預備|储备|儲備)\s*$/;
const PROJECTS_BEFORE_REACH = 16;
/** Of those lists, the projects going on from past years (`续建`, `在建`), as against those in reserve or preparation. */
const UNDER_WAY_FROM_PAST = /续建|續建|在建/;
/** Indicators named after their count, the words that sort them between (`项主要经济指标`, `个可以量化的指标`). */
const INDICATORS_AFTER = /^\s*(?:大|项)?[\u4e00-\u9fff]{0,6}指标/;
/** A share of a plan stated in a task (`占年度建设计划的67.3%`) is where the work stands, not an aim. */
const SHARE_OF_PLAN_BEFORE = /占[^，,。；;]{0,12}(?:计划|任务|目标|预算)[^，,。；;]{0,4}(?:的|比重为?|比例为?)$/;
/**
 * `占全县总户数的9.32%`, `其中:建档立卡户3660户…,建档立卡户占74%`: the share a part makes of a whole as things stand, written
 * beside the counts it is worked out from; a level to reach says so (`占比达到50%`, `占GDP比重提升至5%`).
 */
const SHARE_OF_A_WHOLE_BEFORE = /占(?:[^，,。；;\d达到至提升提高超过增长保持稳定控制]{0,14}的)?\s*$/;
/**
 * Words up to `中的` and a figure right after them: the part or share of the things counted; or `中有` and the kind of the part
 * before its figure (`120个项目中有交通类45个`).
 */
const WHOLE_OF_A_PART_AFTER = /^[^，,。；;、\d０-９]{0,12}?中(?:的?\s*(?:约|近)?|有[^，,。；;、\d０-９]{0,10}?)[0-9０-９]/;
/**
 * A count of things named, then `中` closing the clause (`在100个行政村中,`): the set that what follows is taken from or sorted
 * in. `高中`, `初中` and `集中` end in 中 as words, not as `among`.
 */
const SET_CLOSED_BY_AMONG_AFTER = /^[^，,。；;、：:\d０-９()（）]{1,14}?(?<![高初集心])中\s*(?:[，,：:]|$)/;
/** `在` opening the clause before the count (`在改扩建的88所卫生院中`, `在全县100个村中`): the frame of `among`. */
const AMONG_OPENING = /^\s*(?:据[^，,。；;]{0,4})?在[^，,。；;\d０-９]{0,12}$/;
const AMONG_REACH = 20;

/**
 * Whether a count names the set a clause of `在…中` is framed by (`在改扩建的88所乡镇卫生院中,`): the whole whose parts or members
 * the words after it count, not an aim of its own. A count named with `的` and `中` but no `在` (`建设…的9所学校宿舍楼项目中,`) is
 * left alone: reports also count such a list done. Read only for a count with `中` closing its clause.
 */
function isSetOpeningItsParts(text: string, quantity: Quantity): boolean {
  if ((quantity.unitClass !== 'count' && quantity.unitClass !== 'people') || quantity.comparator !== null) return false;
  if (!SET_CLOSED_BY_AMONG_AFTER.test(text.slice(quantity.span.end, quantity.span.end + 18))) return false;
  return AMONG_OPENING.test(clauseBefore(text, quantity.span.start, AMONG_REACH));
}

const COUNT_RIGHT_BEFORE = /[0-9０-９]\s*(?:项|項|个|個)\s*$/;
const PROJECTS_RIGHT_AFTER = /^[\u4e00-\u9fff]{0,6}?(?:项目|項目)/;
/** `总投资和年度计划分别较上年度增加17%`: how the plan's own size changed, said of the plan, not an aim. */
const CHANGE_OF_THE_PLAN_BEFORE = /(?:总投资|年度计划|投资计划|计划投资)[^，,。；;]{0,8}较(?:上年|去年)度?[^，,。；;]{0,4}$/;

/**
 * A count of divisions that sets a task's scope, not what it makes: in parentheses after what it sizes
 * (`贫困地区(32个县)`), before the things counted in them (`8个县(市)区176个村`), or closing a list of names
 * (`台湖等4个乡镇`, `范围内7个街道乡镇`), or all of them (`全县13个镇`). `新增2个乡镇建有托育机构` counts divisions to
 * reach and stays a target.
 */
function isScopeOfDivisions(text: string, quantity: Quantity): boolean {
  if (quantity.unitClass !== 'count') return false;
  const division = DIVISION.exec(text.slice(quantity.span.end, quantity.span.end + 10));
  if (!division) return isQualifiedDivisionsBeforeTheWorks(text, quantity);
  const afterDivision = text.slice(quantity.span.end + division[0].length, quantity.span.end + division[0].length + 4);
  const before = text.slice(Math.max(0, quantity.span.start - 6), quantity.span.start);
  if (/[(（]\s*(?:含|共|涉及)?\s*$/.test(before) && /^\s*[)）]/.test(afterDivision)) return true;
  if (/^\s*\d/.test(afterDivision)) return true;
  if (/(?:等|范围内|辖区内)\s*$/.test(before)) return true;
  // `全县13个镇`, `全市9个区`: every division of the place, the ones a task is done in, not a number of them to reach.
  return /全(?:省|市|区|县|州|盟|旗)(?:共|所辖)?\s*$/.test(before);
}

/**
 * Divisions named with the words that single them out, then the works counted in them, in one clause (`58个集中连片贫困县改造建设
 * 316所幼儿园`, `4个集中连片特困地区农村公路6815公里`, `12个革命老区县新建卫生院30所`): the places are the scope, as `8个县(市)区176个村`
 * is, and the works are the aim. A division of a level (`村级`, `县级`) is the works' own name; a division with no count of
 * works after it (`新增2个乡镇建有托育机构`), or with the level each is to reach (`7个试点县100%的建制村通硬化路`: the places
 * are the count to reach), is left alone.
 */
const QUALIFIED_DIVISION_THEN_WORKS = /^[\u4e00-\u9fff]{2,8}?(?:县|地区|乡镇|街道)(?![级市城域区])[^，,。；;、\d０-９]{0,8}?[0-9０-９][0-9０-９.．]*(?![0-9０-９.．%％]|\s*[%％])/;
/** The count after is of divisions again (`5个示范县和10个示范乡镇`): a list of places to make, not places and their works. */
const DIVISIONS_AGAIN_AFTER = /^\s*个[\u4e00-\u9fff]{0,6}?(?:县|地区|乡镇|街道)(?:[和及与、，,。；;]|创建|建设|$)/;
const QUALIFIED_DIVISION_REACH = 24;

function isQualifiedDivisionsBeforeTheWorks(text: string, quantity: Quantity): boolean {
  if (quantity.comparator !== null) return false;
  const after = text.slice(quantity.span.end, quantity.span.end + QUALIFIED_DIVISION_REACH);
  const works = QUALIFIED_DIVISION_THEN_WORKS.exec(after);
  return works !== null && !DIVISIONS_AGAIN_AFTER.test(after.slice(works[0].length, works[0].length + 10));
}

/**
 * Items of a list of tasks named after their count: `145项目标任务`, `53个事项`, `222个具体工作内容`, `10大类`; a plan's goals
 * said with the words that rank them (`12项主要预期目标中`, `2020年12项主要目标任务`); and the areas a list is grouped in,
 * counted before its items as its categories are (`等5个方面37项指标`, `10个方面32个小项`, `共安排10个方面、31项实事`), or named
 * as the work itself (`抓好…等6个方面工作`, `5个方面重点工作`): headings of a plan, which no report counts done. A goal of one
 * thing (`3个目标村`) names no list.
 */
const LIST_ITEMS_AFTER = /^(?:大类|项?(?:主要)?(?:预期|约束性)?(?:目标任务|重点任务|工作任务|目标(?=中|[，,。；;、]|$))|个?(?:事项|具体工作内容|具体工作任务|工作内容)|个?方面(?:[、，,]?\s*[0-9０-９]|的?(?:重点)?工作))/;
/** The reach of the words after a count that name the list it sizes (`项主要预期目标中`). */
const LIST_ITEMS_REACH = 10;
/** A count of tasks after the tasks (`主要经济指标任务10项`; not `年度目标任务4个`, a target in a column of them) or after the count of their categories (`12类45件`). */
const LIST_ITEMS_BEFORE = /(?:指标任务|事项)(?:共|共有|总计|合计|为)?\s*$|\d\s*大?类\s*$/;

/**
 * A list counted twice, in its items and in the parts they hold (`10件18项民生实事`, `共办理30件40个项目`, and the other way
 * round, `民生计划10项27件`): a figure in 件 run straight into a second count, or a figure in 项 run straight into one in 件,
 * and that second count. `新建学校3所、幼儿园5所` and `兴办12件实事` are no such pair.
 */
const PARTS_COUNT_AFTER_ITEMS = /^\s*[0-9０-９]+\s*(?:项|個|个)/;
const ITEMS_COUNT_BEFORE_PARTS = /[0-9０-９]\s*件\s*$/;
/** The pair the other way round, items in 项 and the pieces they hold in 件 (`民生计划10项27件`). */
const PIECES_COUNT_AFTER_ITEMS = /^\s*[0-9０-９]+\s*件/;
const ITEMS_COUNT_BEFORE_PIECES = /[0-9０-９]\s*项\s*$/;

function isItemsAndPartsPair(text: string, quantity: Quantity, after: string): boolean {
  if (quantity.unit === '件') {
    return PARTS_COUNT_AFTER_ITEMS.test(after) || ITEMS_COUNT_BEFORE_PIECES.test(text.slice(Math.max(0, quantity.span.start - 4), quantity.span.start));
  }
  if (quantity.unit === '项' && PIECES_COUNT_AFTER_ITEMS.test(after)) return true;
  return /^(?:项|个)$/.test(quantity.unit) && ITEMS_COUNT_BEFORE_PARTS.test(text.slice(Math.max(0, quantity.span.start - 4), quantity.span.start));
}

/**
 * A list's headings counted beside the items under them (`为民办实事项目共25大项,涉及我市21个大项、27个小项`, `20个大项、75个
 * 小项`): reports count the items done (`等5小项已完成`), so the headings only name the list, as its categories do.
 */
const HEADINGS = '大项';
const HEADINGS_AFTER = /^\s*个?大项(?!目)/;
const SUB_ITEMS_LATER = /小项(?!目)/;
const SUB_ITEMS_REACH = 40;

function isCountOfHeadingsBesideItems(text: string, quantity: Quantity, sentenceEnd: number): boolean {
  let headingsEnd = quantity.span.end;
  if (quantity.unit !== HEADINGS) {
    // Most counts are followed by no 大项: one look at the code after them first.
    const next = text.charAt(headingsEnd) === '个' ? text.charAt(headingsEnd + 1) : text.charAt(headingsEnd);
    if (next !== '大') return false;
    const headings = HEADINGS_AFTER.exec(text.slice(quantity.span.end, quantity.span.end + 4));
    if (headings === null) return false;
    headingsEnd += headings[0].length;
  }
  return SUB_ITEMS_LATER.test(text.slice(headingsEnd, Math.min(Math.max(sentenceEnd, headingsEnd), headingsEnd + SUB_ITEMS_REACH)));
}

/**
 * A year's list of matters counted, then the items or indicators it holds counted after it in the same sentence
 * (`10项暖民心行动38个指标`, `新20项民心工程,由城建系统承担的34个子项工程`, `15项市民生实事项目、31个子项`): the items are what a
 * report counts done, so the list's own count only names it, as its headings do beside their 小项. A list counted alone
 * (`办好20项民心工程`) is left to the progress, which may measure it by its count.
 */
const LIST_OF_MATTERS_AFTER = /^[^\d０-９，,。；;、（()）]{0,10}?(?:实事|民生工程|民心工程|民心行动)/;
const ITEMS_OF_THE_LIST_LATER = /[0-9０-９]\s*[个個项項]?(?:子项|小项|指标)(?!任务)/;
const LIST_COUNT_UNITS: ReadonlySet<string> = new Set(['项', '件', '个', '項', '個']);
const MATTERS_MARK_CHARS = new CodeTable(['实', '民']);

function hasCharWithin(text: string, from: number, to: number, chars: CodeTable): boolean {
  const end = Math.min(to, text.length);
  for (let index = from; index < end; index += 1) if (chars.has(text.charCodeAt(index))) return true;
  return false;
}

function isCountOfAListBesideItsItems(text: string, quantity: Quantity, sentenceEnd: number): boolean {
  if (!LIST_COUNT_UNITS.has(quantity.unit)) return false;
  // Every list of matters is named with 实 or 民: most counts have neither after them, and are passed over without a slice.
  if (!hasCharWithin(text, quantity.span.end, quantity.span.end + 14, MATTERS_MARK_CHARS)) return false;
  const named = LIST_OF_MATTERS_AFTER.exec(text.slice(quantity.span.end, quantity.span.end + 14));
  if (named === null) return false;
  const from = quantity.span.end + named[0].length;
  return ITEMS_OF_THE_LIST_LATER.test(text.slice(from, Math.min(Math.max(sentenceEnd, from), from + SUB_ITEMS_REACH)));
}

function isSizeOfTheList(text: string, quantity: Quantity, after: string): boolean {
  if (quantity.unit === '类') return true;
  if (isItemsAndPartsPair(text, quantity, after)) return true;
  if (LIST_ITEMS_AFTER.test(text.slice(quantity.span.end, quantity.span.end + LIST_ITEMS_REACH))) return true;
  return /^(?:项|件|个)$/.test(quantity.unit) && LIST_ITEMS_BEFORE.test(text.slice(Math.max(0, quantity.span.start - 8), quantity.span.start));
}

/**
 * The words of a percent's clause before it, with the figures listed before it in a list (`增加17%、26%`: the 26% reads
 * from `总投资…较上年度增加`).
 */
function clauseOpening(text: string, quantity: Quantity): string {
  const before = text.slice(Math.max(0, quantity.span.start - 40), quantity.span.start);
  const start = Math.max(before.lastIndexOf('，'), before.lastIndexOf(','), before.lastIndexOf('。'), before.lastIndexOf('；'), before.lastIndexOf(';'));
  const opening = before.slice(start + 1);
  // Only a clause that ends in a list's connector can end in listed percents: most do not, and skip the pattern.
  return LIST_CONNECTOR_LAST.test(opening) ? opening.replace(LISTED_PERCENTS_AT_END, '') : opening;
}

const LIST_CONNECTOR_LAST = /[、和及]\s*$/;
const LISTED_PERCENTS_AT_END = /(?:[-−]?\d+(?:\.\d+)?%\s*[、和及]\s*)+$/;

/** A year's list of key projects, which a progress may measure by its starts (`等63个区级重点项目` → `已开工43个`). */
function isListOfKeyProjects(text: string, quantity: Quantity): boolean {
  const list = listSizeOf(text, quantity);
  return list !== null && (list.noun === '项目' || list.noun === '項目');
}

/** A clause that opens on a plan's noun (`规划安置项目`, `规划面积`), not on a plan to make something (`规划建设…`). */
const PLAN_SCOPE_OPENING = /^\s*(?:全(?:省|市|区|县))?规划(?!建设|新建|改造|实施|完成|建成|开工)[\u4e00-\u9fff]/;
/** Words that date a plan: a year, a year's end, a deadline. */
const DATED = /\d{2,4}\s*年|[今当明]年|年[底末内度]|月底|前/;
const PLAN_CLAUSE_REACH = 40;

/** Figures in a clause that states a plan's scope without a date: what the plan covers, not a target of a period. */
function isUndatedPlanScope(text: string, quantity: Quantity): boolean {
  const clause = clauseBefore(text, quantity.span.start, PLAN_CLAUSE_REACH);
  return PLAN_SCOPE_OPENING.test(clause) && !DATED.test(clause) && !DATED.test(text.slice(quantity.span.end, quantity.span.end + 6));
}

/**
 * `自2019年开工建设的40个示范村`: things named by when they were begun, in a past year, are things that already exist; the count
 * identifies them, and what is said of them after is the aim.
 */
const BEGUN_SINCE_A_YEAR_BEFORE = /自\s*\d{4}\s*年[^，,。；;\d]{0,10}?(?:开工|启动|实施|开始)[^，,。；;\d]{0,4}的\s*$/;
/**
 * `省属12家大型企业年度计划投资800亿元`: the firms whose year's investment is the aim, counted before it; the aim is the money.
 */
const FIRMS_WITH_THEIR_PLAN_AFTER = /^[\u4e00-\u9fff]{0,8}?企业(?:年度|全年|今年)?计划(?:完成)?投资/;
/**
 * `某县辖13个乡镇11.4万户群众`, `全市下辖9个区`: what a place holds under it describes the place, the ground of its tasks; the
 * figures after `辖` in its clause are its size, with no verb of making between.
 */
const UNDER_THE_PLACE_BEFORE = /(?:省|市|县|区|州|盟|旗|镇|乡)下?辖(?:有|共)?[^，,。；;]{0,16}$/;
const MAKING_AFTER_JURISDICTION = /新建|建设|建成|改造|完成|实施|新增|创建|打造|培育/;
/** Whom a sum is given to, before the count of them (`共为全县`, `向`). */
const FUNDED_BEFORE = /(?:为|向|给)(?:全(?:省|市|区|县))?\s*$/;
/** A sum put into the bodies counted, in their clause: `…投入资金`, `…拨付专项资金`, `…安排建设经费`. */
const FUNDING_AFTER = /^[^，,。；;]{0,16}?(?:投入|拨付|安排|下达|筹措|筹集)[^，,。；;]{0,6}?(?:资金|经费)/;

/**
 * The words of a sum since the last mark, list mark or parenthesis before it: `补助资金` in `…计划共2100户、补助资金2077万元`.
 * Read back within a short reach, so a cell without marks stays linear.
 */
function wordsSinceMark(text: string, start: number): string {
  const from = Math.max(0, start - FUNDING_WORDS_REACH);
  let index = start;
  while (index > from && !FUNDING_WORDS_MARKS.has(text.charCodeAt(index - 1))) index -= 1;
  return text.slice(index, start);
}

const FUNDING_WORDS_REACH = 16;
const FUNDING_WORDS_MARKS = new CodeTable(['，', ',', '。', '；', ';', '、', '(', '（', '：', ':', '\n']);
/**
 * A sum named only by where it comes from (`补助资金2077万元`, `其中中央补助资金8.715亿元`, `省级财政配套资金8000万元`,
 * with 财政 after the kind as well: `市级配套财政资金500万元`): the money allotted with a plan, not an aim. A verb before the
 * noun makes the sum something to do (`争取中央补助资金5000万元`, `发放补贴资金1.2亿元`, `落实配套资金3000万元`), and it
 * stays a target.
 */
const FUNDING_SOURCE = /^\s*(?:其中)?\s*(?:中央|国家|省|市|县|区)?(?:和省)?(?:级)?(?:财政)?(?:专项)?(?:补助|配套|奖补|补贴)(?:财政)?资金(?:共|共计|合计|总计|约|为|达)?\s*$/;

/** A clause about the report itself before a count of what it covers: `列入本次督查通报的为`, `本期通报涉及`. */
const OF_THIS_REPORT_BEFORE = /(?:列入|纳入)本[次期][^，,。；;]{0,6}通报[^，,。；;]{0,4}$|本[次期][^，,。；;]{0,4}通报(?:共|涉及|包括|列入)\s*$/;

const QUANTITY_BEFORE = /\d\s*(?:万|亿)?\s*(?:个|家|所|处|座|项|宗|件|条|套|间|人|名|户|公里|平方米|亩|元|张|辆|台)/;

/**
 * A bar, then the places or bodies that pass it, then the list of them (`…90%以上的县(市)有:`, `…60%的县为`, `…低于50%的乡镇是`):
 * a 督查通报 sorting places by their progress. A share of the places to reach (`80%以上的村实现…`) is no list of them.
 */
const BAR_OF_PLACES_LISTED = /^\s*的\s*(?:县|市|区|乡镇|乡|镇|街道|村|单位|部门|地区|省份|省|州|盟|旗)[^\d，,。；;]{0,6}?(?:有|为|是|包括)\s*(?:[:：]|$)/;

function isHeldUnderThePlace(text: string, quantity: Quantity): boolean {
  const clause = clauseBefore(text, quantity.span.start, UNDER_THE_PLACE_REACH);
  if (!clause.includes('辖')) return false;
  const under = UNDER_THE_PLACE_BEFORE.exec(clause);
  return under !== null && !MAKING_AFTER_JURISDICTION.test(under[0]);
}
const UNDER_THE_PLACE_REACH = 24;

function endsItsClause(text: string, context: QuantityContext, quantity: Quantity): boolean {
  const rest = text.slice(quantity.span.end, Math.max(quantity.span.end, context.phraseEnd));
  return rest.trim() === '' || context.phraseEnd === quantity.span.end;
}

/**
 * Later in the sentence, a verb that replaces a count with another, then the new count: its counting word is captured
 * (`,细分为30个`, `,后调整为25所`).
 */
const REPLACED_BY_LATER = /^[^。；;！!？?\d０-９]{0,24}?(?:调整为|细分为|分解为|细化为|变更为|调增为|调减为|调整到)\s*[0-9０-９]+\s*(?:万|千)?\s*([\u4e00-\u9fff])/;
const REPLACED_REACH = 40;

/**
 * `对17件实事27个子项目再次细化,细分为30个子项目`, `原定新建学校20所,调整为25所`: a count that the same sentence replaces with
 * another in the same counting word is what the plan was before; the new count is the aim. Read only for a count, with one
 * look ahead that stops at the first digit.
 */
function isCountReplacedLater(text: string, quantity: Quantity): boolean {
  if (quantity.unitClass !== 'count' || quantity.kind !== 'single') return false;
  const later = REPLACED_BY_LATER.exec(text.slice(quantity.span.end, quantity.span.end + REPLACED_REACH));
  return later !== null && quantity.unit.startsWith(later[1] ?? '');
}

/** A change against an earlier figure right before a rate: `较2022年增加`, `比上年增长`. */
const CHANGE_AGAINST_EARLIER_BEFORE = /(?:较|比)[^，,。；;\d]{0,6}(?:\d{4}\s*年|上年|去年)[^，,。；;\d]{0,4}?(?:增加|增长|提高)\s*$/;
/** The next clause opening on things added (`,新增牙椅12台`, `,增加床位300张`): the things captured, then a count. */
const THINGS_ADDED_NEXT = /^\s*[，,]\s*(?:即|需)?(?:新增|增加)([\u4e00-\u9fff]{2,6}?)\s*[0-9０-９]/;
const RATE_CLAUSE_REACH = 40;

/**
 * `牙椅总数较2022年增加5%,新增牙椅12台`: a rate of change of things against an earlier year, followed by the count of those
 * things added, is how the count was worked out; the count is the aim the progress measures, and the rate only says why
 * (as a share beside the counts it is worked out from is, `isShareOfAStatedWhole`). The things must be named in the rate's
 * clause. Read only for a percent after a change against an earlier figure.
 */
function isRateCarriedOutByTheCount(text: string, quantity: Quantity): boolean {
  if (quantity.unitClass !== 'percent') return false;
  const clause = clauseBefore(text, quantity.span.start, RATE_CLAUSE_REACH);
  if (!CHANGE_AGAINST_EARLIER_BEFORE.test(clause)) return false;
  const added = THINGS_ADDED_NEXT.exec(text.slice(quantity.span.end, quantity.span.end + 16));
  const things = added?.[1] ?? '';
  return things !== '' && clause.includes(things.slice(0, 2));
}

/** `对20所学校的…`: a count right after 对, of things whose parts (`的配电房`) the work is done on. */
const WORKED_ON_BEFORE = /对\s*$/;
const PARTS_OF_THEM_AFTER = /^[\u4e00-\u9fff]{1,8}的/;
const DIGIT_CODE = /[0-9０-９.．]/;

/**
 * `实施20所中小学清凉工程 | 对20所学校的配电房及供电线路进行改造`: a count after 对 whose things' parts are worked on (`的配电房`),
 * written earlier in the text as it stands, restates the things already counted to say what is done to them; it is no
 * second aim. Read only after 对, which few counts have.
 */
function isCountRestatedAsWhatIsWorkedOn(text: string, quantity: Quantity): boolean {
  if (quantity.unitClass !== 'count' || quantity.span.start < 1) return false;
  if (!WORKED_ON_BEFORE.test(text.slice(Math.max(0, quantity.span.start - 2), quantity.span.start))) return false;
  if (!PARTS_OF_THEM_AFTER.test(text.slice(quantity.span.end, quantity.span.end + 10))) return false;
  const written = quantity.text.trim();
  const earlier = text.lastIndexOf(written, quantity.span.start - written.length);
  return earlier >= 0 && !DIGIT_CODE.test(text.charAt(earlier - 1));
}

/**
 * The next clause opening on this year (`,今年实施1950户`, `,其中年内完成800户`), then a figure: its counting word is captured.
 */
const YEARS_PART_NEXT = /^\s*[，,]\s*(?:其中)?\s*(?:今年|年内|当年|本年度?|全年)[^，,。；;\d０-９]{0,10}?[0-9０-９][0-9０-９.．]*\s*(?:万|千)?\s*([\u4e00-\u9fff]{1,3})/;
const YEARS_PART_REACH = 30;
const OWN_CLAUSE_REACH = 40;

/**
 * `计划实施“四改”工程3750户,今年实施1950户`: a whole with no date of its own, followed by this year's part of it in the same
 * counting word, is the size of a programme that runs over years; the year's part is the aim (as `isUndatedPlanScope` reads a
 * plan's scope). A whole dated itself (`年内改造3750户,今年…`) is left alone. Read only for a figure followed by a comma and a
 * word of this year, which few are.
 */
function isWholeBeforeTheYearsPart(text: string, quantity: Quantity): boolean {
  if ((quantity.unitClass !== 'count' && quantity.unitClass !== 'measure') || quantity.kind !== 'single') return false;
  const next = YEARS_PART_NEXT.exec(text.slice(quantity.span.end, quantity.span.end + YEARS_PART_REACH));
  if (next === null || !(next[1] ?? '').startsWith(quantity.unit)) return false;
  return !DATED.test(clauseBefore(text, quantity.span.start, OWN_CLAUSE_REACH));
}

/** `…项目12个`, `…项目共12个`: a count of projects, named right before it. */
const PROJECTS_NAMED_RIGHT_BEFORE = /(?:项目|項目)(?:共|共计|合计)?\s*$/;
/**
 * A figure of the works themselves right after the count, with no mark between: dwellings, households, rooms, a length, an area
 * (`3022套`, `1.2万户`, `86公里`).
 */
const WORKS_FIGURE_RIGHT_AFTER = /^\s*[0-9０-９][0-9０-９.．]*\s*(?:万|千)?\s*(?:套|户|间|栋|公里|千米|米|平方米|亩)/;

/**
 * `年度棚改项目12个3022套`, `农村公路项目8个86公里`: a count of projects run together with the figure of the works they hold; a
 * report measures the works (`已开工3022套`), and the projects only say how the works are grouped. Read only for a count in
 * 个/项 with 项目 right before it, which few counts have.
 */
function isProjectsHoldingTheWorks(text: string, quantity: Quantity): boolean {
  if (quantity.unitClass !== 'count' || !/^(?:个|個|项|項)$/.test(quantity.unit)) return false;
  return PROJECTS_NAMED_RIGHT_BEFORE.test(text.slice(Math.max(0, quantity.span.start - 6), quantity.span.start))
    && WORKS_FIGURE_RIGHT_AFTER.test(text.slice(quantity.span.end, quantity.span.end + 12));
}

/** How far back a quotation's opening mark is looked for, and how far on its closing mark. */
const QUOTE_REACH = 40;
/** `按照住建部`, `根据省政府`, `落实国务院`: the work follows the quoted aim of the one named. */
const FOLLOWING_BEFORE_QUOTE = /(?:按照|根据|依据|落实|贯彻)[^，,。；;“”"]{0,12}$/;
/** `”的一致部署`, `”的工作要求`, `”目标要求`: the quotation closes on the word that makes it a basis. */
const BASIS_AFTER_QUOTE = /^[”"]\s*的?[^，,。；;“”]{0,4}(?:部署|要求|安排|精神)/;

/**
 * A figure inside a quotation that the work follows (`按照…“…不少于1000座…”的一致部署`): the aim quoted is another level's,
 * cited as the basis. Asked only of a figure with an opening quotation mark shortly before it.
 */
function isAimQuotedAsTheBasis(text: string, quantity: Quantity): boolean {
  // The marks are looked for within the reach only: a search of the whole text for each figure is quadratic on a cell
  // pasted full of figures and no quotation.
  const from = Math.max(0, quantity.span.start - QUOTE_REACH);
  const before = text.slice(from, quantity.span.start);
  const openInReach = before.lastIndexOf('“');
  if (openInReach < 0 || before.lastIndexOf('”') > openInReach) return false;
  const closeInReach = text.slice(quantity.span.end, quantity.span.end + QUOTE_REACH + 1).indexOf('”');
  if (closeInReach < 0) return false;
  const open = from + openInReach;
  const close = quantity.span.end + closeInReach;
  return FOLLOWING_BEFORE_QUOTE.test(text.slice(Math.max(0, open - 16), open)) && BASIS_AFTER_QUOTE.test(text.slice(close, close + 12));
}

/**
 * Why a quantity of a target text is not a target, or null when it is one.
 *
 * @example
 * nonTargetReason('新开工10亿元以上项目20个', quantityOf('10亿元以上'), contextOf(…)) // 'qualifier'
 */
export function nonTargetReason(text: string, quantity: Quantity, context: QuantityContext): NonTargetReason | null {
  const after = text.slice(quantity.span.end, quantity.span.end + 6);
  const sizeClass = quantity.unitClass === 'money' || quantity.unitClass === 'measure' || quantity.unitClass === 'percent';
  // `建设4座110千伏变电站`, `10千伏线路改造`: a voltage is the class of the lines and stations, never an amount to reach.
  if (quantity.unit === VOLTAGE_UNIT) return 'qualifier';
  // `经历…三个阶段`, `分两步实施`: the stages a plan or a history is told in are its shape, never an amount to reach.
  if (quantity.unitClass === 'count' && STAGES_AFTER.test(text.slice(quantity.span.end, quantity.span.end + 3))) return 'qualifier';
  // `10亿元以上项目`, `5000万元以上的产业项目`: a size with 以上/以下 that runs into a noun.
  // A percent qualifies only where the things are counted after it (`研发投入占比3%以上的企业达到100家`); alone it is the
  // share to reach (`覆盖一半以上的乡镇`).
  if (sizeClass && /以上|以下|及以上/.test(quantity.comparatorText) && CJK.test(after.charAt(0)) && !NOT_A_NOUN_AFTER.test(after)
    && (quantity.unitClass !== 'percent' || COUNT_LATER.test(text.slice(quantity.span.end, Math.min(context.sentenceEnd, quantity.span.end + 30))))) return 'qualifier';
  if (/^的?(?:项目|企业|工业企业|商贸企业|重大项目|产业项目)/.test(after) && quantity.unitClass === 'money') return 'qualifier';
  // `年耗能5000吨标准煤以上的重点耗能企业`, `年用水量10万立方米新水以上的单位`: a size whose 以上 follows the stuff measured, then
  // the bodies it sizes.
  if ((quantity.unitClass === 'measure' || quantity.unitClass === 'money') && quantity.comparator === null && CJK.test(after.charAt(0))
    && STUFF_THEN_SIZE_OF_BODIES.test(text.slice(quantity.span.end, quantity.span.end + STUFF_REACH))) return 'qualifier';
  // `重点调度的209项10亿元新建工业项目`: a sum between a count and the projects counted is their size.
  if (quantity.unitClass === 'money' && COUNT_RIGHT_BEFORE.test(text.slice(Math.max(0, quantity.span.start - 4), quantity.span.start))
    && PROJECTS_RIGHT_AFTER.test(text.slice(quantity.span.end, quantity.span.end + 10))) return 'qualifier';
  // `政府投资5000万元以上、企业投资亿元以上项目`: sizes listed together qualify the one noun the last runs into.
  if (sizeClass && /以上|以下/.test(quantity.comparatorText) && QUALIFIER_LISTED_AFTER.test(text.slice(quantity.span.end, quantity.span.end + 24))) return 'qualifier';
  // `30户以上自然村寨`, `500人以上企业`: a population that sizes the places or bodies counted, not people to reach.
  if ((quantity.unit === '户' || quantity.unitClass === 'people') && /以上|以下|及以上/.test(quantity.comparatorText) && SIZED_BY_POPULATION.test(after)) return 'qualifier';
  // `对吸纳就业超过100人的企业给予奖励`, `用工不足10人的小微企业`, `服务人口超过3万的卫生院`: a threshold the bodies helped pass,
  // in the words that name them.
  if ((quantity.unit === '户' || quantity.unitClass === 'people' || (quantity.unitClass === 'bare' && PEOPLE_NAMED_BEFORE.test(text.slice(Math.max(0, quantity.span.start - 4), quantity.span.start))))
    && THRESHOLD_OF_BODIES_AFTER.test(after)
    && (quantity.comparatorText !== '' || THRESHOLD_WORD_BEFORE.test(text.slice(Math.max(0, quantity.span.start - 2), quantity.span.start)))) return 'qualifier';
  // `开工率达90%以上的县(市)有:`, `超过年度投资计划60%的县有:`: the bar by which a notice lists the places that pass it.
  if (sizeClass && BAR_OF_PLACES_LISTED.test(text.slice(quantity.span.end, quantity.span.end + 16))) return 'qualifier';
  // `整改完成率较高的为自贡市100%、广元市100%`: each place's own figure, in a notice's ranking of the places.
  if (isFigureOfARankedPlace(text, quantity) || isFigureReachedByListedPlaces(text, quantity)) return 'description';
  // `续建项目182个`, `(含预备项目16项)`: projects under way from past years or held in reserve are no works of this year, in
  // parentheses or not.
  if (quantity.unitClass === 'count') {
    const named = PROJECTS_NOT_OF_THE_YEAR.exec(text.slice(quantity.span.end, quantity.span.end + 24))
      ?? PROJECTS_NOT_OF_THE_YEAR_BEFORE.exec(text.slice(Math.max(0, quantity.span.start - PROJECTS_BEFORE_REACH), quantity.span.start));
    // Projects in reserve or preparation are no works of the year at all; those going on from past years may be counted resumed.
    if (named !== null) return UNDER_WAY_FROM_PAST.test(named[0]) ? 'worksOfPastYears' : 'qualifier';
  }
  // `农业基础设施(9 项) | 年度计划(亿元) 9`: a table row's label sizing its group; the plan column holds the aim.
  if (isSizeOfALabelledGroup(text, quantity)) return 'qualifier';
  // `146所学校（74所中小学和72所幼儿园）`: the parts of a figure, in parentheses after it.
  if (isInPartsParenthesis(text, quantity)) return 'partInParentheses';
  // `建成任务2000套,要求6月底建成率50%以上、8月底80%以上`: the dates the count's share is due by pace the count.
  if (isStepOfACountsSchedule(text, quantity, context.sentenceStart, context.sentenceEnd)) return 'part';
  if (quantity.unitClass === 'percent' && quantity.comparator === null && SHARE_OF_PLAN_BEFORE.test(text.slice(Math.max(0, quantity.span.start - 20), quantity.span.start))) return 'part';
  if (quantity.unitClass === 'percent' && quantity.comparator === null && SHARE_OF_A_WHOLE_BEFORE.test(text.slice(Math.max(0, quantity.span.start - 20), quantity.span.start))) return 'part';
  // `占全省固定资产投资计划6441亿元的32.4%`: the share of a wider plan stated with its figure, and that figure, weigh the target.
  if (isShareOfAStatedWhole(text, quantity)) return 'part';
  if (isWholeOfAStatedShare(text, quantity)) return 'qualifier';
  if (quantity.unitClass === 'percent' && CHANGE_OF_THE_PLAN_BEFORE.test(clauseOpening(text, quantity))) return 'qualifier';
  // `年度计划投资1090亿元,同比增长35%`, `年度计划投资增加35.28亿元`: how the plan compares with last year's describes the plan,
  // and so does its change where the text restates it after a revision (`…年度计划投资49亿元,增加5.45%`).
  if (isChangeOfThePlan(text, quantity) || isChangeOfARestatedPlan(text, quantity)) return 'qualifier';
  // `项目2000个,增长15%`: the count's aim told again against last year; the count is the aim read.
  if (isGrowthOfTheCountBefore(text, quantity)) return 'qualifier';
  // `比去年的3205万人增加了2848万人,增加幅度达89%`, `较上年增加10万人,增长10%`: the earlier figure of a comparison, and the
  // change told again as a rate, describe how the plan compares with the year before.
  if (isBaseOfAComparison(text, quantity) || isRateOfTheChangeBefore(text, quantity)) return 'description';
  // `共调出16个、调进28个`: projects moved out of or into a revised list say how it changed; its new size is the figure measured.
  if (isCountMovedInOrOut(text, quantity)) return 'qualifier';
  if (isScopeOfDivisions(text, quantity)) return 'qualifier';
  // `对口支援西部12县和3个民族县`: a list of divisions is the area a task is done in, or whom it helps.
  if (isCountInListOfDivisions(text, quantity, context)) return 'qualifier';
  // `总投资约233亿元`: the size of a project, not the year's aim (`年度投资约76.8亿元`, `年度总投资107216万元`).
  if (isTotalInvestmentOfTheProjects(text, quantity, context.sentenceEnd)) return 'qualifier';
  // `投资1100余亿元规划建设的30个重点项目`: the sum the 的 ties to the projects after it is what they cost.
  if (isInvestmentOfProjectsNamedAfter(text, quantity)) return 'qualifier';
  // `3个产业项目和33个民生项目共36个重点项目`: counts a total in their clause sums are its parts; the total is the list measured.
  if (isPartBeforeItsTotal(text, quantity)) return 'part';
  // `项目总占地3.5万平方米`, `用地面积120亩`: the ground a project stands on is its size, not an amount of work to reach
  // (`新增绿地面积5万平方米` is one).
  if (quantity.unitClass === 'measure' && /(?:占地|用地)(?:总?面积)?(?:约|近|达|为)?\s*$/.test(text.slice(Math.max(0, quantity.span.start - 7), quantity.span.start))) return 'qualifier';
  // `按照省厅“年内新建不少于500个…”的统一部署`: a higher level's aim quoted as the basis of the work is not this place's target.
  if (isAimQuotedAsTheBasis(text, quantity)) return 'description';
  // `300米见绿、500米见园`, `出门1公里见林`: a distance followed by what is seen within it is a standard of reach (how near
  // green or a park stands to every home), a slogan the work is built to, not a length of work to reach.
  if (quantity.unitClass === 'measure' && DISTANCE_UNITS.has(quantity.unit) && WITHIN_REACH_AFTER.test(after)) return 'standard';
  // `全长190米`, `宽12米`, `东环路投资约300万元`: what a project is, in its description, not what it must reach.
  if (isDimensionOfAStructure(text, quantity) || isCostOfANamedProject(text, quantity)) return 'qualifier';
  // `该工程投入资金1200万元`: the cost of the work named before, referred back to, describes it; the work is the aim.
  if (isCostOfTheWorkReferredBack(text, quantity)) return 'qualifier';
  // `建成后可新增学位约5400个`, `可提供园位1415个`: what the work holds once built describes it; the building is the aim.
  if (isCapacityOfTheWork(text, quantity) || isDailyCapacityOfTheWorks(text, quantity) || isClassesOfTheSchools(text, quantity) || isYearlyCapacityNamingTheWorks(text, quantity)) return 'qualifier';
  // `共四层,12个教学班`, `1栋3层`: the layout of a building described; the building is the aim.
  if (isLayoutOfABuilding(text, quantity)) return 'qualifier';
  // `实施20所学校清凉工程 | 对20所学校的配电房进行改造`: the things already counted, named again as what the work is done on.
  if (isCountRestatedAsWhatIsWorkedOn(text, quantity)) return 'qualifier';
  // `27个子项目…细分为30个子项目`, `原定20所,调整为25所`: a count the sentence goes on to replace is no longer the aim.
  if (isCountReplacedLater(text, quantity)) return 'description';
  // `牙椅总数较上年增加5%,新增牙椅12台`: a rate of change carried out by the count of the same things added right after it.
  if (isRateCarriedOutByTheCount(text, quantity)) return 'description';
  // `实施改造工程3750户,今年实施1950户`: an undated whole, with this year's part of it in the next clause, is the programme's size.
  if (isWholeBeforeTheYearsPart(text, quantity)) return 'qualifier';
  // `棚改项目12个3022套`: the projects that hold the works counted right after them; the works are the aim.
  if (isProjectsHoldingTheWorks(text, quantity)) return 'qualifier';
  // `规划安置项目120个、6万套`: the scope of a plan, with no year to reach it in, describes the plan.
  if (isUndatedPlanScope(text, quantity)) return 'qualifier';
  // `4个结构性指标均实现10%以上增长`, `35个可以量化的指标中`: a count of the indicators names them; the aim is the growth,
  // or each indicator's own figure.
  if (quantity.unitClass === 'count' && INDICATORS_AFTER.test(text.slice(quantity.span.end, quantity.span.end + LIST_ITEMS_REACH))) return 'qualifier';
  // `57个新续建重点项目全年计划完成投资98.5亿元`: the projects are the scope of a money aim in the same sentence.
  // A year's list of key projects is left to the progress, which may measure it by its starts as well as its money.
  if (quantity.unitClass === 'count' && /^[\u4e00-\u9fff]{0,10}(?:项目|实事|事项)/.test(after) && /\d\s*(?:万|亿)?元/.test(text.slice(quantity.span.end, Math.min(context.sentenceEnd, quantity.span.end + SCOPE_REACH)))
    && !isListOfKeyProjects(text, quantity) && !isListBesideItsYearsPlan(text, quantity, context.sentenceEnd)) return 'qualifier';
  // `某县辖13个乡镇11.4万户群众`: the size of the place, held under it.
  if ((quantity.unitClass === 'count' || quantity.unitClass === 'people') && isHeldUnderThePlace(text, quantity)) return 'qualifier';
  // `自2019年开工建设的40个示范村`: things identified by the year they were begun.
  if (quantity.unitClass === 'count' && BEGUN_SINCE_A_YEAR_BEFORE.test(text.slice(Math.max(0, quantity.span.start - 24), quantity.span.start))) return 'qualifier';
  // `省属12家大型企业年度计划投资800亿元`: the firms whose planned investment is the aim.
  if (quantity.unitClass === 'count' && quantity.comparator === null && FIRMS_WITH_THEIR_PLAN_AFTER.test(text.slice(quantity.span.end, quantity.span.end + 20))) return 'qualifier';
  // `“兜底帮扶2500名困难群体就业”等46件实事`, `"…""…" 2 个项目`, `…、公厕建设等7项任务`, `“…”“…”2项…行动`: the size of a
  // list whose items are named before it.
  // A year's list of key projects (`…等63个区级重点项目`) is left to the progress, which may measure it by its starts.
  if (quantity.unitClass === 'count' && /(?:等|[”"」])\s*$/.test(text.slice(Math.max(0, quantity.span.start - 2), quantity.span.start))
    && /^[\u4e00-\u9fff]{0,4}(?:项目|工程|实事|事项|任务|行动)/.test(after) && !isListOfKeyProjects(text, quantity)) return 'qualifier';
  // `东湖、西湖、南湖3个湿地修复项目`: the count of the projects just named.
  if (sizesNamedList(text, quantity)) return 'qualifier';
  // `分行业看,39个工业项目`, `按阶段划分,其中46个投产项目`: the size of one group of a list the report sorts.
  if (isGroupOfABreakdown(text, quantity)) return 'qualifier';
  // `为12所学校投入资金`, `向8个村拨付专项资金`: the bodies a sum goes to; the aim is the money (`为1000名老人发放津贴`
  // and `为20所学校配备校医` count what is done for each, and stay targets).
  if (quantity.unitClass === 'count' && quantity.comparator === null && FUNDED_BEFORE.test(text.slice(Math.max(0, quantity.span.start - 4), quantity.span.start))
    && FUNDING_AFTER.test(text.slice(quantity.span.end, Math.min(context.sentenceEnd, quantity.span.end + 30)))) return 'qualifier';
  // `对17家机构…进行督导`: the things overseen, not a count to reach (`对162条背街小巷开展综合整治` is one).
  if (/对\s*$/.test(text.slice(Math.max(0, quantity.span.start - 2), quantity.span.start)) && quantity.comparator === null
    && /督导|督查|检查|调度|指导|评估|考核|巡查|抽查/.test(text.slice(quantity.span.end, Math.min(context.sentenceEnd, quantity.span.end + 30)))) return 'qualifier';
  // The size of the report's own list of tasks, as its opening lines count it (`明确145项目标任务`, `民生实事10大类50个事项`,
  // `主要经济指标任务10项`, `共有12类45件`): what the report covers, not something its tasks reach.
  if (quantity.unitClass === 'count' && (isSizeOfTheList(text, quantity, after) || isCountOfHeadingsBesideItems(text, quantity, context.sentenceEnd)
    || isCountOfAListBesideItsItems(text, quantity, context.sentenceEnd))) return 'qualifier';
  // `福州市…为民办实事项目共20个大项、75个小项,涉及我市13个大项、27个小项`: the higher level's list, of which the place's
  // part after it is the place's own.
  if (quantity.unitClass === 'count' && isWholeOfAPlacesPart(text, quantity, context.sentenceEnd)) return 'qualifier';
  // `列入本次督查通报的为4项`, `本次通报涉及12项`: how many items the report itself covers.
  if (quantity.unitClass === 'count' && OF_THIS_REPORT_BEFORE.test(clauseOpening(text, quantity))) return 'qualifier';
  // `改造涉及居民1200户`, `问题6项,涉及金额2.37亿元`, `这12个项目`, `20项重点工程之一`, `杭州、温州…等9个设区市`: the scope a task involves, the
  // places it names one by one, things already counted, referred back to, or the list the task is one of.
  if (isScopeInvolved(text, quantity) || isSumTheProblemsInvolve(text, quantity) || isPlacesInvolved(text, quantity) || isPlacesTheCountedWorksCover(text, quantity) || isPlacesCoveredByTheWorksBefore(text, quantity) || isVillagesOfTheCountedWorks(text, quantity) || isCountOfPlacesNamedBefore(text, quantity) || isCountReferredBack(text, quantity) || isListTheTaskIsOneOf(text, quantity)) return 'qualifier';
  // `9所幼儿园均为公办幼儿园`: what the things counted are, said of a count opening its clause.
  if (isCountDescribedAsItIs(text, quantity)) return 'description';
  // `9所…,其中…等4个安置点各1所,…等2个安置点各1所,…等3个安置点各1所`: the groups add up to the whole, which they spell out.
  if (isDistributionSpellingOutAWhole(text, quantity, context.sentenceStart, context.sentenceEnd)) return 'partInParentheses';
  // `28万户中的80%`, `45个重大产业项目中的31个工业项目`, `120个项目中有交通类45个`: the whole that the part or share to reach is
  // taken from.
  if ((quantity.unitClass === 'count' || quantity.unitClass === 'people') && WHOLE_OF_A_PART_AFTER.test(text.slice(quantity.span.end, quantity.span.end + 20))) return 'qualifier';
  // `在改扩建的88所卫生院中,`, `今年计划实施的47个项目中,`: the set whose members the next words sort or pick out.
  if (isSetOpeningItsParts(text, quantity)) return 'qualifier';
  // `建设在本市的有46个`: those of a whole that are so, as the report tells how things stand.
  if (isTallyOfThoseThatAre(text, quantity)) return 'description';
  // `10个大项、56个分项中的121个项目`: every level of the whole listed before the part is the whole.
  if (isWholeListedBeforeAPart(text, quantity)) return 'qualifier';
  // `由8个专业组分别推进`, `涉及16家牵头责任单位`: who carries the work out.
  if (isCountOfWorkingBodies(text, quantity)) return 'qualifier';
  // `方便沿线3万余群众的出行`: the people who travel over what is built describe it.
  if (isPeopleWhoTravelOnTheWork(text, quantity)) return 'qualifier';
  // `在省定33项民生工程的基础上`: what the plan builds on, not what it aims at.
  if (isBaselineOfThePlan(text, quantity.span.start, quantity.span.end)) return 'qualifier';
  // `任务从120万亩增加到200万亩`: the level the change starts from; the aim is the level it moves to.
  if (isLevelBeforeTheChange(text, quantity.span.start, quantity.span.end)) return 'qualifier';
  // `155平方公里范围内`: the area a task covers, not an amount to reach.
  if (quantity.unitClass === 'measure' && /^\s*(?:的)?(?:范围|区域|辖区)/.test(after)) return 'qualifier';
  // `补助资金2077万元`, `省级财政配套资金8000万元`: funds named by their source, allotted with the plan.
  if (quantity.unitClass === 'money' && quantity.comparator === null && FUNDING_SOURCE.test(wordsSinceMark(text, quantity.span.start))) return 'qualifier';
  // `2021年预算安排2700万元`, `共下达我区补助资金246.2万元`: the money a project was given, not an amount to reach.
  if (isFundsOfTheProject(text, quantity)) return 'qualifier';
  // `计划投入15.62亿元，其中中央及省市以上6.57亿元`: a sum split by where its money comes from.
  if ((quantity.unitClass === 'money' || quantity.unitClass === 'bare') && quantity.comparator === null && isPartOfFundingSplit(text, quantity.span.start)) return 'payerOfASum';
  // `单位和个人各缴纳5%`, `按3%的比例`: a rate that is charged or applied, not reached.
  if ((quantity.unitClass === 'percent' || quantity.unitClass === 'money') && quantity.comparator === null && /(?:缴纳|缴费|缴存|费率|税率|利率|按)\s*$/.test(text.slice(Math.max(0, quantity.span.start - 4), quantity.span.start))) return 'standard';
  if (quantity.unitClass === 'money' && quantity.comparator === null && quantity.kind === 'single') {
    const clause = text.slice(Math.max(0, quantity.span.start - 12), quantity.span.start);
    if ((/^\s*\/\s*[\u4e00-\u9fff]/.test(after) || PER.test(clause.slice(clause.search(/[，,。；;]/) + 1))) && !isRaisedStandard(text, quantity)) return 'standard';
  }
  // `在建量为44.2万套`, `上年结转28.8万套`, `申报了…项目11个`, `共召开局务会议12次`: how things are or what has happened, not
  // what is to be reached.
  if (quantity.comparator === null && (isStockAtHand(text, quantity) || isStatedWithCopula(text, quantity) || isSaidDoneWithLe(text, quantity)
    || isChangeAgainstAComparison(text, quantity) || isResultComparedWithLastYear(text, quantity) || isTallyOfSessionsHeld(text, quantity))) return 'description';
  // `2017年项目未竣工1项:`, `尚未开工3个`: a tally of the things not yet done says how the work stands.
  if (quantity.comparator === null && isCountOfTheNotDone(text, quantity)) return 'description';
  // `共签约项目140个,签约金额496.47亿元`: the deals told as signed, not a sum to reach.
  if (isAmountSignedAsTallied(text, quantity, context.sentenceStart)) return 'description';
  // `预计今年底,…将达到50万辆`: what is expected, an aim set for no one.
  if (isForecast(text, quantity, context.sentenceStart) || isCountForecastToBeDone(text, quantity)) return 'description';
  // `去年共投入补助资金47.1亿元,比2013年增长13%`: what was done the year before, told ahead of the year's plan.
  if (quantity.comparator === null && isLastYearsResult(text, quantity, context.sentenceStart)) return 'description';
  // `7个省级试点县100%的建制村通沥青路`: the level each counted place is to reach; the count of places is the target.
  if (isLevelOfCountedPlaces(text, quantity)) return 'qualifier';
  // `目标为40万套,实际落实43.6万套,超目标任务9个百分点`: what was actually done, and by how much it passed the aim.
  if (isResultInTheTask(text, quantity)) return 'description';
  // `排查隐患1200处,整改率100%`: a count told with the rate at which it is already done, and that rate, say how the work stands.
  if (isCountWithItsDoneRate(text, quantity) || isDoneRateOfTheCountBefore(text, quantity)) return 'description';
  // `全覆盖` names its own aim, with or without a verb before it (`WIFI布点全覆盖`).
  if (!ARABIC_DIGIT.test(quantity.text) && !isFullCoverage(quantity)) {
    if (quantity.value === 1 && quantity.comparator === null && quantity.kind === 'single') return 'phrase';
    // `太乙、子午、五台3个街道`: numerals glued to a figure in digits are a name, the last of a list the figure counts.
    if (ARABIC_DIGIT_FIRST.test(after)) return 'phrase';
    if (quantity.comparator === null && quantity.kind === 'single' && !context.subjectOfReach) {
      const verb = context.targetVerb;
      if (!verb || !(verb.adjacent || endsItsClause(text, context, quantity))) return 'phrase';
    }
  }
  return null;
}
