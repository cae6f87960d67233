/**
 * Deterministic synthetic progress sheets for the benchmark. Texts are drawn from the phrase shapes of the
 * seeds (targets in tasks and milestones, progress with figures, the three serial forms, responsibility
 * parentheses, page-split continuation rows after repeated headers) with a few defects per hundred rows.
 *
 * A task (serial, task text, milestone, target) is defined once; each bureau responsible for it writes its
 * own progress. So the bureau files of `generateBureauSheets` share their task texts the way real ones do,
 * and consolidating them compiles rows of one task from several bureaus.
 */
import type { CellValue } from '../src/core/grid/sheetGrid';

/** mulberry32: small, fast, and the same sequence for the same seed on every machine. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let mixed = Math.imul(state ^ (state >>> 15), 1 | state);
    mixed = (mixed + Math.imul(mixed ^ (mixed >>> 7), 61 | mixed)) ^ mixed;
    return ((mixed ^ (mixed >>> 14)) >>> 0) / 4294967296;
  };
}

const UNITS = ['市卫生健康委', '市商务局', '市教育局', '市投资促进局', '市工业和信息化局', '市医疗保障局', '市民政局', '市体育局'];
/** Enough distinct bureau names for 100 files: 市 + field + kind of office. */
const UNIT_FIELDS = ['卫生健康', '商务', '教育', '投资促进', '工业和信息化', '医疗保障', '民政', '体育', '财政', '住房城乡建设',
  '交通运输', '水务', '农业农村', '文化和旅游', '应急管理', '市场监管', '生态环境', '自然资源和规划', '人力资源社会保障', '科技'];
const UNIT_KINDS = ['委', '局', '服务中心', '办公室', '事务中心'];
const LEADERS = ['郑德雁', '王桂英', '孙斌', '尹清忠', '王京文'];
const INDICATORS: readonly { thing: string; classifier: string; verb: string }[] = [
  { thing: '社区卫生服务中心', classifier: '家', verb: '新建改扩建' },
  { thing: '精神科医师', classifier: '名', verb: '增加' },
  { thing: '婴幼儿照护机构示范点', classifier: '所', verb: '创建' },
  { thing: '市级临床医学研究中心', classifier: '个', verb: '建成' },
  { thing: '省级重点专科', classifier: '个', verb: '建成' },
  { thing: '智慧中药房', classifier: '家', verb: '建设' },
  { thing: '老年人健康体检', classifier: '人', verb: '完成' },
];
const RATES = ['疫苗接种覆盖率', '孕产妇系统管理率', '适龄妇女两癌筛查覆盖率', '电子健康档案建档率'];
const PROGRESS_OPENERS = ['积极推进相关工作，', '按照计划推进，', '截至9月底，', '目前，', '经多方协调，'];
const NUMERAL_DIGITS = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

export const HEADER_ROW: readonly string[] = ['序号', '《政府工作报告》重点工作任务\n(省、市民生实事)', '时间', '节点任务', '进展情况', '自我评价'];

function pick<T>(random: () => number, items: readonly T[]): T {
  return items[Math.floor(random() * items.length)] as T;
}

function integer(random: () => number, low: number, high: number): number {
  return low + Math.floor(random() * (high - low + 1));
}

/** 1 → 一, 16 → 十六, 120 → 一百二十, 1005 → 一千零五 (up to 9999, enough for any serial here). */
export function chineseNumeralOf(value: number): string {
  const places: readonly [number, string][] = [[1000, '千'], [100, '百'], [10, '十'], [1, '']];
  let text = '';
  let pendingZero = false;
  for (const [place, name] of places) {
    const digit = Math.floor(value / place) % 10;
    if (digit === 0) {
      pendingZero = text !== '';
      continue;
    }
    if (pendingZero) text += '零';
    pendingZero = false;
    text += digit === 1 && place === 10 && text === '' ? name : `${NUMERAL_DIGITS[digit] ?? ''}${name}`;
  }
  return text;
}

/** Mostly integer serials, then 为民办实事第N项, then 省民生实事第N项: the seeds' natural order. */
function serialOf(index: number, total: number): string | number {
  const livelihoodStart = Math.floor(total * 0.9);
  if (index < livelihoodStart) return 40 + index;
  const provincialStart = livelihoodStart + Math.floor((total - livelihoodStart) / 2);
  if (index < provincialStart) return `为民办实事第${chineseNumeralOf(index - livelihoodStart + 1)}项`;
  return `省民生实事第${index - provincialStart + 1}项`;
}

