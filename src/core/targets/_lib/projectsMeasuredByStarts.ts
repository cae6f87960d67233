/**
 * A count of projects the task sizes together with their money (`农牧林水项目9个，年度计划投资7.2亿元`, `全市安排百大项目145个，
 * 年度投资115亿元`) is a year's list of investment projects, whatever kind or name the plan files them under. Such a list is a
 * target where the report measures it by its starts (tests/corpus/targets/README.md, *the count of a year's list*): how many of
 * its projects have started (`开工7个`, `145个百大项目开复工92个`) or the share of them started (`开工率达73.32%`). Where the
 * progress gives only money, or counts other stages, the count only labels the money's group.
 */
import type { ReportedStatement } from '../readReportedFigures';
import type { TargetStatement } from '../extractTargets';
import { clauseBefore } from './clauses';
import { isStartRate } from './listMeasuredByCount';

/** The year's money of the projects, after their count in its sentence (`年度计划投资`, `年度总投资`, `当年计划完成投资`). */
const YEARS_INVESTMENT = /(?:年度|当年|全年|本年|年)(?:计划)?(?:完成)?(?:总)?投资/;
const SENTENCE_END = /[。；;！!？?\n]/;
const INVESTMENT_REACH = 60;
/**
 * Projects under way from past years (`在建`, `续建`) are started already, and lists of 民生 works are measured at any stage
 * (`listMeasuredByCount`): starts measure neither.
 */
const NOT_MEASURED_BY_STARTS = /在建|续建|續建|民生/;
const WORDS_REACH = 30;
const PART_OPENER = '其中';

/**
 * Whether a count of projects sized with its money is a whole year's list: the sentence gives the year's money of them
 * (`年度计划投资7.2亿元`; a total over years, `通过两年时间实施项目1357个，总投资239亿元`, is none), its words name no projects
 * already under way or 民生 works, and it is not a part (`其中，新建项目63项`) of a count the task states before it.
 *
 * @example
 * isListOfTheYearsProjects('农牧林水项目9个,年度计划投资7.2亿元', statementOf('9个'), statements) // true
 * isListOfTheYearsProjects('实施项目1357个,总投资239亿元', statementOf('1357个'), statements) // false
 */
export function isListOfTheYearsProjects(text: string, statement: TargetStatement, statements: readonly TargetStatement[]): boolean {
  const { start, end } = statement.quantity.span;
  const after = text.slice(end, end + INVESTMENT_REACH);
  const sentenceEnd = after.search(SENTENCE_END);
  if (!YEARS_INVESTMENT.test(sentenceEnd < 0 ? after : after.slice(0, sentenceEnd))) return false;
  if (NOT_MEASURED_BY_STARTS.test(clauseBefore(text, start, WORDS_REACH))) return false;
  const opener = text.lastIndexOf(PART_OPENER, start);
  return opener < 0 || !statements.some((other) => other.quantity.unitClass === 'count' && other.quantity.span.end <= opener);
}

/** Roles of a figure that says what was done: a plan restated, a part or a baseline measures no list. */
function saysWhatWasDone(figure: ReportedStatement): boolean {
  return (figure.role === 'actual' || figure.role === 'new') && !figure.plannedFigure;
}

/**
 * The figure of the progress that measures a list of projects by its starts: the first start rate of works, or the first
 * count of projects started in the list's counting word that is not the list's own size restated (`145个百大项目开复工92个`:
 * the 145 names the list) and no more than it. Null when the progress measures the projects by nothing but money or words.
 *
 * @example
 * startsOfProjects(statementOf('农牧林水项目9个'), readReportedFigures('开工7个,开工率78%,完成投资1.9亿元'), '开工7个,开工率78%,完成投资1.9亿元') // the 7个
 * startsOfProjects(statementOf('农牧林水项目9个'), readReportedFigures('完成投资1.9亿元'), '完成投资1.9亿元') // null
 */
export function startsOfProjects(statement: TargetStatement, figures: readonly ReportedStatement[], progressText: string): ReportedStatement | null {
  for (const figure of figures) {
    if (isStartRate(figure)) return figure;
    if (figure.kind !== 'count' || figure.stage !== 'start' || !saysWhatWasDone(figure)) continue;
    if (figure.quantity.unit !== statement.quantity.unit || figure.quantity.value >= statement.value) continue;
    if (countsOutOfAnotherSet(progressText, figure, statement.value)) continue;
    return figure;
  }
  return null;
}

/** The counting words of projects: a plan's `67项` and a report's `30个项目` count the same things. */
const PROJECT_UNITS: ReadonlySet<string> = new Set(['项', '个', '項', '個']);
const PROJECTS_NAMED = /项目|項目/;

/**
 * Whether a figure counts projects as a list's count does: in its counting word, or in the other word of projects with the
 * projects named (`计划新开工重点项目67项` / `30个项目已新开工建设`); a figure in another word and naming no projects
 * (`开工30个村`) counts other things.
 *
 * @example
 * countsProjectsAlike('项', figureOf('30个项目已新开工建设')) // true
 * countsProjectsAlike('项', figureOf('已开工30个')) // false
 */
export function countsProjectsAlike(listUnit: string, figure: ReportedStatement): boolean {
  const unit = figure.quantity.unit;
  if (unit === listUnit) return true;
  return PROJECT_UNITS.has(unit) && PROJECT_UNITS.has(listUnit) && (PROJECTS_NAMED.test(figure.context.phrase) || PROJECTS_NAMED.test(figure.context.indicator));
}

/** A count of things right before the starts, in their clause (`3个计划新开工项目已开工2个`). */
const COUNT_BEFORE = /([0-9０-９]+)\s*[个個项項件]/;
const SET_REACH = 40;

/**
 * `…3个计划新开工项目已开工2个`: starts counted out of another set the clause names by its own count, not out of the list
 * (`全市145个百大项目开复工92个` names the list itself).
 */
function countsOutOfAnotherSet(progressText: string, figure: ReportedStatement, listSize: number): boolean {
  const set = COUNT_BEFORE.exec(clauseBefore(progressText, figure.quantity.span.start, SET_REACH));
  return set !== null && Number(set[1]) !== listSize;
}
