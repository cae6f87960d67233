/**
 * A progress that says the whole is done without a number (`已全部完成`, `全部完工`, `已完成全年任务`) reports a
 * share of 100%: a reviewer reads the target as met. The figure is made here, over the words that say it,
 * so it is shown and highlighted like any other.
 */
import { percentInWords, type FigureInWords } from './percentInWords';
import { clauseBefore } from './clauses';
import { namesNothing } from './namesNothing';
import { isDoneOfTheAmountBefore } from './doneOfTheAmountBefore';

const ALL_DONE = new RegExp([
  '(?:已经?|均已|现已|目前已)?(?:全部|如期|提前|全面)(?:完成|完工|建成|竣工|投用|投入使用|到位|通过[^，,。；;]{0,6}验收)',
  // `已完成建设任务`, `已完成改造任务`: the row's work, named by its kind, is done.
  '(?:已|提前|超额|全面)完成(?:了)?(?:全年|年度|既定|预定)?(?:目标|建设|改造|施工|工程)?任务',
  // `圆满完成2020年民生实事工程建设任务`: the year's works named by their list, their building task done.
  '(?:已|提前|超额|全面|圆满|顺利)完成(?:了)?\\d{4}年度?[^，,。；;\\d]{0,10}?(?:目标|建设|改造|工程)任务(?![的之]?\\s*[0-9０-９])',
  // `已完成既定目标`, `实现年度目标`: the row's own aim reached.
  '(?:已经?|提前)?(?:完成|实现)(?:了)?(?:既定|预定|年度|全年)目标',
  '已超额完成',
  // A progress that is only `已完成。` / `已建成`: the whole work done; a figure column after it (`已完成。 | 100`) is
  // another column of the same row, not an object of the word. A 完成情况 column of a 绩效 table writes the bare word
  // (`完成`) as its status, with no 已: alone in its cell it says the same.
  '^\\s*(?:已经?|现已)?(?:完成|完工|建成|竣工)(?=\\s*[。；;，,]?\\s*(?:$|[|｜]))',
  // `已有序完成。`, `也都按计划圆满完成`: a done word with a manner of doing and no object closes its clause — the work
  // itself is done. With an object (`顺利完成方案编制`) it is a step, and the pattern does not reach it. The words of how are
  // at most four here and below: unbounded, a cell of thousands of `圆满` was read from each of them to its end.
  '(?:按(?:时|期|计划|要求)|顺利|圆满|有序){1,4}完成(?:了)?(?:(?:全年|年度|各项)?(?:目标)?任务)?(?=\\s*(?:[。；;，,！!]|$))',
  // `如期全面高质量完成`: the words of how well it was done stand between the whole and its done word, and still say the whole
  // is done; like the manner above, only with no object after them.
  '(?:如期|全面|高质量|保质保量|按期)(?:如期|全面|高质量|保质保量|按期|顺利|圆满){1,4}完成(?=\\s*(?:[。；;，,！!]|$))',
  // `这些任务均已完成。`, `各项目都已竣工`: each of the set said done, with no object (`均已完成方案编制` is a step).
  '(?:均|都)已经?(?:完成|完工|建成|竣工|投用|投入使用)(?=\\s*(?:[。；;，,！!]|$))',
  // `均在2024年完成`, `全部于2024年底前完成`: all done within a time the report names.
  '(?:均|全部|都)(?:已经?)?(?:在|于)\\d{4}年(?:内|底|年底|\\d{1,2}月(?:底|份)?)?前?(?:全部)?完成(?=\\s*(?:[。；;，,！!]|$))',
  // `承诺也得到兑现`, `已兑现`: a promise kept is the promised figure reached.
  '(?:得到|已经?|均已|全部)兑现',
].join('|'));
/**
 * The report's set of items named as a whole (`10件自办民生实事`, `其他6项民生实事`, `各项实事`, `…的承诺`), or the row's
 * own item pointed at (`该件实事`, `本项工程`, `此项任务`, right before the done words), or named as the year's project
 * (`我省今年的农村幼儿园改造建设项目`, `本年度饮水安全工程`): what it says done of the set or the item covers each of its targets.
 */
