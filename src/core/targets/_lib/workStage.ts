/**
 * The stage of a work a figure counts (DOMAIN §4, roles of the progress figures): works are reported as
 * started (`已开工8个`, `动工21410户`), under way (`正在推进7处口袋公园建设`, `在建34个`) and finished
 * (`已完工7个`, `竣工16030户`, `104个老旧小区改造完成`). A target to start works (`新开工电梯400部`) is answered
 * by the works started; any other target of works (`建设任务741户`, `完工100个`, `10个全民健身示范工程`) by the
 * works finished, so `开工741户` does not answer `建设任务741户` while `完成并入住户数720户` is there.
 */
import { clauseAfter, clauseBefore } from './clauses';

export type WorkStage = 'start' | 'ongoing' | 'finish';

/** Each stage's words, longest first inside one alternation; `开工率` and `完成投资` are no stage of a count. */
const STAGE_WORDS = /(新开工|开工建设|开工|动工|开建|启动|在建|正在(?:推进|建设|实施|施工|改造)|施工中|完工|竣工|建成|完成|投用|投入使用|交付使用|交付)/g;

const NOT_A_STAGE = /(?:开工|完工|竣工|建成)(?:率|后)/g;

function stageOfWord(word: string): WorkStage {
  if (/开工|动工|开建|启动/.test(word)) return 'start';
  if (/在建|正在|施工中/.test(word)) return 'ongoing';
  return 'finish';
}

/** The last stage word of a text, or null. */
function lastStage(text: string): WorkStage | null {
  let last: string | null = null;
  for (const match of text.matchAll(STAGE_WORDS)) last = match[1] ?? null;
  return last === null ? null : stageOfWord(last);
}

const FIRST_STAGE_WORD = new RegExp(STAGE_WORDS.source);

/** The first stage word of a text, or null. */
function firstStage(text: string): WorkStage | null {
  const match = FIRST_STAGE_WORD.exec(text);
  return match?.[1] ? stageOfWord(match[1]) : null;
}

/**
 * The stage a reported figure counts: the nearest stage word before it in its clause (`已完工7个`), else the
 * first after it (`104个老旧小区改造完成`); null when the clause names none.
 *
 * @example
 * figureStage('已开工8个、开工率80%,已完工7个', 3) // 'start' (8个)
 */
export function figureStage(text: string, start: number, end: number): WorkStage | null {
  const before = clauseBefore(text, start, 30);
  // `开工率80%` states a share, `开工后` a time: neither is the stage of the figure after them.
  const stage = lastStage(before.replace(NOT_A_STAGE, ''));
  if (stage !== null) return stage;
  return firstStage(clauseAfter(text, end, 12).replace(NOT_A_STAGE, ''));
}

/**
 * The stage a target asks for: `start` for works to start (`新开工…`, `开工建设…`), `finish` for works to
 * finish (`竣工…`, `完工…`, `建成…`), null for a target that names no stage (`建设任务741户`).
 */
export function targetStage(phrase: string): WorkStage | null {
  if (/竣工|完工|建成|投用|投入使用/.test(phrase)) return 'finish';
  if (/新开工|开工|动工/.test(phrase)) return 'start';
  return null;
}

/**
 * Whether a figure of this stage counts other works than the target asks for: a start or a work under way
 * against a target to finish (or that names no stage), a finish against a target to start.
 */
export function stageMismatch(target: WorkStage | null, figure: WorkStage | null): boolean {
  if (figure === null) return false;
  if (target === 'start') return figure !== 'start';
  return figure === 'start' || figure === 'ongoing';
}
