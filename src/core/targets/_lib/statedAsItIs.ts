/**
 * Figures a task or milestone states as how things are, not as something to reach. A target is written as an aim
 * (a verb of making, a plan's word, a deadline); these are written as facts:
 * - a copula with no plan's word and no work before it (`在建量为44.2万套`, `此项目建筑总面积为1589平方米`,
 *   `常态化开展的有3项`): the words before `为`, `是` or `的有` name what is measured, and the figure closes the clause.
 *   A plan states itself in its words (`危房改造任务为1034户`, `全年目标为5220亿元`, `区自定指标是76.487公里`,
 *   `1-4月计划投资额是78080万元`), a level or total in its indicator (`普及率为95%`, `粮食产量为120万吨`), a change to
 *   reach in its verb (`改造任务调整增加为21335户`), and `为` before the things a work is done for
 *   (`为50个小区新增充电设施`) is no copula;
 * - the stock at hand (`上年结转28.8万套`, `现有床位300张`, `存量…`), or the rate in force before a change (`现行13%的税率降至9%`) or the state reached so far (`全市已建成充电桩5000个`,
 *   `目前已有养老机构32家`): what the work starts from. A deadline or a plan's word before `已` makes it a state to reach
 *   (`到2021年底，全市已建成5G基站5000个`, `全省清洁取暖计划已改造91.93万户`);
 * - a result marked done by `了` (`该乡申报了…项目11个`, `大约开了400多亩`, `通报了…进展较为缓慢工作1项`): said of what
 *   has happened, unless work is named between the `了` and the figure. A plan set with `了` (`确定了30件民生实事`,
 *   `明确了101.5万户改厕任务`, `设立了…的目标任务`) states the aim, and stays; so does a change with `了`
 *   (`比…目标增加了4.1万户`), the difference of two figures of the cell, which only a reading that ties it to them
 *   could set aside;
 * - a tally of meetings or events held (`共召开局务会议12次`, `共举办招聘会8场`): `共` before the verb of holding sums up what was
 *   held. A plan counts the meetings to hold without it, and with a floor or a rhythm (`每季度召开1次`, `召开推进会不少于4次`);
 * - a forecast (`预计到年底,全国光伏装机将达到…`): a sentence that opens on `预计` and reaches the figure through `将` says what is
 *   expected to happen, an aim set for no one; a plan's word in it (`预计…计划`, `力争`) makes it an aim, and `预计建成后可…`
 *   (what a work will hold) is read as its capacity elsewhere;
 * - a count's change against another figure (`较去年增加650个`, `同比增加31万人`, `相比…14万户目标增加了4.1万户`): how
 *   much one figure exceeds another, as a release of statistics states it. An aim of change is written as a rate
 *   (`比上年增长7%`, `提高0.5个百分点`) or with a plan's word before the comparison (`力争较上年增加500户`), and stays;
 * - a count set beside that change (`上半年城镇新增就业人数725万人，同比增加31万人`): the figure the release measured.
 */
import type { Quantity } from '../../numbers/types';
import { clauseAfter, clauseBefore } from './clauses';

const CLAUSE_REACH = 30;
const STOCK_REACH = 16;
/** Words that make a clause a plan, an aim or a deadline: what follows its copula is then a target. */
const PLAN_WORDS = /任务|目标|计划|指标|预算|要求|力争|确保|争取|将|要|应|须|数|额|今年|全年|年度|年内|年底|季度|半年|[0-9０-９一二三四五六七八九十]月|(?<![目此之以当])前|到\s*[0-9０-９]/;
/**
 * Work named before the copula (`改造面积为5万平方米`, `新建学校为3所`) or after a 了 (`完成了立项后开工建设500套`): the figure
 * may be the amount of work to do, and a missed target costs more than an invented one.
 */
const NAMED_WORK = /新建|改建|扩建|改造|建设|新增|完成|实施|开工|建成|硬化|铺设|治理|整治|培训|安置|搬迁|提升|打造|创建|培育|引进|发放|救助|筛查|招聘|就业/;
/**
 * Levels, capacities and economic totals stated with a copula (`覆盖率为100%`, `污水处理能力为5万吨/日`, `粮食产量为120万吨`) are levels
 * to hold or reach, as a 主要指标 sheet states them.
 */