const SET_OF_ITEMS = /(?:\d+|[一二三四五六七八九十]+)\s*[件项][^，,。；;\d]{0,8}(?:实事|民生工程)|(?:各项|所有)[^，,。；;\d]{0,6}(?:实事|工程|项目|任务)|承诺|(?:该|此|本|这)(?:件|项|个)?[^，,。；;\d]{0,4}(?:实事|工程|项目|任务)$|(?:今年|本年度?|当年)的?[^，,。；;\d]{0,24}(?:项目|工程)$/;
/**
 * `邵阳市已提前完成…`, `我县已全面完成…`, `教育体育局圆满完成…`: the subject is only the place or the bureau that reports, the one
 * whose sheet the row is; it names no other work, so the done words are said of the row's own.
 */
const REPORTER_ALONE = /^\s*(?:[我全本](?:省|市|县|区|州|旗|镇|乡)|[\u4e00-\u9fa5]{2,4}(?:省|市|县|区|州|盟|旗|镇|乡)|[\u4e00-\u9fa5]{2,8}(?:局|委|办))\s*$/u;
/**
 * `13个村的建设任务已全部完成`, `2014年退耕还林任务已如期完成`: the subject is a task, the row's work by the name of its kind;
 * the task said done is done, whatever words name it. Not an aim by a name of its own (`“三个一”目标全部完成`).
 */
const THE_TASK_NAMED = /(?:建设|改造|年度|全年|目标)?任务\s*$/;
/** Words that undo it: `尚未全部完成`, `未能如期完成`. */
const NEGATED = /[未没]\s*(?:能|有)?\s*$/;

/**
 * Where `words` first stand in a progress, unless negated (`未全部完成`), with the clause before them (what they are said of).
 * Each reading below then asks whether that clause names the row's own work.
 */
function affirmedWords(progress: string, words: RegExp): { readonly match: RegExpExecArray; readonly before: string } | null {
  const match = words.exec(progress);
  if (!match) return null;
  if (NEGATED.test(progress.slice(Math.max(0, match.index - 4), match.index))) return null;
  return { match, before: clauseBefore(progress, match.index, 40) };
}
/**
 * `预计10月底全部建成`, `计划2015年上半年全部完工`, `年内可确保如期完工`: the whole done is forecast, planned or promised in
 * its clause, not reported: the works are not done yet.
 */
const NOT_YET = /(?:预计|计划|力争|争取|确保|有望|可望|将|可)[^，,。；;]{0,12}$/;

/**
 * `已全部下达。`, `资金已足额拨付`: money allotted, said released in full, closing its clause. A sum a budget sets is done
 * when it is handed down: the share 100% of it. Only of money or of nothing named — `目标任务已全部下达` hands a task down,
 * which is not the task done — and with no figure before it (`补助资金5.8亿元…已全部下达` releases that sum, its own figure).
 */
const ALL_RELEASED = /(?:已经?|均已|现已)?(?:全部|足额)(?:下达|拨付|下拨)(?:到位)?(?=\s*(?:[。；;，,！!]|$))/;
const MONEY_NAMED = /资金|经费|款项?|补助|补贴|预算/;
const TASK_NAMED = /任务|计划|指标|目标|项目/;
const DIGIT = /[0-9０-９]/;

function allReleasedShare(progress: string): FigureInWords | null {
  // Most progress texts release nothing: the character tests spare the expression.
  if (!progress.includes('下达') && !progress.includes('拨')) return null;
  const affirmed = affirmedWords(progress, ALL_RELEASED);
  if (affirmed === null) return null;
  const { match, before } = affirmed;
  if (NOT_YET.test(before) || DIGIT.test(before) || TASK_NAMED.test(before)) return null;
  if (!namesNothing(before) && !MONEY_NAMED.test(before)) return null;
  return percentInWords(progress, 100, match[0], match.index);
}

/** The share of 100% a progress states in words, or null. */
export function allDoneShare(progress: string): FigureInWords | null {
  // `“三个一”目标全部完成` says another goal is done: the words must stand for the row's own work.
  const affirmed = affirmedWords(progress, ALL_DONE);
  if (affirmed === null) return allReleasedShare(progress);
  const { match, before } = affirmed;
  if (NOT_YET.test(before)) return null;
  if (!namesNothing(before) && !SET_OF_ITEMS.test(before) && !REPORTER_ALONE.test(before) && !THE_TASK_NAMED.test(before)) return null;
  // `龙茶线7.7公里,已全部完成`: said of the one work whose amount closes the clause before, not of the row's whole.
  if (isDoneOfTheAmountBefore(progress, match.index, before)) return null;
  return percentInWords(progress, 100, match[0], match.index);
}

