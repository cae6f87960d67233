/**
 * A performance self-assessment (绩效自评报告) opens with the money of its project before its aims: the budget
 * (`2021年预算安排2700万元`, `本项目共申请预算资金90万元`), the grant the higher level allotted (`2023年共下达我区补助资金246.2万元`,
 * `下达车购税补助56万元`), the project's funds (`项目资金共2179万元`). The report then tells how much of it was paid out
 * (`全年实际支出1723.62万元`, `执行率97%`), but the money is what the project was given, not an amount to reach: its aims are
 * the outputs. The parts of such a sum (`其中:30万元用于…预算编制;30万元用于…审计`) are the same money again.
 *
 * Money the project received or was awarded is the same kind of sum, written in a progress report's opening or a
 * performance table's first row: `产业园收到中央财政奖补资金3000万元`, `区财政通过抗疫特别国债安排资金700万元`, `获得5000万元
 * 奖励`, money said won (`争取到…补助资金1200万元`), and the 年度资金总额 row of a 绩效自评表 (`年度财政资金总额 | 278.4449 |
 * 30.00`), whose figure is the budget and whose actual is what was spent.
 *
 * A sum still to be put in or paid out is an aim, and stays a target: `计划下达资金2422万余元`, `拨付资金703.8万元`,
 * `投入资金103.66亿元`, `争取中央预算资金5000万元`; so does budget revenue (`一般公共预算收入增长7%`).
 */
import { CodeTable } from '../../_lib/codeTable';
import type { Quantity } from '../../numbers/types';

/**
 * The words that name a sum as the project's money, closing the words before it: a budget, a grant allotted (not a plan
 * to allot: `计划下达`), funds applied for, the project's funds.
 */
const FUNDS_WORDS = /(?:预算(?:资金|安排|金额|数)?|(?<!计划)下达[\u4e00-\u9fff]{0,12}?(?:补助|资金|经费|(?:中央|省级|预算内)投资)(?:资金)?|申请[\u4e00-\u9fff]{0,6}?(?:资金|经费)|项目(?:总)?资金(?:总额)?|(?:收到|获得|得到)[\u4e00-\u9fff]{0,18}?(?:资金|奖补|奖励|补助|经费)(?:资金)?|(?<!计划)安排(?:资金|经费))(?:共|共计|合计|总计|总额|约|为|达)?\s*$/;
/** A verb that makes the money something to do: to obtain it, pay it out, spend it. */
const VERB_OF_DOING = /争取|落实|完成|执行|支出|拨付|发放|使用|用好|筹措|筹集/;
/** A sum received as a prize or grant, the words of the grant after it: `并获得5000万元奖励`, `获得…奖补资金`. */
const RECEIVED_BEFORE = /(?:获得|得到|收到|获)\s*$/;
const GRANT_AFTER = /^\s*(?:的)?(?:奖励|奖金|奖补|补助资金)/;
/** How far back the words of a sum are read, to the last mark: a clause's opening. */
const WORDS_REACH = 24;
const WORD_MARKS = new CodeTable(['，', ',', '。', '；', ';', '、', '(', '（', '：', ':', '\n']);
/** A sum right before the 其中 that opens its parts (`…90万元。其中:`). */
const SUM_BEFORE_SPLIT = /(\d+(?:,\d{3})*(?:\.\d+)?)\s*(?:万|亿)?元\s*[，,。；;]?\s*其中[:：]?/g;
/** How far back the 其中 of a split is looked for: a budget is split into a few uses. */
const SPLIT_REACH = 120;

function wordsBefore(text: string, start: number): string {
  const from = Math.max(0, start - WORDS_REACH);
  let index = start;
  while (index > from && !WORD_MARKS.has(text.charCodeAt(index - 1))) index -= 1;
  return text.slice(index, start);
}

function namesFunds(text: string, start: number): boolean {
  const words = wordsBefore(text, start);
  return FUNDS_WORDS.test(words) && !VERB_OF_DOING.test(words);
}

/**
 * Money said won, with the 到 of a result (`还争取到…补助资金1200万元`, `共争取到上级资金3亿元`): funds in hand, as a grant
 * received is. To seek them is an aim (`争取中央预算资金5000万元`), and so is winning them in a plan's words (`力争争取到…`);
 * `争取到位资金` is money to bring in, and stays too.
 */
const WON_BEFORE = /争取到(?!位)[\u4e00-\u9fff]{0,10}?(?:资金|经费|补助|奖补)(?:资金)?(?:共|共计|合计|总计|约|达)?\s*$/;
const AIM_WORDS = /力争|计划|确保|目标|任务|[将要]/;

/**
 * Money told as put in place or raised, with the word of a tally before the verb (`共落实专项资金210万元`, `上半年共落实…项目资金
 * 19600万元`, `累计筹措资金3亿元`, `已整合资金77万元`): funds in hand, as money won is. The verb alone is an aim (`落实地方配套资金
 * 5000万元`), and so is the tally in a plan's words.
 */