/** 自我评价 as a bureau would write it for the share of the annual target reached by 三季度 (mostly agreeing with the figures). */
function assessmentOf(random: () => number, shareOfTarget: number): string {
  if (shareOfTarget >= 1) return random() < 0.8 ? '完成' : '超序时推进';
  if (shareOfTarget >= 0.75) return random() < 0.7 ? '序时推进' : '基本完成';
  return random() < 0.8 ? '滞后' : '未完成';
}

/** What every bureau reporting on a task shares: its serial, texts and target. */
export interface TaskDefinition {
  readonly serial: string | number;
  /** With full-width responsibility parentheses, as most sheets have them. */
  readonly task: string;
  /** The same text with half-width parentheses around full-width colons (mixed widths: a defect). */
  readonly taskWithMixedWidths: string;
  readonly milestone: string;
  readonly measure:
    | { readonly kind: 'count'; readonly verb: string; readonly thing: string; readonly classifier: string; readonly target: number }
    | { readonly kind: 'rate'; readonly indicator: string; readonly target: number };
}

function defineTask(random: () => number, serial: string | number, units: readonly string[]): TaskDefinition {
  const responsibility = `责任领导：${pick(random, LEADERS)}、${pick(random, LEADERS)}，责任单位：${units.join('、')}`;
  const withParentheses = (text: string) => ({ task: `${text}（${responsibility}）`, taskWithMixedWidths: `${text}(${responsibility})` });
  if (random() < 0.7) {
    const { thing, classifier, verb } = pick(random, INDICATORS);
    const target = integer(random, 5, 60);
    // Some milestones state the quarter's count, the others only a share of the annual task.
    const milestone = random() < 0.4 ? `${verb}${thing}${Math.ceil(target * 0.75)}${classifier}以上。` : `加快推进${thing}建设，完成年度任务的70%以上。`;
    return {
      serial,
      ...withParentheses(`统筹推进医疗卫生服务体系建设，${verb}${target}${classifier}${thing}。`),
      milestone,
      measure: { kind: 'count', verb, thing, classifier, target },
    };
  }
  const indicator = pick(random, RATES);
  const target = integer(random, 60, 95);
  return {
    serial,
    ...withParentheses(`提升公共卫生服务能力，${indicator}不低于${target}%。`),
    milestone: `${indicator}达到${target - 5}%以上。`,
    measure: { kind: 'rate', indicator, target },
  };
}

interface ProgressTexts {
  readonly progress: string;
  /** The progress as a PDF copy-paste leaves it: spaces around the figure (`已建成 24 个`). */
  readonly progressWithStraySpaces: string;
  readonly selfAssessment: string;
}

function reportProgress(random: () => number, definition: TaskDefinition): ProgressTexts {
  const { measure } = definition;
  if (measure.kind === 'count') {
    const { verb, thing, classifier, target } = measure;
    const reported = Math.max(0, target + integer(random, -Math.ceil(target / 2), Math.ceil(target / 3)));
    const opener = pick(random, PROGRESS_OPENERS);
    const rest = `完成年度任务的${Math.round((reported / target) * 100)}%。累计投入资金${integer(random, 100, 9000)}万元，惠及群众${integer(random, 1, 90) / 10}万人。`;
    return {
      progress: `${opener}已${verb}${thing}${reported}${classifier}，${rest}`,
      progressWithStraySpaces: `${opener}已${verb}${thing} ${reported} ${classifier}，${rest}`,
      selfAssessment: assessmentOf(random, reported / target),
    };
  }
  const reached = measure.target - 8 + random() * 12;
  const progress = `截至9月底，全市${measure.indicator}达${reached.toFixed(2)}%，较去年同期提高${integer(random, 1, 5)}个百分点；联系电话66601746，文号济卫发〔2021〕${integer(random, 1, 60)}号。`;
  return { progress, progressWithStraySpaces: progress.replace('达', '达 '), selfAssessment: assessmentOf(random, reached / measure.target) };
}

