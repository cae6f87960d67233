/**
 * The stage of a work a figure counts (DOMAIN §4, roles of the progress figures): works are reported as
 * started (`已开工8个`, `动工21410户`), under way (`正在推进7处口袋公园建设`, `在建34个`) and finished
 * (`已完工7个`, `竣工16030户`, `104个老旧小区改造完成`). A target to start works (`新开工电梯400部`), and a year's
 * list of investment projects (`100项重点项目`), is answered by the works started; any other target of works (`建设任务741户`, `完工100个`, `10个全民健身示范工程`) by the
 * works finished, so `开工741户` does not answer `建设任务741户` while `完成并入住户数720户` is there; where works
 * started or prepared are all the progress counts (`已开工10个` against `12个新改扩建学校项目`), a reviewer cannot
 * tell how many are built: the verdict is unclear. Sites chosen (`已确定12个…点位`) are works prepared too. A year's counted list of 民生实事 (`31个民生实事项目`) is measured by its
 * items at any stage the report counts them (`已启动建设…项目32个`, `已完成26件`).
 */
import { byFirstCode } from '../../_lib/wordsByCode';
import { clauseAfter, clauseBefore } from './clauses';
import { isListOfProjectsByPhase } from './listOfProjectsByPhase';

export type WorkStage = 'start' | 'ongoing' | 'finish';

/** Each stage's words; where one contains another (`新开工`, `开工`), either gives the same stage. */
const STAGE_WORDS: readonly (readonly [string, WorkStage])[] = [
  ['开工', 'start'], ['复工', 'start'], ['动工', 'start'], ['开建', 'start'], ['启动', 'start'],
  // `两处学校开始铺设面层`, `9月份开始施工`: works begun.
  ['开始', 'start'],
  // `已开(复)工项目152个`: 开工 or 复工, the second written as an alternative in brackets (`开复工`), is a start too.
  ['开(复)工', 'start'], ['开（复）工', 'start'],
  // Works being prepared (`17条背街小巷综合整治的招投标工作`, `52条背街小巷的前期清理工作`, `完成评审45个`, `立项12个`, `完成联合审批755台`)
  // are not done either: an approval lets a lift be installed, it does not install it.
  ['招投标', 'ongoing'], ['招标', 'ongoing'], ['前期', 'ongoing'], ['评审', 'ongoing'], ['立项', 'ongoing'], ['审批', 'ongoing'],
  // `30个项目正在开展勘察设计`: surveyed and designed, not yet started.
  ['勘察', 'ongoing'],
  // `已确定13家新改建…`, `已选定…点位20个`, `完成选址15处`: the sites or works chosen, the first step of building them, none built yet.
  ['确定', 'ongoing'], ['选定', 'ongoing'], ['选址', 'ongoing'],
  ['在建', 'ongoing'], ['正在推进', 'ongoing'], ['正在建设', 'ongoing'], ['正在实施', 'ongoing'], ['正在施工', 'ongoing'], ['正在改造', 'ongoing'], ['施工中', 'ongoing'],
  ['完工', 'finish'], ['竣工', 'finish'], ['建成', 'finish'], ['完成', 'finish'], ['投用', 'finish'], ['投入使用', 'finish'], ['交付', 'finish'],
  // `已办结20件`: items of a year's list (实事, 事项) handled to their end are done, as 完成 says of works.
  ['办结', 'finish'],
  // `已有20190套进场施工`: the builders on site, the works begun (`进场路` is an access road, and left out).
  ['进场施工', 'start'],
];

/** `已开工在建170个`, `开复工在建`: works started and now being built, counted as started. */
const STARTED_BEFORE = /[开复动]工$/;

/**
 * `开工率80%` states a share, `开工后` a time: neither is the stage of the figure after them; `在建` right after a start
 * word (`开工在建`) says what the started works are doing, and the count stays one of works started.
 */
function isStageWordAt(text: string, at: number, word: string): boolean {
  const next = text.charAt(at + word.length);
  if (word === '在建' && STARTED_BEFORE.test(text.slice(Math.max(0, at - 2), at))) return false;
  // `…四个服务中心确定为示范点`: named as what they now are, a designation done, not sites chosen for works to come.
  if (next === '为' && word === '确定') return false;
  return next !== '率' && next !== '后';
}

/** The stage words by their first character: a clause is scanned once, instead of searched once per word (each figure of a pasted cell asks this). */
const STAGE_WORDS_BY_FIRST_CODE = byFirstCode(STAGE_WORDS.map(([word]) => word));
const STAGE_OF_WORD: ReadonlyMap<string, WorkStage> = new Map(STAGE_WORDS);