/** `已全部开工`, `均已开工建设`, `全部启动实施`: every work of the row started, which is not every work done. */
const ALL_STARTED = /(?:已经?|均已|现已|目前已|都已)?(?:全部|全面|均已|均)(?:开工|动工|复工|开建|启动)/;

/**
 * A progress that says every work has started, without a number: the share 100% of the works started. It answers
 * a target of starts; against a target to build or finish it counts other works (DOMAIN §4, works started).
 *
 * @example
 * allStartedShare('10个项目已全部开工。')?.quantity.value // 100
 * allStartedShare('已开工8个。') // null
 */
export function allStartedShare(progress: string): FigureInWords | null {
  const affirmed = affirmedWords(progress, ALL_STARTED);
  if (affirmed === null) return null;
  const { match, before } = affirmed;
  if (!namesNothing(before) && !SET_OF_ITEMS.test(before) && !/项目|工程|[0-9０-９]/.test(before)) return null;
  return percentInWords(progress, 100, match[0], match.index);
}

/**
 * `暂时还没有已完工的养殖场`, `均未竣工`: no work finished, said in words, beside works started. The finished are the figure
 * of a target to build or complete (DOMAIN §4, works finished among the started): none of them is the share 0%.
 */
const NONE_FINISHED = /(?:没有|尚无|暂无|并无)(?:已经?)?(?:完工|竣工|建成)(?:的)?|(?:均|都|全部)(?:尚|还)?未(?:完工|竣工|建成)/;

/**
 * The share 0% of works finished, where a progress says none is finished; asked only of a progress that says its works started.
 *
 * @example
 * noneFinishedShare('8个项目已全部开工，暂无完工。')?.quantity.value // 0
 * noneFinishedShare('8个项目已全部开工。') // null
 */
export function noneFinishedShare(progress: string): FigureInWords | null {
  const match = NONE_FINISHED.exec(progress);
  if (match === null) return null;
  const before = clauseBefore(progress, match.index, 40);
  if (NOT_YET.test(before)) return null;
  return percentInWords(progress, 0, match[0], match.index);
}

/** Items named one by one and said done together: how many, and the share of 100% over their words. */
export interface ListedDone extends FigureInWords {
  /** How many the list counts: its items, or the sum of their counts when each states one (`11个小区、21个小区`). */
  readonly items: number;
}

/** `…均已完成`, `…已完工并投用` closing a list. */
const DONE_AFTER_LIST = /(?:均|都|全部)?(?:已经?|现已)(?:完成|完工|建成|竣工|投用|投入使用)/;
/** `完成…甲乡和乙乡…` opening one. */
const DONE_BEFORE_LIST = /^\s*(?:已经?)?完成了?/;
const LIST_MARK = /、|以及|和|及|与/;
const FIGURE_IN_ITEM = /\d+(?:\.\d+)?/g;
const HAS_FIGURE = /\d/;
const LIST_REACH = 160;
const MIN_ITEMS = 2;

/** How many a list counts, or null when it is no list or some of its items state counts and others do not. */
function countOfList(list: string): number | null {
  const items = list.split(LIST_MARK).filter((item) => item.trim() !== '');
  if (items.length < MIN_ITEMS) return null;
  let counted = 0;
  let sum = 0;
  for (const item of items) {
    const figures = item.match(FIGURE_IN_ITEM);
    if (figures === null) continue;
    if (figures.length !== 1) return null;
    counted += 1;
    sum += Number(figures[0]);
  }
  if (counted === 0) return items.length;
  return counted === items.length ? sum : null;
}

/**
 * A list of items said done together (`甲校、乙校…自办食堂已完工并投用`, `…11个小区、21个小区、13个居民小区均已完成…`,
 * `完成新增甲乡和乙乡建有托育机构`): how many it counts, with the share of 100% over its words. Whether it answers a
 * target is for the matching to say: only a target of as many items.
 *
 * @example
 * listedDone('东湖小学、西湖小学、南湖小学食堂均已完工。')?.items // 3
 */
