/**
 * Progress texts often go through a target's works by name, each with its state, without counting them:
 * `湖田中学教学综合楼已完工投用；伯塘中学师生宿舍楼正在砌筑墙体；天台中心小学项目已完工投用`, `东坑中学、水唇中学宿舍楼已投入使用，
 * 螺溪中学…等项目建设加快推进`. Some of the target's works are said done and others still building: the text measures the
 * target's works, yet states no count, and the names need not be the target's own works (unclear). Works all under way
 * (`正在施工`) give no figure at all, and works all said done are counted one by one elsewhere (`listedDone`).
 */

const CLAUSE_SPLIT = /[，,。；;\n]/u;
/**
 * A work named and said done at the end of its clause (`…教学综合楼已完工投用`, `…宿舍楼已投入使用`): a stage of the works
 * (`已建成主体`) or a step (`完成墙体粉刷`) does not end with these words.
 */
const NAMED_THEN_DONE = /^\s*([^\d]{2,}?)(?:已经?|现已|均已|都已)?(?:完工|建成|竣工)?(?:投用|投入使用|开放运营|投入运营)?$/u;
const DONE_VERB_AT_END = /(?:已经?|现已|均已|都已)?(?:完工|建成|竣工|投用|投入使用|开放运营|投入运营)$/u;
/** A done word anywhere in a text, the test before its clauses are read. */
const DONE_SOMEWHERE = /完工|建成|竣工|投用|投入使用|开放运营|投入运营/u;
/** Works still being built: under way, not done. */
const UNDER_WAY = /正在|加快推进|有序推进|加速推进|在建|施工中|推进中|主体施工|砌筑|装修/u;
/** Done or forecast, not said of the works: a clause naming a plan, a forecast or a negation. */
const NOT_DONE_YET = /预计|计划|将|未|尚未|争取|力争/u;
/** Counting words of works and places (`5所`, `2座`, `37个`), not of households or people, whom no name is given to. */
const WORK_COUNTING_WORDS = new Set(['所', '座', '栋', '幢', '个', '处', '家', '项', '条']);

/** Whether a target's counting word counts works, which a progress can go through by name. */
export function countsWorks(unit: string): boolean {
  return WORK_COUNTING_WORDS.has(unit);
}

/** Character pairs that name no kind of work. */
const GENERIC_PAIRS = new Set(['项目', '建设', '工程', '改造', '新建', '完成', '推进', '实施']);

function characterPairs(text: string): Set<string> {
  const pairs = new Set<string>();
  const letters = text.replace(/[^\u4e00-\u9fa5]/gu, '');
  for (let at = 0; at + 1 < letters.length; at += 1) {
    const pair = letters.slice(at, at + 2);
    if (!GENERIC_PAIRS.has(pair)) pairs.add(pair);
  }
  return pairs;
}

/** How many works said done a progress is searched through for one of the target's kind: a row names a handful. */
const MAX_DONE_WORKS = 16;

interface DoneWork {
  readonly clause: string;
  readonly pairs: ReadonlySet<string>;
}

/** The last progress read and its works said done (null when it says none under way): a row's targets ask one text in turn. */
let lastProgress: string | null = null;
let lastDoneWorks: readonly DoneWork[] | null = null;

function doneWorksBesideWorksUnderWay(progress: string): readonly DoneWork[] | null {
  if (progress === lastProgress) return lastDoneWorks;
  let done: DoneWork[] | null = null;
  let underWay = false;
  // Most progress texts name no work done, or none under way: they are not cut into clauses.
  if (DONE_SOMEWHERE.test(progress) && UNDER_WAY.test(progress)) {
    for (const clause of progress.split(CLAUSE_SPLIT)) {
      const trimmed = clause.trim();
      if (trimmed === '') continue;
      if (UNDER_WAY.test(trimmed)) {
        underWay = true;
        continue;
      }
      if ((done?.length ?? 0) >= MAX_DONE_WORKS || NOT_DONE_YET.test(trimmed) || !DONE_VERB_AT_END.test(trimmed)) continue;
      const name = NAMED_THEN_DONE.exec(trimmed)?.[1];
      if (name !== undefined) (done ??= []).push({ clause: trimmed, pairs: characterPairs(name) });
    }
  }
  lastProgress = progress;
  lastDoneWorks = underWay ? done : null;
  return lastDoneWorks;
}

/**
 * The first work of the target's kind (sharing words with `indicator`) a progress names as done, when the same text says
 * other works are still being built; null when it names none done or none under way.
 *
 * @example
 * namedWorkDoneAmongUnderWay('湖田中学教学综合楼已完工投用;伯塘中学师生宿舍楼正在砌筑墙体;天台中学天台中心小学项目已完工投用', '农村中小学校改扩建')
 * // '天台中学天台中心小学项目已完工投用'
 * namedWorkDoneAmongUnderWay('泉山学校正在装修;食堂建成投用', '教学楼建设') // null: the canteen is another kind of work
 */
export function namedWorkDoneAmongUnderWay(progress: string, indicator: string): string | null {
  const done = doneWorksBesideWorksUnderWay(progress);
  if (done === null) return null;
  const kind = characterPairs(indicator);
  for (const work of done) for (const pair of work.pairs) if (kind.has(pair)) return work.clause;
  return null;
}