/** The stage of a stage word starting at `at`, the first in STAGE_WORDS's order where several do; null for none. */
function stageAt(text: string, at: number): WorkStage | null {
  const words = STAGE_WORDS_BY_FIRST_CODE.get(text.charCodeAt(at));
  if (words === undefined) return null;
  for (const word of words) {
    if (text.startsWith(word, at) && isStageWordAt(text, at, word)) return STAGE_OF_WORD.get(word) ?? null;
  }
  return null;
}

/** The stage of the stage word nearest the end of a text (a clause before a figure), or null. */
function lastStage(text: string): WorkStage | null {
  for (let at = text.length - 1; at >= 0; at -= 1) {
    const stage = stageAt(text, at);
    if (stage !== null) return stage;
  }
  return null;
}

/** The stage of the first stage word of a text (a clause after a figure), or null. */
function firstStage(text: string): WorkStage | null {
  for (let at = 0; at < text.length; at += 1) {
    const stage = stageAt(text, at);
    if (stage !== null) return stage;
  }
  return null;
}

/**
 * The stage the first stage word of a figure's phrase names (`3698个老旧小区改造项目已全部开工` → start), however far after the
 * figure it stands; null when it names none.
 */
export function stageNamedIn(phrase: string): WorkStage | null {
  return firstStage(phrase);
}

/** A clause that closes on the preparation of the works it names (`…招投标文件已发布`, `…的招标工作`). */
const PREPARATION_CLOSING = /(?:招投标|招标|采购|前期)[^，,。；;\d]{0,8}$/;
const PREPARATION_REACH = 60;

/**
 * Finishing only the main structure of a building (`完成主体工程`, `主体已竣工`), or topping it out (`封顶`), or only the base of
 * a work (`已完成基础建设`, `完成基础施工`): the work is under way, not built.
 */
const MAIN_STRUCTURE_ONLY = /(?:完成|完工|竣工|建成)[^，,。；;、\d]{0,8}(?:主体|基础(?:施工|建设|工程))|主体(?:工程|结构|建设)?(?:部分)?已?(?:完成|完工|竣工|建成)|封顶/;

/**
 * The stage a reported figure counts: the nearest stage word before it in its clause (`已完工7个`), else the
 * first after it (`104个老旧小区改造完成`); null when the clause names none.
 *
 * @example
 * figureStage('已开工8个、开工率80%,已完工7个', 3, 5) // 'start' (8个)
 */
/**
 * `共争取中小学校安全建设项目16个`, `已通过审核的项目7个`: projects obtained or approved are works prepared, not works done. Only
 * of projects: `审核通过低保对象120户` counts people served.
 */
const PROJECTS_SECURED = /(?:争取|审核|审批|批复|核准)[^，,。；;\d]{0,12}项目[^，,。；;\d]{0,2}$/;

/** `已开工(含建成)186个`: what the count includes, in parentheses, is not the stage it counts. */
const INCLUDED = /[（(]含[^）)]*[）)]/g;

export function figureStage(text: string, start: number, end: number): WorkStage | null {
  const clause = clauseBefore(text, start, 30);
  const before = clause.includes('含') ? clause.replace(INCLUDED, '') : clause;
  const after = clauseAfter(text, end, 12);
  if (PROJECTS_SECURED.test(before)) return 'ongoing';
  // `30所智慧校园…系统建设和41所学校…添置招投标文件已发布`: the things named are the scope of the tender, however long their names.
  const stage = lastStage(before) ?? firstStage(after) ?? (PREPARATION_CLOSING.test(clauseAfter(text, end, PREPARATION_REACH)) ? 'ongoing' : null);
  // `两所幼儿园已完成主体建设`, `主体完工`, `主体封顶`: the structure is up, the building is not done.
  if (stage === 'finish' && MAIN_STRUCTURE_ONLY.test(before + after)) return 'ongoing';
  return stage;
}

/**
 * Whether a figure counts works whose main structure only is finished (`主体已完工6项`, `3座新建公厕均已完成主体建设`):
 * works that are far along, of the kind a target to build counts, though none is built. Asked only of figures under way.
 *
 * @example
 * hasOnlyMainStructureFinished('(主体已完工6项)', 6, 8) // true
 * hasOnlyMainStructureFinished('已完工6项', 3, 5) // false
 */
export function hasOnlyMainStructureFinished(text: string, start: number, end: number): boolean {
  return MAIN_STRUCTURE_ONLY.test(clauseBefore(text, start, 30) + clauseAfter(text, end, 12));
}