export function listedDone(progress: string): ListedDone | null {
  const oneByOne = namedDoneOneByOne(progress);
  if (oneByOne !== null) return oneByOne;
  const after = DONE_AFTER_LIST.exec(progress);
  if (after && !NEGATED.test(progress.slice(Math.max(0, after.index - 4), after.index))) {
    const list = clauseBefore(progress, after.index, LIST_REACH);
    const items = countOfList(list);
    if (items !== null) return listFigure(progress, items, after.index - list.length, after.index + after[0].length, list);
  }
  let clauseStart = 0;
  for (const clause of progress.split(CLAUSE_SPLIT)) {
    const before = DONE_BEFORE_LIST.exec(clause);
    if (before) {
      const list = clause.slice(before[0].length);
      const items = HAS_FIGURE.test(list) ? null : countOfList(list);
      if (items !== null) return listFigure(progress, items, clauseStart, clauseStart + clause.length, list);
    }
    clauseStart += clause.length + 1;
  }
  return null;
}

const CLAUSE_SPLIT = /[，,。；;：:\n]/;

/** Reports name what they finished one place at a time, each in its own part of a sentence between `；` and `。`. */
const SENTENCE_PART_END = /[。；;\n]/g;
/**
 * A place or work said finished or opened at the head of its sentence part, the verb closing its clause or joined to
 * another done verb by 并 (`已完工并投入使用`): `已完成主体` or `已建成基础` say a stage of the works, not the works done.
 * The spaces before the name are all taken before it (`(?!\s)`): were they shared between `\s*` and the name, a part of
 * thousands of spaces would be tried split every way.
 */
const NAMED_THEN_DONE = /\s*(?!\s)([^，,。；;\n\d]*?)(?:已经?|现已|均已|都已)?(?:完工|建成|竣工|投用|投入使用|开放运营|投入运营|建成运营|正式运营)(并|[，,]|(?=[。；;\n])|$)/y;
/** What a clause opens with before the names: a heading (`增设养老服务场所:`). */
const HEADING_BEFORE_NAMES = /^[^：:]*[：:]/;
/** A part of the works (`主体已完工`), works pointed back to (`该项目`, `上述工程`) or a name too short to be a place: not an item of the list. */
const NOT_A_NAMED_ITEM = /^(?:主体|基础|土建|装修|配套|绿化|设计|招标|前期|工程|项目|[该此本这其]|上述|以上)|^.{0,2}$/;
const MIN_DONE_PARTS = 2;

/**
 * Places named one by one, each said finished in its own part of a sentence (`区第二幼儿园建设项目已完工;凤凰街道中心幼儿园
 * 已完工并投入使用`, `甲站、乙中心已建成;丙站开放运营;丁站已建成`): reports that finish a few named works list them this way
 * rather than count them, and a reviewer counts each name as one. The run is the parts in a row, at least two, that say so;
 * a part that says nothing done (`正在施工`), states a figure or is forecast (`预计…完工`) ends it.
 *
 * @example
 * namedDoneOneByOne('甲园已完工;乙园已完工并投入使用。')?.items // 2
 */
function namedDoneOneByOne(progress: string): ListedDone | null {
  let items = 0;
  let parts = 0;
  let runStart = 0;
  let runEnd = 0;
  let names = '';
  let partStart = 0;
  SENTENCE_PART_END.lastIndex = 0;
  for (;;) {
    const mark = SENTENCE_PART_END.exec(progress);
    // Read in place, from the part's start: a pasted cell of thousands of parts is not copied part by part.
    const named = namedItemsDone(progress, partStart);
    if (named !== null) {
      if (parts === 0) runStart = partStart;
      parts += 1;
      items += named.items;
      runEnd = named.end;
      names = names === '' ? named.names : `${names}；${named.names}`;
    } else if (parts >= MIN_DONE_PARTS) break;
    else {
      parts = 0;
      items = 0;
      names = '';
    }
    if (mark === null) break;
    partStart = mark.index + 1;
  }
  if (parts < MIN_DONE_PARTS) return null;
  return listFigure(progress, items, runStart, runEnd, names);
}