const TALLIED_BEFORE = /(?:共|累计|已经?|共计)(?:落实|筹措|筹集|整合|到位)(?:了)?[\u4e00-\u9fff]{0,12}?(?:资金|经费)(?:共|共计|合计|总计|约|达)?\s*$/;

function isFundsWon(text: string, quantity: Quantity): boolean {
  const words = wordsBefore(text, quantity.span.start);
  const won = WON_BEFORE.exec(words) ?? TALLIED_BEFORE.exec(words);
  return won !== null && !AIM_WORDS.test(words.slice(0, won.index));
}

function isGrantReceived(text: string, quantity: Quantity): boolean {
  const words = wordsBefore(text, quantity.span.start);
  return RECEIVED_BEFORE.test(words) && !VERB_OF_DOING.test(words) && GRANT_AFTER.test(text.slice(quantity.span.end, quantity.span.end + 6));
}

/** Whether a sum is a part after the 其中 of a sum named as the project's money, with no full stop between. */
function isPartOfFunds(text: string, start: number): boolean {
  const from = Math.max(0, start - SPLIT_REACH);
  const before = text.slice(from, start);
  if (!before.includes('其中')) return false;
  let split: RegExpExecArray | null = null;
  SUM_BEFORE_SPLIT.lastIndex = 0;
  for (let match = SUM_BEFORE_SPLIT.exec(before); match !== null; match = SUM_BEFORE_SPLIT.exec(before)) split = match;
  if (split === null) return false;
  const partsFrom = split.index + split[0].length;
  if (before.includes('。', partsFrom)) return false;
  return namesFunds(text, from + split.index);
}

/**
 * `下达…中央投资202亿元,地方配套资金116亿元`: the matching funds named in the clause right after a sum of the project's money are
 * the same money's other payer, given with it, not a sum to raise; `落实地方配套资金…` says so with a verb of doing and stays.
 */
const MATCHING_FUNDS_WORDS = /^(?:地方|省级?|市级?|县级?|市县|省市|县区)?配套(?:资金)?(?:共|约|为|达)?\s*$/;
const SUM_CLOSING_CLAUSE = /\d\s*(?:万|亿)?元\s*[，,、]\s*$/;

function isMatchingFundsBesideFunds(text: string, quantity: Quantity): boolean {
  const words = wordsBefore(text, quantity.span.start);
  if (!MATCHING_FUNDS_WORDS.test(words)) return false;
  const clauseEnd = quantity.span.start - words.length;
  if (!SUM_CLOSING_CLAUSE.test(text.slice(Math.max(0, clauseEnd - 8), clauseEnd))) return false;
  const sumEnd = text.slice(0, clauseEnd).search(/元\s*[，,、]\s*$/);
  if (sumEnd < 0) return false;
  let sumStart = sumEnd;
  while (sumStart > 0 && /[0-9０-９.万亿]/.test(text.charAt(sumStart - 1))) sumStart -= 1;
  return namesFunds(text, sumStart);
}

/**
 * Whether a sum of a target text is the money the project was given (its budget, grant or funds), or a part of it.
 *
 * @example
 * isFundsOfTheProject('2021年预算安排2700万元,', quantityOf('2700万元')) // true
 * isFundsOfTheProject('全县全年计划下达资金2422万余元', quantityOf('2422万余元')) // false: a plan to allot is an aim
 */
export function isFundsOfTheProject(text: string, quantity: Quantity): boolean {
  if (quantity.unitClass !== 'money' || quantity.comparator !== null) return false;
  return namesFunds(text, quantity.span.start) || isPartOfFunds(text, quantity.span.start) || isGrantReceived(text, quantity) || isFundsWon(text, quantity)
    || isMatchingFundsBesideFunds(text, quantity);
}

/**
 * The 三级指标 of a performance table that names the project's money as a whole (`年度资金总额`, `年度财政资金总额`,
 * `项目预算资金`): the figures of its row are the budget and the spending, not an output to reach. A cost to keep within
 * (`项目总成本 | ≤90万元`) is named otherwise and stays a target.
 */
const FUNDS_INDICATOR = /^\s*(?:[0-9一二三四五六七八九十]+[、.．]\s*)?(?:指标\d*[:：.]\s*)?(?:年度|本年度|全年)?(?:项目)?(?:财政|预算)?(?:资金)(?:总额|总计|合计)?(?:[(（]万元[)）])?\s*[:：]?\s*$/;

/**
 * Whether a task cell is the performance table's row of the project's money as a whole.
 *
 * @example
 * namesTheProjectsFunds('年度财政资金总额') // true
 * namesTheProjectsFunds('项目总成本') // false: a cost bound is an aim
 */
export function namesTheProjectsFunds(taskText: string): boolean {
  return FUNDS_INDICATOR.test(taskText);
}