/** One bureau's sheet on the given tasks: title, metadata, header, task rows with page splits, a footer. */
function sheetRows(random: () => number, unit: string, tasks: readonly TaskDefinition[], pageEvery: number): CellValue[][] {
  const rows: CellValue[][] = [
    ['2021年《政府工作报告》重点工作任务和民生实事三季度进展情况'],
    [`填报单位：${unit}`],
    ['填报时间：2021年10月11日'],
    [...HEADER_ROW],
  ];
  tasks.forEach((definition, index) => {
    const reported = reportProgress(random, definition);
    const defect = random();
    // A few defects per hundred rows, of the kinds reviewers send back (DOMAIN §1).
    let task = definition.task;
    let progress = reported.progress;
    let period = '三季度';
    let selfAssessment = reported.selfAssessment;
    if (defect < 0.01) progress = '';
    else if (defect < 0.02) progress = definition.milestone;
    else if (defect < 0.03) period = '二季度';
    else if (defect < 0.04) selfAssessment = '已完成';
    else if (defect < 0.05) progress = `正在全力推进相关工作，${progress}`;
    else if (defect < 0.06) task = definition.taskWithMixedWidths;
    else if (defect < 0.07) progress = reported.progressWithStraySpaces;
    else if (defect < 0.075) progress = '同上';
    if (index > 0 && index % pageEvery === 0) {
      // Page split: the task's text continues below a repeated header.
      const cut = Math.floor(task.length / 2);
      rows.push([definition.serial, task.slice(0, cut), period, definition.milestone, progress, selfAssessment]);
      rows.push([...HEADER_ROW]);
      rows.push([null, task.slice(cut), null, null, null, null]);
    } else {
      rows.push([definition.serial, task, period, definition.milestone, progress, selfAssessment]);
    }
  });
  rows.push(['联系人：王广斌', null, null, '联系电话：85912521']);
  return rows;
}

export interface WorkloadOptions {
  readonly rows: number;
  readonly seed: number;
  readonly unit?: string;
  /** A page break (repeated header + continuation row) every this many task rows. */
  readonly pageEvery?: number;
}

/** One progress sheet as rows of values: title, metadata, header, tasks, page splits, a footer. */
export function generateProgressSheet(options: WorkloadOptions): CellValue[][] {
  const random = seededRandom(options.seed);
  const unit = options.unit ?? UNITS[options.seed % UNITS.length] ?? '市卫生健康委';
  const tasks = Array.from({ length: options.rows }, (_, index) =>
    defineTask(random, serialOf(index, options.rows), [unit, pick(random, UNITS.filter((candidate) => candidate !== unit))]),
  );
  return sheetRows(random, unit, tasks, options.pageEvery ?? 25);
}

/** The name of the `index`-th bureau: distinct for up to 100 bureaus. */
export function bureauName(index: number): string {
  const field = UNIT_FIELDS[index % UNIT_FIELDS.length] ?? '';
  const kind = UNIT_KINDS[Math.floor(index / UNIT_FIELDS.length) % UNIT_KINDS.length] ?? '';
  const round = Math.floor(index / (UNIT_FIELDS.length * UNIT_KINDS.length));
  return `市${field}${kind}${round > 0 ? String(round + 1) : ''}`;
}

/**
 * `count` bureau sheets of `rows` task rows each. Every task names two responsible bureaus and both
 * report on it, with the same task text and their own progress, so each bureau reports exactly `rows` tasks.
 */
export function generateBureauSheets(count: number, rows: number, seed: number): { unit: string; rows: CellValue[][] }[] {
  return [...eachBureauSheet(count, rows, seed)];
}

/** `generateBureauSheets` one sheet at a time, for folders too large to hold as values (a million rows). */
export function* eachBureauSheet(count: number, rows: number, seed: number): Generator<{ unit: string; rows: CellValue[][] }> {
  if (count < 2) throw new Error(`generateBureauSheets needs at least two bureaus, got ${count}`);
  const units = Array.from({ length: count }, (_, index) => bureauName(index));
  const taskCount = Math.ceil((count * rows) / 2);
  const tasksOf = units.map((): TaskDefinition[] => []);
  const taskRandom = seededRandom(seed);
  for (let index = 0; index < taskCount; index += 1) {
    // The first bureau cycles through all; the second is shifted by a different amount each round (never
    // by a whole round), so the pairs vary and every bureau is named exactly twice a round.
    const first = index % count;
    const second = (first + 1 + (Math.floor(index / count) % (count - 1))) % count;
    const responsible = [first, second];
    const definition = defineTask(taskRandom, serialOf(index, taskCount), responsible.map((unit) => units[unit] ?? ''));
    for (const unit of responsible) tasksOf[unit]?.push(definition);
  }
  for (const [index, unit] of units.entries()) {
    yield { unit, rows: sheetRows(seededRandom(seed + 1 + index), unit, tasksOf[index] ?? [], 25) };
    // A written sheet's task definitions are not needed again.
    tasksOf[index] = [];
  }
}