/** The items a sentence part starting at `start` names as done at its head, with where the words saying so end; null when it does not. */
function namedItemsDone(progress: string, start: number): { items: number; names: string; end: number } | null {
  NAMED_THEN_DONE.lastIndex = start;
  const done = NAMED_THEN_DONE.exec(progress);
  if (done === null || done[1] === undefined) return null;
  const names = done[1].replace(HEADING_BEFORE_NAMES, '').trim();
  if (NOT_YET.test(names) || NEGATED.test(names)) return null;
  const listed = names.split(LIST_MARK).filter((item) => item.trim() !== '');
  if (listed.length === 0 || listed.some((item) => NOT_A_NAMED_ITEM.test(item.trim()))) return null;
  return { items: listed.length, names, end: done.index + done[0].length - (done[2]?.length ?? 0) };
}

/** `7所农村中小学校“五改”工程建设项目`, `全县2280户农村危房改造工程`: a count of works, named as works, closing a clause. */
const COUNT_OF_WORKS = /(\d+(?:\.\d+)?)\s*([所户个套座处条家栋])[^，,。；;\d]{0,30}(?:工程|项目)[^，,。；;\d]{0,6}$/;

/** A count of works all said done, with the counting word it is counted in. */
export interface CountDone extends ListedDone {
  readonly unit: string;
}

/**
 * A count of works said done as a whole (`7所农村中小学校“五改”工程建设项目已全部竣工`, `全县2280户农村危房改造工程全部
 * 完工`): the share 100% over the words, with the count. It answers the targets the count covers — a target of as many, or
 * the row's targets in its counting word that add up to it (`6所学校旱厕改造` and `1所学校学生食堂改扩建` of the 7) — which is
 * for the matching to say. Not forecast, planned or undone.
 *
 * @example
 * countSaidDone('截至8月底，7所学校改造工程已全部竣工。')?.items // 7
 */
export function countSaidDone(progress: string): CountDone | null {
  const affirmed = affirmedWords(progress, ALL_DONE);
  if (affirmed === null) return null;
  const { match, before } = affirmed;
  if (NOT_YET.test(before)) return null;
  const count = COUNT_OF_WORKS.exec(before);
  if (count === null || count[1] === undefined || count[2] === undefined) return null;
  const start = match.index - before.length + count.index;
  const figure = listFigure(progress, Number(count[1]), start, match.index + match[0].length, before.slice(count.index));
  return { ...figure, unit: count[2] };
}

function listFigure(progress: string, items: number, start: number, end: number, list: string): ListedDone {
  const figure = percentInWords(progress, 100, progress.slice(start, end), start);
  return { ...figure, context: { ...figure.context, indicator: list }, items };
}

/**
 * `基本完成`, `基本建成`, `大部分已完工`, `接近完成`: the whole said nearly done, not done (`基本建成率100%` is a rate and
 * `基本建成6.8万套` the count of houses basically built — a statistic of 保障房 reports — both counted like any figure, and
 * left to it).
 */
/**
 * `改造工程`, `建设项目`: the row's works named only by their kind (`主体工程` and `前期工作` are a part and a step). Nearly done
 * against a split or a step of the year (`已基本完成各自的分解指标`, `基本完成阶段任务`) says nothing of the target itself.
 */
const ROWS_OWN_WORKS = /^(?:改造|建设|施工|工程|项目|任务)+$/;
const MOSTLY_DONE = /(?:已经?|现已|目前已|均已)?(?:基本|大部分|大部|接近|即将)(?:已经?)?(?:完成|完工|建成|竣工|到位)(?!率|[^，,。；;\d０-９]{0,6}[\d０-９]|[^，,。；;]{0,4}(?:分解|阶段|序时|月度|季度)(?:指标|任务|目标|进度))/;

/**
 * The words of a progress that says the row's work is nearly done without a number (`基本完成。`, `工程已基本完工`), or
 * null: a reviewer reads them as a claim about the target, yet cannot tell whether it is reached — unclear, not
 * no-figure. Only words said of the row's own work count; `前期工作基本完成` is a step.
 *
 * @example
 * mostlyDoneWords('基本完成。') // '基本完成'
 * mostlyDoneWords('前期工作基本完成，正在招标。') // null
 */
export function mostlyDoneWords(progress: string): string | null {
  const affirmed = affirmedWords(progress, MOSTLY_DONE);
  if (affirmed === null) return null;
  const { match, before } = affirmed;
  if (!namesNothing(before) && !SET_OF_ITEMS.test(before) && !ROWS_OWN_WORKS.test(before.trim())) return null;
  return match[0];
}