const LEVEL_WORDS = /率|比例|比重|占比|水平|标准|能力|容量|产量|产值|总量|增加值|收入|营收|税收|总额|人次/;
/**
 * A copula right before the figure, possibly after figures listed before it (`分别为601万套、606万套和`): `为`, `是`, or `有`
 * after `的` or `约` (`常态化开展的有3项`). A verb before `为` makes it the end of a change or a division (`调整为`,
 * `增加为`, `提高为`, `共分为`, `确定为`).
 */
const COPULA_BEFORE = /(?<![分划定视称作成改转升变列评核选合折认归化整加高低少大解降增减扩缩])(?:为|是|(?<=的|约)有)(?:约|近|共)?\s*(?:[0-9０-９.．]+\s*[^\d０-９，,。；;、和及]{0,4}\s*[、和及]\s*)*$/;
/** What may follow a figure stated with a copula: the clause ends, or a short noun or a parenthesis closes it. */
const CLOSES_THE_CLAUSE = /^[\u4e00-\u9fff]{0,4}(?:[(（]|$)/;
/** The stock a work starts from, before its figure, with at most the name of what is counted between (`现有养老床位`). */
const STOCK_BEFORE = /(?:现有|原有|现行|上年结转|往年结转|结转|存量|在建量|在建规模)([^\d０-９，,。；;、]{0,8})$/;
/** A verb of making after the stock's word makes the figure work to do (`现有基础上新增500张`). */
const MAKING = /新增|新建|建设|建成|改造|完成|提升|提高|增加|达到|实现|扩大|增至|达/;
/** `已建成`, `已经完成`, `已有`: the state reached, with at most the name of what is counted between it and the figure. */
const REACHED_SO_FAR = /已经?(?:累计)?(?:建成|完成|开工|实施|改造|建设|投用|投入使用|落户|签约|引进|培育|创建|有)([^\d０-９，,。；;、]{0,10})$/;
/** Two characters before 了, the verb last (`为了`, `除了` hold no verb; `了解` is no 了 of a verb). */
const DONE_WITH_LE = /([\u4e00-\u9fff]{2})了(?!解)/g;
/** Verbs that set a plan: with 了, they say the aim was set, and the figure is the aim. */
const PLAN_SET = /确定|明确|设立|设定|制定|下达|安排|提出|公布|纳入|列入|出台|印发|分解|部署|签订|签署|定下|立下/;
/** A change stated with 了 (`增加了`, `提高了`): how one figure differs from another, not a thing done. */
const CHANGE_WITH_LE = /增加|减少|提高|降低|增长|下降|扩大|缩小|上升|提升/;
const NOT_A_VERB_BEFORE_LE = /^(?:为|除|据|到|罢|极|完)$/;

/**
 * Whether a figure is stated with a copula as what something is (`在建量为44.2万套`), in a clause with no word of a plan.
 *
 * @example
 * isStatedWithCopula('上年结转28.8万套，在建量为44.2万套。', quantityOf('44.2万套')) // true
 * isStatedWithCopula('全年任务为282个村。', quantityOf('282个')) // false
 */
export function isStatedWithCopula(text: string, quantity: Quantity): boolean {
  const clause = clauseBefore(text, quantity.span.start, CLAUSE_REACH);
  const copula = COPULA_BEFORE.exec(clause);
  if (!copula) return false;
  // `大约有70%、28万户农牧民住房条件仍然比较差`: what there is, said with 有, may be a share and runs on into what is said of it.
  const existential = copula[0].startsWith('有');
  if (quantity.unitClass === 'percent' && !existential) return false;
  const subject = clause.slice(0, copula.index);
  // `为50个小区新增…`: a 为 that opens its clause is `for`, not `is`.
  if (subject.trim().length < 2 || PLAN_WORDS.test(subject) || LEVEL_WORDS.test(subject) || NAMED_WORK.test(subject)) return false;
  return existential || CLOSES_THE_CLAUSE.test(clauseAfter(text, quantity.span.end, CLAUSE_REACH));
}

/**
 * Whether a figure is of the stock at hand (`上年结转28.8万套`, `现有床位300张`) or of the state reached so far
 * (`全市已建成充电桩5000个`).
 *
 * @example
 * isStockAtHand('基本建成16.4万套，上年结转28.8万套', quantityOf('28.8万套')) // true
 */
export function isStockAtHand(text: string, quantity: Quantity): boolean {
  const stock = STOCK_BEFORE.exec(clauseBefore(text, quantity.span.start, STOCK_REACH));
  if (stock !== null) return !MAKING.test(stock[1] ?? '');
  const clause = clauseBefore(text, quantity.span.start, CLAUSE_REACH);
  if (!clause.includes('已')) return false;
  const reached = REACHED_SO_FAR.exec(clause);
  return reached !== null && !MAKING.test(reached[1] ?? '') && !PLAN_WORDS.test(clause.slice(0, reached.index));
}

/**
 * Whether a figure's clause says, with a verb and `了`, that something has happened (`申报了…项目11个`), as against a plan
 * set with `了` (`确定了30件民生实事`).
 *
 * @example
 * isSaidDoneWithLe('该乡申报了村级公益事业项目11个', quantityOf('11个')) // true
 * isSaidDoneWithLe('今年确定了30件民生实事', quantityOf('30件'))          // false
 */
export function isSaidDoneWithLe(text: string, quantity: Quantity): boolean {
  const clause = clauseBefore(text, quantity.span.start, CLAUSE_REACH);
  if (!clause.includes('了')) return false;
  DONE_WITH_LE.lastIndex = 0;
  let doneEnd = -1;
  for (let match = DONE_WITH_LE.exec(clause); match !== null; match = DONE_WITH_LE.exec(clause)) {
    const verb = match[1] ?? '';
    if (PLAN_SET.test(verb) || CHANGE_WITH_LE.test(verb)) return false;
    if (!NOT_A_VERB_BEFORE_LE.test(verb.charAt(1))) doneEnd = match.index + match[0].length;
  }
  // `完成了立项后开工建设5个`: work named after the 了 is the figure's own verb, still to do.
  return doneEnd >= 0 && !NAMED_WORK.test(clause.slice(doneEnd));
}

/**
 * A comparison and the change verb right before the figure (`较去年增加`, `同比增加`, `相比…目标增加了`): the words after the
 * comparison name what is compared with, so the plan's words are looked for before it only. `比例`, `比重`, `比率` are no
 * comparison.
 */
const CHANGE_AGAINST_COMPARISON_BEFORE = /(?:较|同比|相比于?|相较于?|(?<![对类])比(?![例重率]))[^，,。；;]{0,20}?(?:增加|减少|增长|下降|多|少)了?(?:约|近)?\s*$/;
const AIM_BEFORE_COMPARISON = /力争|确保|争取|计划|目标|任务|要求|[将要须应]/;
/** Money and rates: a change stated in them is more often an aim (`同比增长7%`, `较上年增加2亿元`) and is left alone. */
const RATE_OR_MONEY: ReadonlySet<string> = new Set(['percent', 'points', 'money']);

/**
 * Whether a count is the change of one figure against another, stated as it is.
 *
 * @example
 * isChangeAgainstAComparison('实施的项目数量较去年增加650个', quantityOf('650个')) // true
 * isChangeAgainstAComparison('力争新增就业较上年增加500人', quantityOf('500人'))   // false
 */
export function isChangeAgainstAComparison(text: string, quantity: Quantity): boolean {
  if (RATE_OR_MONEY.has(quantity.unitClass)) return false;
  const clause = clauseBefore(text, quantity.span.start, CLAUSE_REACH);
  const change = CHANGE_AGAINST_COMPARISON_BEFORE.exec(clause);
  if (change === null) return false;
  // `计划解决人数比去年的3205万人增加了2848万人`: a comparison that names its base figure makes the change the gap between two
  // figures, even of two plans; the aim is the level, not the gap.
  return BASE_FIGURE_IN_COMPARISON.test(change[0]) || !AIM_BEFORE_COMPARISON.test(clause.slice(0, change.index));
}

/** A base figure named inside the comparison, after `的` (`比去年的3205万人`, `较上年的120个`). */
const BASE_FIGURE_IN_COMPARISON = /的\s*[0-9０-９]/;

/**
 * The clause right after a figure opening on how much it changed against last year by a count of its own
 * (`，同比增加31万人`, `，比上年多12个`): a release of statistics states the figure it measured so.
 */
const COUNTED_CHANGE_AFTER = /^\s*[，,]\s*(?:同比|较(?:上年|去年)|比(?:上年|去年))(?:同期)?(?:增加|减少|多|少)了?(?:约|近)?\s*[0-9０-９]/;

/**
 * Whether a count is a measured result set beside its change against last year (`上半年城镇新增就业人数725万人，同比增加31万人`):
 * an aim is not compared with last year's result by a count, a result is. A plan's word in its clause (`计划新增就业
 * 90万人，比上年多5万人`) makes it an aim compared with last year's, and it stays.
 *
 * @example
 * isResultComparedWithLastYear('上半年新增就业725万人，同比增加31万人', quantityOf('725万人')) // true
 * isResultComparedWithLastYear('计划新增就业90万人，比上年多5万人', quantityOf('90万人'))     // false
 */
export function isResultComparedWithLastYear(text: string, quantity: Quantity): boolean {
  if (RATE_OR_MONEY.has(quantity.unitClass)) return false;
  // Read on the dozen characters after the figure only: the clause before is looked at only where a comparison follows.
  const after = text.slice(quantity.span.end, quantity.span.end + 12);
  if (!COUNTED_CHANGE_AFTER.test(after)) return false;
  return !AIM_BEFORE_COMPARISON.test(clauseBefore(text, quantity.span.start, CLAUSE_REACH));
}

/** `共召开…会议`, `共举办…活动`: 共 right before the verb of holding, then what was held, before the count closing the clause. */
const TALLY_OF_HELD_BEFORE = /共(?:组织)?(?:召开|举办|举行|开展)[^\d０-９，,。；;、]{0,16}$/;
/** Counting words of meetings and events: sessions (`次`, `场`, `期`), not things made. */
const SESSION_UNITS: ReadonlySet<string> = new Set(['次', '场', '期', '场次']);

/**
 * Whether a count of sessions is a tally of the meetings or events held (`共召开局务会议12次`), in a clause with no word of a plan.
 *
 * @example
 * isTallyOfSessionsHeld('2022年共召开局务会议12次,研究事项40项', quantityOf('12次')) // true
 * isTallyOfSessionsHeld('全年召开推进会不少于4次', quantityOf('不少于4次'))        // false
 */
export function isTallyOfSessionsHeld(text: string, quantity: Quantity): boolean {
  if (!SESSION_UNITS.has(quantity.unit)) return false;
  const clause = clauseBefore(text, quantity.span.start, CLAUSE_REACH);
  const tally = TALLY_OF_HELD_BEFORE.exec(clause);
  return tally !== null && !PLAN_WORDS.test(clause.slice(0, tally.index));
}

/** A sentence that opens on `预计`, after at most a short subject (`该市预计`). */
const FORECAST_OPENING = /^\s*[^，,。；;\d]{0,6}?预计/;
/** `将` before the figure in its clause, with no word of a plan or an aim before it in the sentence. */
const WILL_BEFORE = /将[^，,。；;]{0,16}$/;
const AIM_IN_SENTENCE = /计划|目标|任务|力争|确保|争取|要求|须|应/;
const FORECAST_REACH = 60;

/**
 * Whether a figure is forecast by its sentence (`预计2025年底,新能源汽车保有量将达到50万辆`), not set as an aim.
 *
 * @example
 * isForecast('预计今年底,全市新能源汽车保有量将达到50万辆。', quantityOf('50万辆'), 0) // true
 * isForecast('预计年底前,全市将力争建成5G基站3000个。', quantityOf('3000个'), 0)         // false
 */
export function isForecast(text: string, quantity: Quantity, sentenceStart: number): boolean {
  if (quantity.span.start - sentenceStart > FORECAST_REACH) return false;
  const sentence = text.slice(sentenceStart, quantity.span.start);
  if (!FORECAST_OPENING.test(sentence) || AIM_IN_SENTENCE.test(sentence)) return false;
  return WILL_BEFORE.test(clauseBefore(text, quantity.span.start, CLAUSE_REACH));
}

/**
 * The things counted, then in the same clause `预计` and the date they are to be finished (`其余的44座污水处理厂预计在6月底前建成`,
 * `剩余12个项目预计年底完工`): when the works will be done, forecast, of works counted with no verb of making before them.
 */
const FORECAST_AFTER_COUNT = /^[^，,。；;]{0,40}?预计[^，,。；;]{0,14}?(?:建成|完成|完工|竣工|投用|投入使用|交付)/;
/** A verb of making or a word of the aim before the count in its clause: then the count is the aim, whatever is forecast. */
const MAKING_OR_AIM_BEFORE = /新建|建设|建成|改造|实施|完成|新增|开工|计划|目标|任务|力争|确保|争取|要求|[将要须应]/;

/**
 * Whether a count opens a clause that forecasts when the counted works will be finished (`其余8座水厂预计9月底前建成`): a
 * forecast, not an aim; with a verb of making before it (`新建8座水厂,预计9月底前建成` or `计划新建8座水厂预计…`) it stays.
 *
 * @example
 * isCountForecastToBeDone('剩余12个项目预计年底完工', quantityOf('12个')) // true
 * isCountForecastToBeDone('新建12个项目预计年底完工', quantityOf('12个')) // false
 */
export function isCountForecastToBeDone(text: string, quantity: Quantity): boolean {
  if ((quantity.unitClass !== 'count' && quantity.unitClass !== 'measure') || quantity.comparator !== null) return false;
  if (!FORECAST_AFTER_COUNT.test(text.slice(quantity.span.end, quantity.span.end + 60))) return false;
  return !MAKING_OR_AIM_BEFORE.test(clauseBefore(text, quantity.span.start, CLAUSE_REACH));
}

/**
 * A sentence that opens on the year before the report (`去年`, `上年`, `上一年`), after at most a short subject (`全省去年`), and
 * goes on to a verb of doing or spending (`去年共投入…`, `上年完成…`): a lead that tells what was done the year before, as a
 * review states it ahead of the year's plan. A comparison (`比去年`), a date (`去年底`, `截至去年`) or the stock carried over
 * (`上年结转`) opens no such sentence.
 */
const LAST_YEAR_OPENING = /^\s*[^，,。；;\d比较与到至截止]{0,6}?(?:去年|上一?年)(?!同期|底|末|度|结转|基础)[^，,。；;\d]{0,4}?(?:投入|完成|建成|新建|改造|实施|开工|竣工|新增|发放|解决|争取到?)/;
/** Words of a plan or of the aim anywhere before the figure in that sentence make it the plan set last year, and it stays. */
const PLAN_IN_SENTENCE = /计划|目标|任务|安排|下达|力争|确保|要求|[将要须应]/;
const LAST_YEAR_REACH = 80;

/**
 * Whether a figure is of what was done the year before, told by a sentence that opens on it with a verb of doing and holds no
 * plan's word up to the figure (`去年共投入补助资金47.1亿元,比上年增长13%`): the sum and its growth are results, not aims.
 *
 * @example
 * isLastYearsResult('去年全县共投入资金3.2亿元,同比增长8%,今年计划新建公路120公里。', quantityOf('3.2亿元'), 0) // true
 * isLastYearsResult('去年下达改造任务3000户,年底前完工。', quantityOf('3000户'), 0)                                  // false
 */
export function isLastYearsResult(text: string, quantity: Quantity, sentenceStart: number): boolean {
  if (quantity.span.start - sentenceStart > LAST_YEAR_REACH) return false;
  const sentence = text.slice(sentenceStart, quantity.span.start);
  return LAST_YEAR_OPENING.test(sentence) && !PLAN_IN_SENTENCE.test(sentence);
}