/** Steps that prepare works (approvals, reviews, filing as projects, tenders), named as what a target asks for. */
const PREPARATION_TARGET = /审批|评审|立项|招投标|招标/;

/**
 * The stage a target asks for: `start` for works to start (`新开工…`, `开工建设…`), `finish` for works to
 * finish (`竣工…`, `完工…`, `建成…`), `ongoing` for a step that prepares them (`联合审批300台`), null for a target that names no
 * stage (`建设任务741户`).
 */
export function targetStage(phrase: string): TargetStage {
  if (/竣工|完工|建成|投用|投入使用/.test(phrase)) return 'finish';
  if (/新开工|开工|动工|新开(?:项目|項目)/.test(phrase)) return 'start';
  if (isListOfInvestmentProjects(phrase)) return 'start';
  if (isListOfProjectsByPhase(phrase)) return 'start';
  // `完成加装电梯联合审批300台`, `完成项目评审50个`: a target of a step that prepares works asks for that step, not the works built.
  if (PREPARATION_TARGET.test(phrase)) return 'ongoing';
  if (LIST_OF_PEOPLES_ITEMS.test(phrase)) return 'any';
  // `计划启动棚户区改造1.5万户`: 棚改 and 危改 plans count the households whose works are set going, as 开工 counts starts
  // (`已启动征收6377户` answers it); a year's list of 民生实事 started is still measured at any stage (above).
  if (phrase.includes('启动')) return 'start';
  return null;
}

/**
 * The stage a target asks for; `any` for a year's counted list of 民生实事 (`重大民生实事项目76件`, `31个民生实事项目`,
 * `重点民生项目共46个`):
 * the report measures such a list by its items started, under way or done, each a count of the list's items.
 */
export type TargetStage = WorkStage | 'any' | null;

const LIST_OF_PEOPLES_ITEMS = /[0-9０-９]\s*[件项个][^，,。；;\d]{0,10}(?:实事|民生工程|民生项目)|(?:实事|民生工程|民生项目)(?:项目)?[^，,。；;\d]{0,4}[0-9０-９]+\s*[件项个]/;

/**
 * A year's list of investment projects, counted by the kind of list they are in and not by the works they build
 * (`100项重点项目`, `210个重点建设项目`, `服务业项目24项`, `“双百”项目共30个`, `新建项目共185个`, where 新建 tells new
 * projects from continuing ones; `18个重大基础设施项目`, `20个民生及社会事业项目`, `373个实施类项目`, by the sector or class a
 * plan files them under; `亿元以上项目3000个`, `209项10亿元新建工业项目`, picked by their size; `由市级调度的项目36个`, by who follows them):
 * such lists are followed by how many have started (开工率), so the projects started answer the count. A list of new
 * projects (`170个新开项目`) is a target of starts itself.
 * Projects that name their works (`12个新改扩建学校项目`, `13个风貌塑造项目`) are answered by the works finished, and a
 * count to finish (`应完成…项目55个`) by the projects finished. A list of 民生工程 or 民生项目 is measured at any stage (above).
 */
const PROJECTS_OF_A_LIST = /(?:(?:重点|重大)(?:建设)?|新建|计划实施|实施类|产业|服务业|工业|农业|基础设施|社会事业|外资|内资|招商|省列|市列|调度的|(?:万元|亿元)以上|[”"」])(?:项目|項目)/;
/** The count is of the projects: next to them (a size may stand between: `209项10亿元新建工业项目`), or after them with 共/共计 or the 安排 that draws the list up between (`项目共计92项`, `重点项目安排350项`). */
const COUNT_OF_PROJECTS = /[0-9０-９]\s*[项个個](?:[0-9.]+\s*[亿万]元(?:以上)?)?[^，,。；;、0-9０-９]{0,10}(?:项目|項目)|(?:项目|項目)(?:共计|共有|共|总计|合计|(?:共|计划)?安排)?\s*[0-9０-９]+\s*[项个個]/;

function isListOfInvestmentProjects(phrase: string): boolean {
  return PROJECTS_OF_A_LIST.test(phrase) && COUNT_OF_PROJECTS.test(phrase) && !/完成|实事|民生(?:工程|项目)/.test(phrase);
}

/**
 * Whether a figure of this stage counts other works than the target asks for: a start or a work under way
 * against a target to finish (or that names no stage), a finish against a target to start.
 */
export function stageMismatch(target: TargetStage, figure: WorkStage | null): boolean {
  if (figure === null || target === 'any') return false;
  if (target === 'start') return figure !== 'start';
  if (target === 'ongoing') return figure !== 'ongoing';
  return figure === 'start' || figure === 'ongoing';
}
