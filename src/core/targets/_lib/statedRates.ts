/**
 * The rates a progress writes right after a figure, reckoning it against a plan: `竣工4986套,竣工率达166.2%`,
 * `竣工面积约12.2万平方米,竣工率91.7%(占…任务目标的122%)`, and in a row of columns `8.98 | 50.90%` or `5 54% 已陆续开始施工`.
 * A rate that names no plan (`竣工率`, a bare column) is the figure over the plan the report works to, which figure ÷ rate
 * gives back; a share that names its plan (`完成年度计划的32.5%`) says which plan it is of.
 */

export interface StatedRate {
  readonly value: number;
  /** The rate names the plan it is of (`占年度目标任务的53.5%`), rather than being the row's own rate (`竣工率73.37%`, `| 50.90%`). */
  readonly namesItsPlan: boolean;
}

/**
 * A rate right after a figure: a comma, then the words of a rate of works done (`竣工率达`, `完成率`) or of a share of a plan
 * (`占年计划的`, `完成年度任务的`), then the percent. A level reached (`，达到100%`) is no rate of a plan.
 */
const RATE_RIGHT_AFTER = /^\s*[,，、]?\s*((?:[\u4e00-\u9fa5]{0,6}?(?:完成|竣工|完工|开工|开复工|建成|办结|到位)(?:率|比例|进度))|(?:(?:占|完成|达到?)[\u4e00-\u9fa5]{0,16}?的))\s*(?:达到|达|为|是)?\s*(\d+(?:\.\d+)?)\s*[%％﹪]/u;
/** In a row of columns (`8.98 | 50.90%`, `5 54% 已陆续开始施工`), the percent in the next column, set off by a bar or spaces only. */
const RATE_IN_NEXT_COLUMN = /^(?:\s*[|｜]\s*|\s+)(\d+(?:\.\d+)?)\s*[%％﹪]/u;
/** A second rate in brackets right after the first (`竣工率91.7%(占省教育厅下达任务目标的122%)`). */
const RATE_IN_BRACKETS = /^\s*[（(]\s*((?:占|完成|达到?)[\u4e00-\u9fa5]{0,20}?的)\s*(\d+(?:\.\d+)?)\s*[%％﹪]/u;
/** How far after a figure its rates are looked for. */
const RATE_REACH = 48;
/** Stages of works a rate can be of: a rate of one stage (`开工率`) says nothing of a figure of another (`竣工15618户`). */
const STAGE_WORDS = ['开复工', '开工', '竣工', '完工', '建成'] as const;
/** A share names its plan with 占…的 or 完成…的; a rate of works (`竣工率`) does not. */
const NAMES_A_PLAN = /的$/u;

/** How far a stated rate may stand from figure ÷ target and still be that ratio (rounding, `约`): two points, or 3% of it. */
export const RATE_TOLERANCE_POINTS = 2;
export const RATE_TOLERANCE_SHARE = 0.03;

/** Whether a stated rate is figure ÷ plan, within the rounding reports write rates with. */
export function rateAgrees(stated: number, figure: number, plan: number): boolean {
  return rateWithin(stated, figure, plan, RATE_TOLERANCE_POINTS, RATE_TOLERANCE_SHARE);
}

/**
 * `完成投资969.5亿元,完成率6902%` of `1400.3亿元`: a whole-number rate of a thousand percent or more whose digits, read with a
 * point before the last two (69.02%), are figure ÷ plan is the rate printed with its decimal point lost, not the rate of
 * another plan. Asked only of such a rate, which no completion report means.
 */
export function rateAgreesWithItsPointLost(stated: number, figure: number, plan: number): boolean {
  return stated >= LOST_POINT_FLOOR && Number.isInteger(stated) && rateAgrees(stated / 100, figure, plan);
}
const LOST_POINT_FLOOR = 1000;

/** Whether a stated rate is figure ÷ plan to within `minimumPoints`, or `shareOfRate` of the rate where that is more. */
export function rateWithin(stated: number, figure: number, plan: number, minimumPoints: number, shareOfRate: number): boolean {
  if (plan <= 0) return false;
  return Math.abs((figure / plan) * 100 - stated) <= Math.max(minimumPoints, stated * shareOfRate);
}

/** How many digits a figure's text writes after its decimal point (`48.15%` → 2, `50%` → 0). */
export function decimalsWritten(text: string): number {
  const point = text.indexOf('.');
  return point < 0 ? 0 : (/^\.(\d+)/.exec(text.slice(point))?.[1]?.length ?? 0);
}

/**
 * Whether a stated rate is figure ÷ plan to the rounding of its last written digit (`48.15` of 1422596 ÷ 2954712): a rate a
 * table or a sentence reckons from these very two numbers, not one near them.
 */
export function rateToItsLastDigit(stated: number, decimals: number, figure: number, plan: number): boolean {
  return Math.abs((figure / plan) * 100 - stated) <= 0.5 * 10 ** -decimals + 1e-9;
}

/**
 * How far the plan a rate implies (figure ÷ rate) may stand from a target and still be it: a plan revised during the year or a
 * rate of a nearby base (`24.4 | 69.70%` of `38`) stays within half of it; a plan of other works does not (576 against 1357).
 */
const SAME_PLAN_SPREAD = 0.5;

/**
 * Whether a rate reckons the figure against a plan far from the target (`257个项目已完工，完工率44.62%` is of 576 projects, not
 * of 1357; `发放8922户，完成率100.42%` of 8885, not of 300): the figure is counted for another plan, whatever verdict either gives.
 */
export function isOfAnotherPlan(stated: number, figure: number, target: number): boolean {
  if (stated <= 0 || target <= 0) return false;
  const plan = (figure * 100) / stated;
  return Math.abs(plan - target) > SAME_PLAN_SPREAD * target;
}

/** What a rate's words may name besides its stage: money (`投资完成率`) is not rated by a figure of things done. */
const THINGS_RATED = ['投资', '资金'] as const;

/** The rate's words name a stage or a thing the figure's own words do not (`竣工15618户,开工率100%`, `12万平方米，投资完成率30%`). */
function ofAnotherThing(rateWords: string, figurePhrase: string): boolean {
  const stage = STAGE_WORDS.find((word) => rateWords.includes(word));
  if (stage !== undefined && !figurePhrase.includes(stage)) return true;
  return THINGS_RATED.some((word) => rateWords.includes(word) && !figurePhrase.includes(word));
}

const NO_RATES: readonly StatedRate[] = [];

function hasPercentWithin(text: string, from: number, to: number): boolean {
  const end = Math.min(to, text.length);
  for (let at = from; at < end; at += 1) {
    const code = text.charCodeAt(at);
    if (code === 0x25 || code === 0xff05 || code === 0xfe6a) return true;
  }
  return false;
}

/**
 * The rates written right after the figure that ends at `figureEnd` (at most two: the rate and one in brackets after it).
 *
 * @example
 * ratesStatedAfter('竣工4986套,竣工率达166.2%;已分配入住3045套', 7, '竣工4986套') // [{ value: 166.2, namesItsPlan: false }]
 * ratesStatedAfter('8.98 | 50.90%', 4, '8.98') // [{ value: 50.9, namesItsPlan: false }]
 * ratesStatedAfter('城镇新增就业1352万人,城镇登记失业率为3.62%', 12, '新增就业1352万人') // []
 */
export function ratesStatedAfter(text: string, figureEnd: number, figurePhrase: string): readonly StatedRate[] {
  // Most figures have no percent sign within reach after them: nothing is cut or matched for them.
  if (!hasPercentWithin(text, figureEnd, figureEnd + RATE_REACH)) return NO_RATES;
  const after = text.slice(figureEnd, figureEnd + RATE_REACH);
  const column = RATE_IN_NEXT_COLUMN.exec(after);
  if (column !== null) return [{ value: Number(column[1]), namesItsPlan: false }];
  const first = RATE_RIGHT_AFTER.exec(after);
  if (first === null) return [];
  const words = first[1] ?? '';
  if (ofAnotherThing(words, figurePhrase)) return [];
  const rates: StatedRate[] = [{ value: Number(first[2]), namesItsPlan: NAMES_A_PLAN.test(words) }];
  const second = RATE_IN_BRACKETS.exec(after.slice(first[0].length));
  if (second !== null) rates.push({ value: Number(second[2]), namesItsPlan: true });
  return rates;
}
