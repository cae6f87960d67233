/**
 * Deterministic synthetic progress sheets for the benchmark. Texts are drawn from the phrase shapes of the
 * seeds (targets in tasks and milestones, progress with figures, the three serial forms, responsibility
 * parentheses, page-split continuation rows after repeated headers) with a few defects per hundred rows.
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
const CHINESE_DIGITS = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '十一', '十二', '十三', '十四', '十五'];

export const HEADER_ROW: readonly string[] = ['序号', '《政府工作报告》重点工作任务\n(省、市民生实事)', '时间', '节点任务', '进展情况', '自我评价'];

function pick<T>(random: () => number, items: readonly T[]): T {
  return items[Math.floor(random() * items.length)] as T;
}

function integer(random: () => number, low: number, high: number): number {
  return low + Math.floor(random() * (high - low + 1));
}

function serialOf(index: number, total: number): string | number {
  // Mostly integer serials, then the two livelihood forms at the end, as in the seeds.
  const livelihoodStart = Math.floor(total * 0.9);
  if (index < livelihoodStart) return 40 + index;
  const number = index - livelihoodStart + 1;
  return number % 2 === 0 ? `省民生实事第${number}项` : `为民办实事第${CHINESE_DIGITS[(number - 1) % CHINESE_DIGITS.length]}项`;
}

interface TaskTexts {
  readonly task: string;
  readonly milestone: string;
  readonly progress: string;
  /** The progress as a PDF copy-paste leaves it: spaces around the figure (`已建成 24 个`). */
  readonly progressWithStraySpaces: string;
  readonly selfAssessment: string;
}

/** 自我评价 as a bureau would write it for the share of the annual target reached by 三季度 (mostly agreeing with the figures). */
function assessmentOf(random: () => number, shareOfTarget: number): string {
  if (shareOfTarget >= 1) return random() < 0.8 ? '完成' : '超序时推进';
  if (shareOfTarget >= 0.75) return random() < 0.7 ? '序时推进' : '基本完成';
  return random() < 0.8 ? '滞后' : '未完成';
}

/** The responsibility parentheses, full-width as most sheets have them; `halfWidth` mixes the widths (a defect). */
function responsibilityOf(random: () => number, unit: string, halfWidth: boolean): string {
  const partner = pick(random, UNITS.filter((candidate) => candidate !== unit));
  const inside = `责任领导：${pick(random, LEADERS)}、${pick(random, LEADERS)}，责任单位：${unit}、${partner}`;
  return halfWidth ? `(${inside})` : `（${inside}）`;
}

function taskTexts(random: () => number, unit: string, halfWidthParentheses: boolean): TaskTexts {
  const responsibility = responsibilityOf(random, unit, halfWidthParentheses);
  if (random() < 0.7) {
    const indicator = pick(random, INDICATORS);
    const target = integer(random, 5, 60);
    const reported = Math.max(0, target + integer(random, -Math.ceil(target / 2), Math.ceil(target / 3)));
    // Some milestones state the quarter's count, the others only a share of the annual task.
    const milestone =
      random() < 0.4
        ? `${indicator.verb}${indicator.thing}${Math.ceil(target * 0.75)}${indicator.classifier}以上。`
        : `加快推进${indicator.thing}建设，完成年度任务的70%以上。`;
    const opener = pick(random, PROGRESS_OPENERS);
    const rest = `完成年度任务的${Math.round((reported / target) * 100)}%。累计投入资金${integer(random, 100, 9000)}万元，惠及群众${integer(random, 1, 90) / 10}万人。`;
    return {
      task: `统筹推进医疗卫生服务体系建设，${indicator.verb}${target}${indicator.classifier}${indicator.thing}。${responsibility}`,
      milestone,
      progress: `${opener}已${indicator.verb}${indicator.thing}${reported}${indicator.classifier}，${rest}`,
      progressWithStraySpaces: `${opener}已${indicator.verb}${indicator.thing} ${reported} ${indicator.classifier}，${rest}`,
      selfAssessment: assessmentOf(random, reported / target),
    };
  }
  const rate = pick(random, RATES);
  const target = integer(random, 60, 95);
  const reached = target - 8 + random() * 12;
  const progress = `截至9月底，全市${rate}达${reached.toFixed(2)}%，较去年同期提高${integer(random, 1, 5)}个百分点；联系电话66601746，文号济卫发〔2021〕${integer(random, 1, 60)}号。`;
  return {
    task: `提升公共卫生服务能力，${rate}不低于${target}%。${responsibility}`,
    milestone: `${rate}达到${target - 5}%以上。`,
    progress,
    progressWithStraySpaces: progress.replace('达', '达 '),
    selfAssessment: assessmentOf(random, reached / target),
  };
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
  const pageEvery = options.pageEvery ?? 25;
  const rows: CellValue[][] = [
    ['2021年《政府工作报告》重点工作任务和民生实事三季度进展情况'],
    [`填报单位：${unit}`],
    ['填报时间：2021年10月11日'],
    [...HEADER_ROW],
  ];
  for (let index = 0; index < options.rows; index += 1) {
    const defect = random();
    // A few defects per hundred rows, of the kinds reviewers send back (DOMAIN §1).
    const texts = taskTexts(random, unit, defect >= 0.05 && defect < 0.06);
    let progress = texts.progress;
    let period = '三季度';
    let selfAssessment = texts.selfAssessment;
    if (defect < 0.01) progress = '';
    else if (defect < 0.02) progress = texts.milestone;
    else if (defect < 0.03) period = '二季度';
    else if (defect < 0.04) selfAssessment = '已完成';
    else if (defect < 0.05) progress = `正在全力推进相关工作，${progress}`;
    else if (defect >= 0.06 && defect < 0.07) progress = texts.progressWithStraySpaces;
    else if (defect >= 0.07 && defect < 0.075) progress = '同上';
    if (index > 0 && index % pageEvery === 0) {
      // Page split: the task's text continues below a repeated header.
      const cut = Math.floor(texts.task.length / 2);
      rows.push([serialOf(index, options.rows), texts.task.slice(0, cut), period, texts.milestone, progress, selfAssessment]);
      rows.push([...HEADER_ROW]);
      rows.push([null, texts.task.slice(cut), null, null, null, null]);
    } else {
      rows.push([serialOf(index, options.rows), texts.task, period, texts.milestone, progress, selfAssessment]);
    }
  }
  rows.push(['联系人：王广斌', null, null, '联系电话：85912521']);
  return rows;
}

/** `count` bureau sheets of `rows` rows each, every one with its own unit and seed. */
export function generateBureauSheets(count: number, rows: number, seed: number): { unit: string; rows: CellValue[][] }[] {
  return Array.from({ length: count }, (_, index) => {
    const unit = `${UNITS[index % UNITS.length]}${index >= UNITS.length ? `第${Math.floor(index / UNITS.length) + 1}组` : ''}`;
    return { unit, rows: generateProgressSheet({ rows, seed: seed + index, unit }) };
  });
}
