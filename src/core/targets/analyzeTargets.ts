/**
 * The targets use case (DOMAIN §4): for every task row, the numeric targets of its task and milestone texts,
 * the reported figure of its progress text that measures each, a verdict with evidence, and the
 * cross-check issues. Pure and linear in the sheet: each cell is read once, word lists are cached.
 */
import { yearsNamedIn } from './_lib/resultOfAnEarlierYear';
import { appendAll } from '../_lib/appendAll';
import type { Issue } from '../issues/issue';
import { compareDates, formatIsoDate } from '../report/parseCalendarDate';
import { periodEndDate } from '../report/parsePeriod';
import { STANDARD_HEADERS, type CalendarDate, type ColumnRole, type ContinuationRow, type ProgressReport, type TaskRow } from '../report/types';
import { restNotYetDue } from './_lib/restNotYetDue';
import { chooseWordSplitting, type WordSplitting } from './_lib/indicatorSimilarity';
import { cellAt, continuationsByTask, roleText, type RoleText } from './_lib/rowTexts';
import { labelsGroupWithInvestment } from './_lib/groupWithInvestment';
import { mostlyDoneWords } from './_lib/allDone';
import { isPartOfList } from './_lib/partsOfAList';
import { isNotDoneByKind } from './_lib/notDoneByKind';
import { isResultOfElapsedPeriod } from './_lib/resultOfElapsedPeriod';
import { countsApartFromTheWorks } from './_lib/countsApartFromTheWorks';
import { isGrowthOfMoneySpent } from './_lib/growthOfMoney';
import { classOfASortedList } from './_lib/groupOfABreakdown';
import { clauseBefore } from './_lib/clauses';
import { figureMeasuringList, isStartRate, isSubsetSaidAll, listSizeOf, type ListSize } from './_lib/listMeasuredByCount';
import { countsProjectsAlike, isListOfTheYearsProjects, startsOfProjects } from './_lib/projectsMeasuredByStarts';
import { countsStartedOrResumed } from './_lib/startedOrResumed';
import { targetStage, type WorkStage } from './_lib/workStage';
import { burdenNamedIn, isCeilingOfABurden, wordsQuotingTarget } from './_lib/burdenCeiling';
import { restatementsOf } from './_lib/restatedMilestone';
import { countsTargetsTogether, targetTotalsByWord, wholesOfParts, type TotalsByWord } from './_lib/wholesAndParts';
import { copiesTaskFigure } from './_lib/copiedFigure';
import { isPartOfWholeTarget } from './_lib/partOfWholeTarget';
import { withOpeningDoneStatus } from './_lib/openingDoneStatus';
import { isOfAnotherPlan, rateAgrees, rateAgreesWithItsPointLost, rateWithin, ratesStatedAfter } from './_lib/statedRates';
import { countsWorks, namedWorkDoneAmongUnderWay } from './_lib/namedWorksByState';
import { isOneYearOfAWindow } from './_lib/figureOfOneYear';
import { isLevelStepOfAnEarlierDate } from './_lib/levelOfALaterDate';
import { schedulesStarts } from './_lib/startsScheduled';
import { asOfInText, wholeTaskDoneBy, DEFAULT_YEAR_START, endOfMonthsTheFiguresAreOf, paceAt, yearEnd, type YearStart } from './_lib/targetDates';
import { reasonOf } from './describeTarget';
import {
  checkCompletionRate,
  checkSelfAssessment,
  DEFAULT_SELF_ASSESSMENT_VOCABULARY,
  type JudgedTarget,
  type SelfAssessmentVocabulary,
} from './checkTargetConsistency';
import { extractTargets, type TargetStatement } from './extractTargets';
import { judgeTarget } from './judgeTarget';
import { countedAsIndicatorSays, matchReportedFigure, targetKind, unitCompatibility, type FigureMatch, type MatchEvidence, type TargetPlace } from './matchReportedFigure';
import { isInPartSentence, type FigureRole } from './_lib/figureRole';
import { collectiveOf, type Collective } from './_lib/collectiveTargets';
import { namesLeadUnitsOfTwoLevels } from './_lib/higherLevelTarget';
import { comparatorOfSignedFigure } from './_lib/signedChange';
import { isPartWrittenWithATarget } from './_lib/partsWrittenWithATarget';
import { valueInDirection } from './_lib/quantityDirection';
import { namesTheProjectsFunds } from './_lib/fundsOfTheProject';
import { isCountOfListItems, pacesItemsBySchedule } from './_lib/listPacedBySchedule';
import { doneColumnFigureOf, withoutDoneColumnShare, withoutPlanColumnName } from './_lib/headedColumnFigure';
import { bareFigure, bareFigureContext, boundSignOf, columnPlanOf, isBareNumber, ownColumnFigureOf, rowColumnUnit, shareColumnOf, type ColumnUnit } from './_lib/figureColumns';
import { readReportedFigures, type ReportedStatement } from './readReportedFigures';
import { boundInIndicatorColumns, type ColumnsBound } from './_lib/indicatorValueColumns';
import { isMoneyOfANonTargetIndicator } from './_lib/moneyOfTheNamedIndicator';
import { costBoundOf } from './_lib/costBound';
import { signReadAsTwo } from './_lib/signReadAsTwo';
import { countBringsCoverageAbout, isFullCoverage } from './_lib/fullCoverage';
import type { ReportedFigure, TargetReason, TargetResult, Verdict } from './types';
import type { Quantity } from '../numbers/types';
import { TextReadings, type TargetReadings } from './targetReadings';

export interface AnalyzeTargetsOptions {
  /** The year when neither the title nor 填报时间 names one. */
  readonly year?: number | null;
  /** Where the year starts for pace (default 1月1日). */
  readonly yearStart?: YearStart;
  /** Below this confidence a figure is not tied to a target (verdict unclear). Default 0.5. */
  readonly minimumConfidence?: number;
  /** `bigrams` forces the fallback splitting (hosts without Intl.Segmenter). */
  readonly wordSplitting?: WordSplitting;
  readonly selfAssessment?: SelfAssessmentVocabulary;
  /** Targets already read from texts by other sheets of one compile (`TargetReadings`); a sheet's own when absent. */
  readonly targetReadings?: TargetReadings;
}

export interface TargetAnalysis {
  readonly targets: readonly TargetResult[];
  readonly issues: readonly Issue[];
}

const DEFAULT_MINIMUM_CONFIDENCE = 0.5;
/** Below this, the best figure is about something else (`卫生院` against `学位`); between it and the minimum, unclear. */
const NOTHING_ALIKE = 0.2;
/**
 * The figures of a progress text that targets are compared with: the first ones, in reading order. Every
 * target meets every figure (and every completion rate every target), so a 32,767-character cell of
 * thousands of each took seconds for one row. A real progress cell states a handful (the richest in the
 * seeds: 9); a cell with more than this is pasted data, where the figures written first are the likeliest.
 */
export const MAX_FIGURES_COMPARED = 64;
const TARGET_ROLES = ['task', 'milestone'] as const;
/** Most rows have no page-split remainder. */
const NO_CONTINUATIONS: readonly ContinuationRow[] = [];

interface SheetContext {
  readonly report: ProgressReport;
  readonly year: number | null;
  /** The end of the report's own period (the title's 三季度), the latest date a row's figures can be as of. */
  readonly reportPeriodEnd: CalendarDate | null;
  /** The end of `year`, the deadline of a task's targets. */
  readonly yearEnd: CalendarDate | null;
  readonly reportDate: CalendarDate | null;
  readonly yearStart: YearStart;
  readonly minimumConfidence: number;
  readonly splitting: WordSplitting;
  readonly vocabulary: SelfAssessmentVocabulary;
  /** Header text of each role, as the sheet writes it (without line breaks). */
  readonly headers: Readonly<Record<ColumnRole, string>>;
  /**
   * Targets already read from a milestone text: milestones repeat from row to row (the workload's 10,000
   * rows hold about 450 different ones), and a statement is only read, never changed.
   */
  readonly milestoneReadings: TextReadings;
  /**
   * Targets already read from a task text by the other sheets of a compile, whose bureaus repeat the plan's
   * tasks; null for a sheet checked alone, whose task texts name their own figures, where remembering them
   * would only cost.
   */
  readonly taskReadings: TextReadings | null;
}

/** The targets a cell states, each collective target (`均`, `分别`) spread over the items it names. */
function readTargets(sheet: SheetContext, text: string): readonly SpreadStatement[] {
  return withCollectivesSpread(text, extractTargets(text, { year: sheet.year, partsInParentheses: true, payersOfSums: true, worksOfPastYears: true }));
}

function targetsOf(sheet: SheetContext, readings: TextReadings | null, text: string): readonly SpreadStatement[] {
  const known = readings?.get(text);
  if (known) return known;
  const statements = readTargets(sheet, text);
  readings?.set(text, statements);
  return statements;
}

/** A milestone cell that is one number is the target of the task's indicator, in the task's unit. */
function milestoneTargets(sheet: SheetContext, text: string, columnUnit: ColumnUnit | null): readonly SpreadStatement[] {
  const quantity = columnUnit ? bareFigure(text, columnUnit, columnUnit.comparator) : null;
  if (!quantity || !columnUnit) {
    // `≧ | 735 | 人次`: a performance table's sign, figure and unit columns, of the indicator the task names.
    const bound = columnUnit ? null : boundInIndicatorColumns(text);
    return bound ? [boundStatement(text, bound)] : targetsOf(sheet, sheet.milestoneReadings, text);
  }
  return [columnStatement(text, quantity, columnUnit)];
}

function boundStatement(text: string, { quantity, op }: ColumnsBound): SpreadStatement {
  return { quantity, context: bareFigureContext(text, quantity, ''), op, value: quantity.value, upper: null, deadline: null, direction: null, isShare: false };
}

function columnStatement(text: string, quantity: Quantity, columnUnit: ColumnUnit): SpreadStatement {
  return {
    quantity,
    context: bareFigureContext(text, quantity, columnUnit.indicator),
    op: comparatorOfSignedFigure(quantity.value, columnUnit.comparator, boundSignOf(text) !== null),
    value: quantity.value,
    upper: null,
    deadline: null,
    direction: null,
    isShare: false,
  };
}

/**
 * `城关镇 年度投资计划 12.5(单位:亿元)`, `年度计划投资(亿元) 12.5`: a task that is a table's figure with its column's
 * unit states that figure as its target, in that unit; the year's, where the milestone holds the plan of part of the year.
 */
function taskTargetsOf(sheet: SheetContext, text: string, columnUnit: ColumnUnit | null): readonly SpreadStatement[] {
  const stated = targetsOf(sheet, sheet.taskReadings, text);
  // `前9月,全国新开工改造城镇老旧小区5.16万个`: a task cell that opens on the months run states their results, not aims. A
  // milestone (`1-6月,完成投资50亿元`) is the period's own step, and is read as one.
  const read = stated.some((statement) => isResultOfElapsedPeriod(text, statement.quantity, statement.context.sentenceStart, sheet.year))
    ? stated.filter((statement) => !isResultOfElapsedPeriod(text, statement.quantity, statement.context.sentenceStart, sheet.year)) : stated;
  if (columnUnit === null) return read;
  const own = ownColumnFigureOf(text, columnUnit);
  // The column's figure, whether or not the header's unit already read it (`年度投资目标(万元) 2954712`), is the row's column target.
  const [first] = read;
  if (own && (read.length === 0 || (read.length === 1 && first?.quantity.span.start === own.span.start))) return [columnStatement(text, own, columnUnit)];
  return read;
}

function headerOf(report: ProgressReport, role: ColumnRole): string {
  const column = report.header.roles[role];
  const header = report.header.columns.find((candidate) => candidate.column === column)?.header;
  return (header ?? STANDARD_HEADERS[role]).replace(/\s+/g, '');
}

/**
 * ISO dates already written, by day: a sheet's targets share a handful of deadlines and as-of dates, and
 * formatting each afresh made tens of thousands of equal strings.
 */
const isoDates = new Map<number, string>();
const MAX_CACHED_DATES = 4096;

function isoOrNull(date: CalendarDate | null): string | null {
  if (!date) return null;
  const key = (date.year * 100 + date.month) * 100 + date.day;
  const known = isoDates.get(key);
  if (known !== undefined) return known;
  const iso = formatIsoDate(date);
  if (isoDates.size < MAX_CACHED_DATES) isoDates.set(key, iso);
  return iso;
}

function reportedFigureOf(figure: ReportedStatement, progress: RoleText, asOf: CalendarDate | null, value: number = figure.quantity.value): ReportedFigure {
  return {
    cell: cellAt(progress, figure.quantity.span.start).address,
    text: figure.context.phrase,
    value,
    unit: figure.quantity.unit,
    asOf: isoOrNull(asOf),
  };
}

function analyzeRow(sheet: SheetContext, row: TaskRow, continuations: ReturnType<typeof continuationsByTask>): { judged: JudgedTarget[]; issues: Issue[] } {
  const { report, year } = sheet;
  const rowContinuations = continuations.get(row.row) ?? NO_CONTINUATIONS;
  const progress = roleText(row, rowContinuations, 'progress');
  const taskSource = roleText(row, rowContinuations, 'task');
  const milestoneSource = roleText(row, rowContinuations, 'milestone');
  // `城镇新增就业(人) | 26000 | 32095`: figures without units that take the task's.
  const columnUnit = taskSource === null ? null : rowColumnUnit(taskSource.text, milestoneSource?.text ?? '', progress?.text ?? '');
  // The row's plan picks, among a table row's amounts, the one the row reckons against it (`amountOfRow`).
  const columnFigure = progress && columnUnit ? bareReportedFigure(progress.text, columnUnit, taskSource ? columnPlanOf(taskSource.text, milestoneSource?.text ?? '', columnUnit) : null) : null;
  // The years the task names: a figure of an earlier year answers the task only where the task names that year itself.
  const yearsOfTheTask = progress && progress.text.includes('年') ? yearsNamedIn(`${taskSource?.text ?? ''}|${milestoneSource?.text ?? ''}`) : null;
  const allFigures = columnFigure ? [columnFigure] : progress ? readReportedFigures(progress.text, year, yearsOfTheTask) : [];
  const readFigures = allFigures.length > MAX_FIGURES_COMPARED ? allFigures.slice(0, MAX_FIGURES_COMPARED) : allFigures;
  const period = row.period ?? report.title?.period ?? null;
  const periodEnd = period && year !== null ? periodEndDate(period, year) : null;
  // As of: `截至…` in the progress, else the end of the row's period — but never after the report's own
  // period (an annual task's row says 全年 in a 三季度 report), nor after the day it was filled in (a 全年
  // report read out on 12月21日 cannot state the year's end) — else 填报时间 (DOMAIN §4).
  const reportAsOf = earlier(earlier(periodEnd, sheet.reportPeriodEnd), sheet.reportDate);
  const statedAsOf = progress ? asOfInText(progress.text, year) : null;
  // `1-9月，…完成投资17.48亿元` in a report of 30 October: the figures are of 9月30日 and paced there.
  const monthsEnd = statedAsOf === null && progress ? endOfMonthsTheFiguresAreOf(progress.text, year) : null;
  const asOf = statedAsOf ?? earlier(monthsEnd, reportAsOf);
  const laterReportAsOf = asOf !== null && reportAsOf !== null && compareDates(asOf, reportAsOf) < 0 && statedAsOf === null ? reportAsOf : null;
  const judged: JudgedTarget[] = [];

  const taskStated = taskSource ? taskTargetsOf(sheet, taskSource.text, columnUnit) : NO_STATEMENTS;
  const milestoneStated = milestoneSource && !(taskSource && milestoneSource.text === taskSource.text && columnUnit === null)
    ? withPartsCounted(milestoneTargets(sheet, milestoneSource.text, columnUnit), readFigures, NO_STATEMENTS, progress?.text ?? '', milestoneSource.text) : null;
  // `项目计划总投资 | 20万元`: a sum alone in the 指标值 cell is no target when the indicator's name makes it none.
  const [milestoneSum] = milestoneStated ?? NO_STATEMENTS;
  const milestoneNamed = milestoneStated?.length === 1 && milestoneSum && taskSource && milestoneSource
    && isMoneyOfANonTargetIndicator(taskSource.text, milestoneSource.text, milestoneSum.quantity, (text) => targetsOf(sheet, sheet.milestoneReadings, text).map((statement) => statement.value))
    ? NO_STATEMENTS : milestoneStated;
  // `成本指标 | 15万元`, `培训成本 | 400元/人、天`: the sum bounds the cost the task names.
  const costBound = milestoneNamed && milestoneNamed.length <= 1 && taskSource && milestoneSource ? costBoundOf(taskSource.text, milestoneSource.text) : null;
  // `市民满意度 | 290%`: a ≥ the copy rendered as 2, before a rate that cannot pass 100%.
  const floorReadAsTwo = !costBound && milestoneNamed && milestoneNamed.length === 1 && taskSource && milestoneSource ? signReadAsTwo(taskSource.text, milestoneSource.text) : null;
  const milestoneOwn = costBound && milestoneSource ? [boundStatement(milestoneSource.text, { quantity: costBound, op: '<=' })]
    : floorReadAsTwo && milestoneSource ? [boundStatement(milestoneSource.text, { quantity: floorReadAsTwo, op: '>=' })] : milestoneNamed;
  const taskRead = withPartsCounted(taskStated, readFigures, milestoneOwn ?? NO_STATEMENTS, progress?.text ?? '', taskSource?.text ?? '');
  const taskLists = taskSource ? withoutListsPacedBySchedule(taskSource.text, withoutProjectLists(taskSource.text, taskRead, readFigures, progress?.text ?? ''), progress?.text ?? '') : taskRead;
  const taskQuoted = taskSource && progress ? withQuotedCeilings(taskSource.text, taskLists, progress.text) : taskLists;
  // `推行“一村一辅警”全覆盖 | 18个`: the count the milestone states brings the whole about, and is the target.
  const taskFound = milestoneOwn && countBringsCoverageAbout(milestoneOwn) ? taskQuoted.filter((statement) => !isFullCoverage(statement.quantity)) : taskQuoted;
  // A milestone copied from its task (common in plans) is read once.
  const milestoneRead = !milestoneSource ? NO_STATEMENTS
    : milestoneOwn ?? taskRead;
  // `区级财政收入增长率 | 6%以上 | 28.97%`: a milestone that is its figure alone measures what the task names.
  // `新增15万户直播卫星用户 | 12800 | 7854`: a milestone that is a bare number is the row's own target in the unit of
  // the task's one target; where its figure differs, the task's is another level's (`ownTargetOf`).
  const ownTarget = milestoneSource && milestoneRead.length === 0 && columnUnit === null && taskFound.length === 1 && taskFound[0]
    ? ownTargetOf(milestoneSource.text, taskFound[0]) : null;
  // `农村适龄妇女“两癌”免费检查 | 93215 | 106345 114.1%`: a table without units, the milestone's number against the
  // progress's first, both counting what the task names. Against a progress in words (`培养名牌产品` | `2` | `申报…5家`)
  // it is still the row's target, but nothing says what the number counts: a figure of the words is not tied to it.
  const unitlessTarget = !ownTarget && milestoneSource && taskSource && milestoneRead.length === 0 && columnUnit === null && taskFound.length === 0
    && progress ? unitlessTargetOf(milestoneSource.text, taskSource.text) : null;
  const untied = unitlessTarget && progress && !isBareNumber(progress.text, true) ? unitlessTarget : null;
  const othersTarget = ownTarget !== null && ownTarget.value !== taskFound[0]?.value ? taskFound[0] ?? null : null;
  const milestoneFound = ownTarget ? [ownTarget] : unitlessTarget ? [unitlessTarget] : taskSource && milestoneRead.length === 1 && milestoneRead[0]?.context.indicator === ''
    ? milestoneRead.map((statement) => inTaskUnit({ ...statement, context: { ...statement.context, indicator: taskSource.text.trim().slice(0, 32) } }, taskFound))
    : milestoneRead;
  // A milestone without 时间 that says the task's words again is that target once more, or the row's own share of it.
  const restated = row.period === null && milestoneFound === milestoneRead && milestoneRead.length > 0 && taskFound.length > 0
    ? restatementsOf(taskFound, milestoneRead, taskSource?.text ?? '') : null;
  const taskStatements = restated ? taskFound.filter((statement) => !restated.superseded.has(statement)) : taskFound;
  const milestoneKept = restated ? milestoneFound.filter((statement) => !restated.repeated.has(statement)) : milestoneFound;
  // `完成参保人数6300人` | 12月底 | `6300人`: a 目标任务 column due with the task that copies its one figure is that target once more.
  const dueWithTask = row.period === null || (periodEnd !== null && sheet.yearEnd !== null && compareDates(periodEnd, sheet.yearEnd) === 0);
  const [taskOnly] = taskStatements;
  const [milestoneOnly] = milestoneKept;
  const milestoneStatements = dueWithTask && milestoneSource && taskStatements.length === 1 && milestoneKept.length === 1 && taskOnly && milestoneOnly
    && copiesTaskFigure(milestoneSource.text, milestoneOnly, taskOnly) ? NO_STATEMENTS : milestoneKept;
  const total = taskStatements.length + milestoneStatements.length;
  // `新增800张…养护床位` / `810`: a progress that is one bare number answers the row's one target in its unit.
  // A task and a milestone that state one figure (`完成参保人数6300人` / `6300人`) are one target for this.
  // `新增养老床位1671张 | 敬老院新增床位900张 | 900`: where the milestone states a figure of its own, the row's bare number is the
  // milestone's: the 节点任务 column is the period's aim that the 进展情况 column beside it answers.
  const sharedFigure = total === 1 ? (taskStatements[0] ?? milestoneStatements[0]) : (othersTarget ? ownTarget ?? undefined : oneFigureStated(taskStatements, milestoneStatements));
  const milestonesOwn = total > 1 && sharedFigure === undefined ? milestoneAnsweredByABareNumber(milestoneStatements, progress?.text ?? null) : undefined;
  const only = sharedFigure ?? milestonesOwn;
  // The column's own figure (`(万人)` | `3.5` | `4.1`) already has its unit and magnitude.
  const loneFigure = progress && only && columnFigure === null && (readFigures.length === 0 || isBareNumber(progress.text, true)) ? bareFigureOf(progress.text, only) : null;
  // `已完成。 从…起，已将…提高到…`: the status opening the cell says the row's nearest plan is done — the milestone's targets
  // where it states its own, else the task's; where the milestone is a step in words, that step, and no target.
  const stepOnlyMilestone = milestoneSource !== null && milestoneSource.text.trim() !== '' && milestoneFound.length === 0;
  // `工作目标(个) 600` | `已完成数 600 占比 100%`: the table's done column answers the row's column target.
  const doneColumn = progress && !loneFigure ? doneColumnFigureOf(progress.text, [...taskStatements, ...milestoneKept]) : null;
  const columnsRead = doneColumn && progress ? withoutDoneColumnShare(progress.text, doneColumn, readFigures) : readFigures;
  const statusRead = loneFigure || !progress ? columnsRead : withOpeningDoneStatus(columnsRead, progress.text, stepOnlyMilestone);
  const withStatus = doneColumn ? [doneColumn, ...statusRead] : statusRead;
  // The milestone's own bare number is no figure of the task's whole, which it is a part of.
  const figures = loneFigure ? (milestonesOwn ? NO_FIGURES : [loneFigure]) : milestoneStatements.length > 0 ? (doneColumn ? [doneColumn, ...columnsRead] : readFigures) : withStatus;
  // `（市级牵头单位：…；区级牵头单位：…）`: the task's amounts are the city's, the progress the district's part.
  const higherLevel = taskSource !== null && namesLeadUnitsOfTwoLevels(taskSource.text);
  // A milestone is due at the end of its row's 时间; a row without one (a 年度目标 column, or no 时间 cell) states the year's.
  const milestoneEnd = row.period !== null ? periodEnd : null;
  // `124人以上` and `3900人以上` in one task, `124名人员` in the progress: the figure is the first's, whatever the second's words.
  const mostlyDone = progress === null ? null : mostlyDoneWords(progress.text);
  // `确保8月底前全面完成危房改造任务` beside the task's figures, in the task or in the schedule its milestone gives.
  const taskDoneBy = taskStatements.length > 0 && taskSource !== null ? wholeTaskDoneBy(milestoneSource === null ? taskSource.text : `${taskSource.text}\n${milestoneSource.text}`, year) : null;
  const startsScheduled = schedulesStarts(`${taskSource?.text ?? ''}\n${milestoneSource?.text ?? ''}`);
  // Most progress cells write no percent: no figure of theirs is reckoned against a target by a share.
  const statesShares = progress !== null && PERCENT_SIGN.test(progress.text);
  // Asked only where a share could reckon starts against a target: a row of housing plans that counts works started.
  const finishTargetBeside = statesShares && progress !== null && progress.text.includes('开工') && taskStatements.some((statement) => targetStage(statement.context.phrase) === 'finish');
  const evidence: RowEvidence = { statesShares, progress, figures, milestoneFigures: loneFigure ? [loneFigure] : withStatus, periodEnd: milestoneEnd, asOf, laterReportAsOf, higherLevel, targetsByValue: total > 1 ? targetsByValueOf(taskStatements, milestoneStatements) : null, untied: doneColumn ? null : untied, mostlyDone, taskDoneBy, startsScheduled, finishTargetBeside };
  // Where each target stands among the row's targets of its kind, for figures tied by place (most rows: one target).
  // Counted in maps only when there are several: a pasted cell states thousands of targets.
  // `1034户，其中C级653户，D级381户`: a whole stated with its parts is no target among them for a tie by place.
  const wholes = total > 2 ? wholesOfParts(quantitiesOf(taskStatements, milestoneStatements)) : null;
  const kindCounts = total > 1 ? new Map<string, number>() : null;
  if (kindCounts) {
    for (const statement of taskStatements) if (!wholes?.has(statement.quantity)) countKind(kindCounts, targetKind(statement.quantity));
    for (const statement of milestoneStatements) if (!wholes?.has(statement.quantity)) countKind(kindCounts, targetKind(statement.quantity));
  }
  const kindSeen = total > 1 ? new Map<string, number>() : null;
  // The row's targets that are parts of another (most rows: none, and no set is made).
  let partStatements: Set<TargetStatement> | null = null;
  const unnamed: { role: 'task' | 'milestone'; source: RoleText; statement: SpreadStatement }[] = [];
  for (const role of TARGET_ROLES) {
    const source = role === 'task' ? taskSource : milestoneSource;
    const statements = role === 'task' ? taskStatements : milestoneStatements;
    if (!source) continue;
    const namesParts = statements.length > 0 && (source.text.includes('其中') || source.text.includes('包括'));
    for (const statement of statements) {
      let index = 0;
      let count = 1;
      if (kindCounts && kindSeen && !wholes?.has(statement.quantity)) {
        const kind = targetKind(statement.quantity);
        index = kindSeen.get(kind) ?? 0;
        kindSeen.set(kind, index + 1);
        count = kindCounts.get(kind) ?? 1;
      }
      // `…4942户，其中：建档立卡户3660户`: a part of the row's whole, in words (其中) or in sum.
      const isPart = (namesParts && isInPartSentence(source.text, statement.quantity.span.start)) || (wholes !== null && isPartOf(wholes, statement.quantity));
      const place: TargetPlace = { index, count, isPart };
      if (isPart) (partStatements ??= new Set()).add(statement);
      if (statement.collective) unnamed.push({ role, source, statement });
      else if (statement === othersTarget && ownTarget) judged.push(othersTargetJudged(judgeStatement(sheet, role, source, statement, evidence, place), ownTarget));
      else judged.push(judgeStatement(sheet, role, source, statement, evidence, place));
    }
  }
  // `4个结构性指标均实现10%以上增长`: the indicators are those the progress reports changes of, that no other
  // target took — after the words that open their list (`4个结构性指标中`), else the last ones.
  if (unnamed.length > 0) {
    const claimed = new Set(judged.map((target) => target.figure));
    const groups = groupsOf(unnamed);
    // `二氧化硫、氮氧化物排放量下降3%,化学需氧量、氨氮排放量下降2%` / `分别下降4.4%和3.5%,…分别下降3.2%和3.3%`: groups
    // without an anchor share the progress's last changes, the first group the first of them.
    let unanchoredLeft = 0;
    for (const group of groups) if (group[0]?.statement.collective?.anchor === '') unanchoredLeft += group.length;
    for (const group of groups) {
      const first = group[0];
      if (!first) continue;
      const collective = first.statement.collective;
      const anchorAt = collective && collective.anchor !== '' && progress ? progress.text.indexOf(collective.anchor) : -1;
      // Rates are paired with the changes the progress reports; amounts (`各1.5公里`) with its figures of their kind.
      const rate = first.statement.quantity.unitClass === 'percent' || first.statement.quantity.unitClass === 'points';
      const kind = targetKind(first.statement.quantity);
      // `为全省唯一个该指标实现10%以上增长的地市`: the shared target said again, with its comparator, is no indicator's change.
      const changes = figures.filter((figure) => (figure.role === 'actual' || figure.role === 'new') && (rate ? figure.direction !== null : true)
        && figure.kind === kind && !claimed.has(figure) && figure.quantity.span.start > anchorAt && !restatesTarget(figure, first.statement));
      const unanchored = collective?.anchor === '';
      const chosen = anchorAt >= 0 ? changes.slice(0, group.length)
        : changes.slice(Math.max(0, changes.length - (unanchored ? unanchoredLeft : group.length))).slice(0, group.length);
      if (unanchored) unanchoredLeft -= group.length;
      // Named indicators (`专利申请总量、发明专利申请量均…`) are paired by place only when the progress lists as many
      // changes (`分别增长-3.75%、-36.52%`); otherwise each is matched by its words.
      const byPlace = collective?.indicators.length === 0 || chosen.length === group.length;
      group.forEach(({ role, source, statement }, index) => {
        const figure = chosen[index];
        const forced: FigureMatch | null | undefined = !byPlace ? undefined : figure ? { figure, confidence: PLACE_OF_COLLECTIVE, evidence: 'position' } : null;
        judged.push(judgeStatement(sheet, role, source, statement, evidence, { index, count: group.length }, forced));
      });
    }
  }

  if (total > 1) withFiguresOfOtherTargets(judged, wholes, partStatements ?? NO_PARTS);
  if (partStatements !== null) withPartsWithoutOwnFigure(judged, partStatements);
  if (dueWithTask && milestoneSource && milestoneStatements.length > 0 && taskStatements.length > 0 && !NAMES_A_PERIOD.test(milestoneSource.text)) withTargetsOfAnotherLevel(judged, milestoneStatements, milestoneSource.text);
  if (total > 1) withWholesAndParts(judged, wholes, () => targetTotalsByWord(quantitiesOf(taskStatements, milestoneStatements)));
  if (progress) withRatesOfAnotherPlan(judged, progress.text, figures);
  if (progress && asOf !== null) withFiguresOfOneYear(judged, progress.text, asOf.year);

  const issues = [
    ...checkSelfAssessment(report.sheet, row.cells.selfAssessment, sheet.headers.selfAssessment, judged, sheet.vocabulary),
    ...(progress
      ? checkCompletionRate(report.sheet, sheet.headers.progress, (offset) => cellAt(progress, offset), withShareColumn(figures, columnFigure, progress.text), judged)
      : []),
  ];
  return { judged, issues };
}

/**
 * Reports state a whole first and then how it is split (`其中…`, by district, by source of money): where the progress gives
 * one figure and it answers the whole, the split's targets after it that are weighed against that same figure are not
 * measured — no figure, not an unclear one (`启动棚户区改造1.5万户` takes `已启动征收6377户`; `市南区启动1000户` after it has
 * none). Not a whole stated before its parts (`任务共34100套(户)，其中…基本建成住房2万套`): a whole whose part alone is
 * answered is unclear, and a target stated before the one the figure answers keeps its doubt. Changed in place.
 */
const NO_PARTS: ReadonlySet<TargetStatement> = new Set();

function withFiguresOfOtherTargets(judged: JudgedTarget[], wholes: ReadonlyMap<Quantity, readonly Quantity[]> | null, parts: ReadonlySet<TargetStatement>): void {
  // The targets tied to each figure, by index, read once: a pasted cell states thousands of targets.
  let tiedTo: Map<ReportedStatement, number[]> | null = null;
  for (let index = 0; index < judged.length; index += 1) {
    const target = judged[index];
    if (target === undefined || wholes?.has(target.statement.quantity)) continue;
    // Weighed and left unclear, or tied by its place only, less surely than the whole it follows.
    // Doubted as other works (`竣工12万套` weighed against `已开工10.12万套`, the starts `新开工24.1万套` before it takes) too.
    const weighed = target.result.verdict === 'unclear' ? (target.result.reason.key === 'target.why.unclear' || target.result.reason.key === 'target.why.otherWorks' ? target.weighed : undefined)
      : target.result.evidence === 'position' ? target.figure ?? undefined : undefined;
    if (weighed === undefined) continue;
    tiedTo ??= targetsByFigure(judged);
    const owner = ownerOf(judged, tiedTo.get(weighed), target);
    const doubtedOwner = owner === undefined && target.result.verdict === 'unclear' ? doubtedOwnerNamedBy(judged, weighed, target) : undefined;
    if (doubtedOwner !== undefined) {
      const reason: TargetReason = { key: 'target.why.figureOfAnotherTarget', params: { figure: weighed.context.phrase, other: doubtedOwner.result.text, target: target.result.text } };
      judged[index] = { role: target.role, statement: target.statement, figure: null, result: { ...target.result, reported: null, evidence: null, verdict: 'no-figure', confidence: 0, pace: null, share: null, reason } };
      continue;
    }
    if (owner === undefined || owner.result.reported === null) continue;
    const ownerIsPart = parts.has(owner.statement) && !parts.has(target.statement);
    if (ownerIsPart) {
      // The whole tied by its place to the figure its part is tied to by words: the part's result, no measure of the whole.
      if (target.result.verdict !== 'unclear') judged[index] = unclearJudged(target, { key: 'target.why.figureOfAPart', params: { figure: owner.result.reported.text, part: owner.result.text, target: target.result.text } });
      continue;
    }
    if (owner.statement.quantity.span.start > target.statement.quantity.span.start) continue;
    const reason: TargetReason = { key: 'target.why.figureOfAnotherTarget', params: { figure: owner.result.reported.text, other: owner.result.text, target: target.result.text } };
    judged[index] = { role: target.role, statement: target.statement, figure: null, result: { ...target.result, reported: null, evidence: null, verdict: 'no-figure', confidence: 0, pace: null, share: null, reason } };
  }
}

/**
 * A part written with its whole (`其中…`, `包括…`) is answered by the progress's figure for that part, and has none when the
 * progress counts only the whole or another kind: a figure the part was weighed against and doubted, that the row's other
 * targets were weighed against too and that names none of the part's own words (`目前已开工11.3万户` of `30万户，其中…修缮加固
 * 7.8万户`; `已开工改造145户` of 农村危房 against both `包括主城区危旧房改造启动5000户` and `其他区市城中村改造10000户`), is
 * no figure of the part: no-figure, not unclear. A figure that names the part (`C级已开工300户` of `其中C级653户`) keeps its doubt.
 * Changed in place.
 */
function withPartsWithoutOwnFigure(judged: JudgedTarget[], parts: ReadonlySet<TargetStatement>): void {
  // How many targets were weighed against or tied to each figure, counted once: a pasted cell states thousands of parts.
  let weighedBy: Map<ReportedStatement, number> | null = null;
  for (let index = 0; index < judged.length; index += 1) {
    const target = judged[index];
    if (target === undefined || !parts.has(target.statement) || target.result.verdict !== 'unclear') continue;
    const reasonKey = target.result.reason.key;
    if (reasonKey !== 'target.why.unclear' && reasonKey !== 'target.why.otherWorks') continue;
    const weighed = target.weighed;
    // A part named by a figure alone (`16村、944户`) has too few words of its own to tell its figure from another.
    if (weighed === undefined || wordsNamingPart(target.statement).length < MIN_PART_WORDS || namesThePart(weighed, target.statement)) continue;
    weighedBy ??= targetsWeighedByFigure(judged);
    if ((weighedBy.get(weighed) ?? 0) < 2) continue;
    const reason: TargetReason = { key: 'target.why.noFigureOfThePart', params: { figure: String(target.result.reason.params.figure ?? ''), target: target.result.text } };
    judged[index] = { role: target.role, statement: target.statement, figure: null, result: { ...target.result, reported: null, evidence: null, verdict: 'no-figure', confidence: 0, pace: null, share: null, reason } };
  }
}

function targetsWeighedByFigure(judged: readonly JudgedTarget[]): Map<ReportedStatement, number> {
  const counts = new Map<ReportedStatement, number>();
  for (const target of judged) {
    const figure = target.figure ?? target.weighed;
    if (figure !== null && figure !== undefined) counts.set(figure, (counts.get(figure) ?? 0) + 1);
  }
  return counts;
}

function targetsByFigure(judged: readonly JudgedTarget[]): Map<ReportedStatement, number[]> {
  const byFigure = new Map<ReportedStatement, number[]>();
  judged.forEach((target, index) => {
    if (target.figure === null) return;
    const indices = byFigure.get(target.figure);
    if (indices) indices.push(index);
    else byFigure.set(target.figure, [index]);
  });
  return byFigure;
}

/** How many targets tied to one figure are looked at for its owner: a row's own targets, not a pasted cell's thousands. */
const MAX_OWNERS_LOOKED_AT = 16;

/** The first target of the same role tied to the figure more surely than `target`, as the row stands now. */
function ownerOf(judged: readonly JudgedTarget[], indices: readonly number[] | undefined, target: JudgedTarget): JudgedTarget | undefined {
  if (indices === undefined) return undefined;
  const weighed = target.figure ?? target.weighed;
  for (let at = 0; at < indices.length && at < MAX_OWNERS_LOOKED_AT; at += 1) {
    const other = judged[indices[at] ?? -1];
    if (other === undefined || other === target || other.figure !== weighed || other.result.verdict === 'unclear' || other.role !== target.role) continue;
    if (other.result.confidence > target.result.confidence) return other;
  }
  return undefined;
}

/**
 * `3万户农村危房改造和1万户水库移民危房改造` against `农村危房改造已开工0.47万套`: two targets doubt the same figure, which names
 * the first one's words whole and is weighed more surely against it: whatever it says of that target, it says nothing of the
 * second, whose own words it leaves out (no figure of it). The first target, before this one, of the same role.
 */
function doubtedOwnerNamedBy(judged: readonly JudgedTarget[], weighed: ReportedStatement, target: JudgedTarget): JudgedTarget | undefined {
  for (let at = 0; at < judged.length && at < MAX_OWNERS_LOOKED_AT; at += 1) {
    const other = judged[at];
    if (other === undefined || other === target) continue;
    if (other.statement.quantity.span.start >= target.statement.quantity.span.start) return undefined;
    if (other.weighed !== weighed || other.role !== target.role || other.result.confidence <= target.result.confidence) continue;
    const words = wordsNamingPart(other.statement);
    if (words.length >= MIN_PART_WORDS && weighed.context.indicator.includes(words) && !weighed.context.indicator.includes(wordsNamingPart(target.statement))) return other;
  }
  return undefined;
}

/** `4月:完成筛查人数1480人`, `上半年完成…`: a milestone that names its period is a step of the year, whatever its 时间 cell says. */
const NAMES_A_PERIOD = /\d{1,2}\s*月|[一二三四1-4]\s*季度|[上下]半年|年底|年末|月底|月末/;
/** How much smaller a milestone's figure due with the year must be than the task's to be the row's own level's share. */
const SHARE_OF_A_LEVEL = 0.2;

/**
 * A table of a higher level's items beside the row's own level's share of each (`建设无违章河道6500公里` | `市定指标60.745公里…`,
 * `新增1500个…农村生活污水处理设施标准化运维` | `提升改造…终端40个`), the share due with the year as the task is: the progress (`已完成`) is of the
 * share, and the task's figure, many times larger, is another level's, which no figure of the row answers (unclear). A
 * milestone of the report's period (`8月底` | `新增30台`, `4月:完成筛查人数1480人`) is the year's step instead, and leaves the task's
 * target as it is.
 * Changed in place.
 */
function withTargetsOfAnotherLevel(judged: JudgedTarget[], milestone: readonly TargetStatement[], milestoneText: string): void {
  for (let index = 0; index < judged.length; index += 1) {
    const target = judged[index];
    if (target === undefined || target.role !== 'task' || target.result.verdict === 'unclear') continue;
    const kind = targetKind(target.statement.quantity);
    // `其中失业人员再就业2000人`: a part of the task's target written in the milestone column is a part, not a level's share.
    const own = milestone.find((statement) => statement.deadline === null && statement.value > 0 && targetKind(statement.quantity) === kind
      && !isInPartSentence(milestoneText, statement.quantity.span.start)
      && statement.quantity.unit === target.statement.quantity.unit && statement.value <= SHARE_OF_A_LEVEL * target.statement.value);
    if (own !== undefined) judged[index] = othersTargetJudged(target, own);
  }
}

function quantitiesOf(task: readonly TargetStatement[], milestone: readonly TargetStatement[]): Quantity[] {
  const quantities: Quantity[] = [];
  for (const statement of task) quantities.push(statement.quantity);
  for (const statement of milestone) quantities.push(statement.quantity);
  return quantities;
}

/**
 * A row's targets that are a whole and its parts (`wholesAndParts`), judged again where their figure is not theirs
 * alone: a whole tied to the figure one of its parts is tied to (`竣工334户` of `C级653户` against `1034户`) is unclear, and
 * where the progress counts the row's targets of one word together (`实际完成11.3万户` against `7.1万户` and `4.2万户`),
 * each of them is, whatever other figure (`竣工率达98%`) was tied to it. Changed in place; most rows have neither.
 */
function withWholesAndParts(judged: JudgedTarget[], wholes: ReadonlyMap<Quantity, readonly Quantity[]> | null, totalsOfRow: () => TotalsByWord): void {
  if (wholes !== null && wholes.size > 0) withPartsTiedToTheirWhole(judged, wholes);
  let together: ReportedStatement | null = null;
  // Summed when first asked: most figures are their target's own unit and value or of another unit.
  let totals: TotalsByWord | null = null;
  for (let index = 0; index < judged.length; index += 1) {
    const target = judged[index];
    const figure = target?.figure;
    if (target === undefined || figure === null || figure === undefined || target.result.reported === null) continue;
    const quantity = target.statement.quantity;
    const parts = wholes?.get(quantity);
    const part = parts === undefined ? undefined : judged.find((other) => other.figure === figure && parts.includes(other.statement.quantity) && namesThePart(figure, other.statement));
    if (part !== undefined) {
      const reason: TargetReason = { key: 'target.why.figureOfAPart', params: { figure: target.result.reported.text, part: part.result.text, target: target.result.text } };
      judged[index] = unclearJudged(target, reason);
    } else if (together === null && figure.quantity.unit === quantity.unit && figure.quantity.value > quantity.value && countsTargetsTogether(quantity, figure.quantity.value, totals ??= totalsOfRow())) together = figure;
  }
  if (together === null) return;
  const unit = together.quantity.unit;
  for (let index = 0; index < judged.length; index += 1) {
    const target = judged[index];
    if (target === undefined || target.statement.quantity.unit !== unit || (target.result.verdict === 'unclear' && target.result.reported === null && target.figure === null)) continue;
    const reason: TargetReason = { key: 'target.why.targetsTogether', params: { figure: together.context.phrase, target: target.result.text } };
    judged[index] = unclearJudged(target, reason);
  }
}

/**
 * A part tied to the very figure its whole is tied to, a figure that does not name the part (`累计完成投资1401.3亿元` against
 * `计划完成投资6267.5亿元` and its parts `新建…3430.3亿元`, `续建…2837.2亿元`): the whole's figure never answers a part (DOMAIN §4,
 * parts written with a target), and the progress gives the part none of its own: no-figure. Changed in place.
 */
function withPartsTiedToTheirWhole(judged: JudgedTarget[], wholes: ReadonlyMap<Quantity, readonly Quantity[]>): void {
  for (const [whole, parts] of wholes) {
    const tiedWhole = judged.find((target) => target.statement.quantity === whole);
    const figure = tiedWhole?.figure;
    // The whole said done (`已完成`, a share of 100%) covers its parts; only an amount is the whole's alone.
    if (tiedWhole === undefined || figure === null || figure === undefined || tiedWhole.result.reported === null || figure.role === 'share') continue;
    for (let index = 0; index < judged.length; index += 1) {
      const part = judged[index];
      if (part === undefined || part.figure !== figure || !parts.includes(part.statement.quantity) || namesThePart(figure, part.statement)) continue;
      const reason: TargetReason = { key: 'target.why.noFigureOfThePart', params: { figure: tiedWhole.result.reported.text, target: part.result.text } };
      judged[index] = { role: part.role, statement: part.statement, figure: null, result: { ...part.result, reported: null, evidence: null, verdict: 'no-figure', confidence: 0, pace: null, share: null, reason } };
    }
  }
}

/**
 * A target whose figure comes with a rate of its own that reckons it against a plan far from the target: `257个项目已完工，
 * 完工率44.62%` is of 576 projects, not of `通过两年时间实施项目1357个`; `租赁补贴实际发放8922户，完成率100.42%` is of 8885
 * households, not of `新增租赁补贴300户`; `5 54%` is of 9, not of `70`. The figure is counted for another plan, and a reviewer
 * cannot tell how much of it answers the target (unclear), whatever verdict either gives. A rate near figure ÷ target
 * (`24.4 | 69.70%` of `38`: rounded or revised), a rate of another of the row's targets (`竣工3.57万户，竣工率136%` of the
 * national `2.61万户` beside the province's `3.5万户`), and a share that names its own plan (`完成年度计划的32.5%`) leave the
 * verdict as it is. Changed in place; most figures have no rate after them.
 */
function withRatesOfAnotherPlan(judged: JudgedTarget[], progressText: string, figures: readonly ReportedStatement[]): void {
  for (let index = 0; index < judged.length; index += 1) {
    const target = judged[index];
    const tied = target?.figure;
    if (target === undefined || tied === null || tied === undefined || target.result.reported === null) continue;
    const { unitClass } = target.statement.quantity;
    if (unitClass === 'percent' || unitClass === 'points' || target.statement.value <= 0 || target.statement.op === '<=') continue;
    // The rate tied as the target's share (`完工率44.62%`) is weighed with the amount it is written after, as the amount with its rate.
    const figure = target.result.evidence === 'share' ? amountBefore(tied, figures, progressText, target.statement.quantity) : tied;
    if (figure === null || figure.quantity.unitClass === 'percent' || figure.quantity.unitClass === 'points') continue;
    // `…257个项目已完工，完工率44.62%`: the rate follows the figure's own words, which may go on after its number.
    const rates = ratesStatedAfter(progressText, Math.max(figure.quantity.span.end, figure.context.phraseEnd), figure.context.phrase);
    if (rates.length === 0) continue;
    const amount = figure.quantity.value;
    // `竣工率91.7%(占…任务目标的122%)` of `10万平方米`: one of its rates is the figure over the target.
    if (rates.some((rate) => rateAgrees(rate.value, amount, target.statement.value) || rateAgreesWithItsPointLost(rate.value, amount, target.statement.value))) continue;
    const otherPlan = rates.find((rate) => !rate.namesItsPlan && isOfAnotherPlan(rate.value, amount, target.statement.value) && !rateOfAnotherTarget(judged, target, rate.value, amount));
    if (otherPlan === undefined) continue;
    const reason: TargetReason = { key: 'target.why.rateOfAnotherPlan', params: { figure: figure.context.phrase, rate: `${otherPlan.value}%`, target: target.result.text } };
    judged[index] = unclearJudged(target, reason);
  }
}

/**
 * A target of a window of years that began before the report's year, tied to a figure said of this year alone (`今年全市已建成
 * 口袋公园80个` against `2021年至2025年期间…300个`): the years before are not given, and how far the target is cannot be told.
 * Changed in place; most targets have no window.
 */
function withFiguresOfOneYear(judged: JudgedTarget[], progressText: string, asOfYear: number): void {
  for (let index = 0; index < judged.length; index += 1) {
    const target = judged[index];
    const figure = target?.figure;
    if (target === undefined || figure === null || figure === undefined || target.result.reported === null || !target.statement.windowStart) continue;
    // `今年提前一年实现了该目标`: a share of the whole says how far the target is, whatever year it was said in.
    if (target.result.evidence === 'share' || figure.quantity.unitClass === 'percent' || figure.quantity.unitClass === 'points') continue;
    if (!isOneYearOfAWindow(progressText, figure.context.sentenceStart, figure.quantity.span.start, target.statement.windowStart, asOfYear)) continue;
    const reason: TargetReason = { key: 'target.why.oneYearOfAWindow', params: { figure: target.result.reported.text, target: target.result.text } };
    judged[index] = unclearJudged(target, reason);
  }
}

/** Whether a rate is the figure over another of the row's targets. */
function rateOfAnotherTarget(judged: readonly JudgedTarget[], target: JudgedTarget, rate: number, amount: number): boolean {
  for (const other of judged) if (other !== target && rateAgrees(rate, amount, other.statement.value)) return true;
  return false;
}

/** The amount of the target's kind a share is written right after (`竣工面积约12.2万平方米,竣工率91.7%` → the area), else null. */
function amountBefore(share: ReportedStatement, figures: readonly ReportedStatement[], progressText: string, targetQuantity: Quantity): ReportedStatement | null {
  const at = figures.indexOf(share);
  const before = at > 0 ? figures[at - 1] : undefined;
  if (before === undefined || before.context.sentenceStart !== share.context.sentenceStart || before.kind !== targetKind(targetQuantity)) return null;
  const [first] = ratesStatedAfter(progressText, Math.max(before.quantity.span.end, before.context.phraseEnd), before.context.phrase);
  return first !== undefined && first.value === share.quantity.value ? before : null;
}

function isPartOf(wholes: ReadonlyMap<Quantity, readonly Quantity[]>, quantity: Quantity): boolean {
  for (const parts of wholes.values()) if (parts.includes(quantity)) return true;
  return false;
}

/** `其中C级653户` → `C级`: the words that name a part, without the words that say it is one (`其中`, `包括`, `含`). */
const PART_OPENING = /^(?:其中|包括|包含|含)[：:，,\s]*/;

/** The words that name a part, for both ways the progress is found to count it (by a figure of the part, by its words). */
function wordsNamingPart(part: { readonly context: { readonly indicator: string } }): string {
  return part.context.indicator.replace(PART_OPENING, '');
}
const MIN_PART_WORDS = 2;

/** The figure's words name the part (`C级危房…竣工334户` of `其中C级653户`), not just the works of the whole (`9个项目`). */
function namesThePart(figure: ReportedStatement, part: TargetStatement): boolean {
  const words = wordsNamingPart(part);
  return words.length >= MIN_PART_WORDS && (figure.context.indicator.includes(words) || figure.context.otherIndicator.includes(words));
}

function unclearJudged(judged: JudgedTarget, reason: TargetReason): JudgedTarget {
  return { ...judged, figure: null, result: { ...judged.result, reported: null, evidence: null, verdict: 'unclear', pace: null, share: null, reason } };
}

interface RowEvidence {
  readonly progress: RoleText | null;
  /** The progress writes a percent somewhere: a share may reckon one of its figures against a target. */
  readonly statesShares: boolean;
  readonly figures: readonly ReportedStatement[];
  /** The figures a milestone's targets are judged against: `figures`, with the status opening the cell where it is the milestone's. */
  readonly milestoneFigures: readonly ReportedStatement[];
  /** The end of the row's own period (its 时间), null when the row has none. */
  readonly periodEnd: CalendarDate | null;
  readonly asOf: CalendarDate | null;
  /**
   * The report's own date where the figures are of an earlier span of months (`1-11月` in a year-end sheet): a target
   * whose deadline that date has reached is judged as of it, for its time is up whatever date its figures bear.
   */
  readonly laterReportAsOf: CalendarDate | null;
  /** The task is a higher level's (`namesLeadUnitsOfTwoLevels`): an amount reported below it cannot be paced. */
  readonly higherLevel: boolean;
  /** The quantities of the row's targets by value, when it has several (a figure equal to one of them answers that one). */
  readonly targetsByValue: ReadonlyMap<number, readonly Quantity[]> | null;
  /** A target without a unit that no figure of the progress's words can be tied to (unclear where it has any). */
  readonly untied: TargetStatement | null;
  /** The words saying the row's work is nearly done without a number (`基本完成`), or null. */
  readonly mostlyDone: string | null;
  /** When the row's texts set the whole task to be done (`确保8月底前全面完成危房改造任务`), or null: the task's figures without a date of their own are due then. */
  readonly taskDoneBy: CalendarDate | null;
  /** The row sets its works' schedule as a rate of starts (`3月底开工率不低于30%`): the works started are its task's progress. */
  readonly startsScheduled: boolean;
  /**
   * The task sets a target to finish works (`基本建成住房2万套`, `竣工任务`) beside its others: a housing plan of starts and
   * completions, whose other targets the starts measure where the report reckons them against one (`isHousingStartsTarget`).
   */
  readonly finishTargetBeside: boolean;
}

/** One map per row, so a figure is looked up once per target however many targets a pasted cell states. */
function targetsByValueOf(task: readonly TargetStatement[], milestone: readonly TargetStatement[]): Map<number, Quantity[]> {
  const byValue = new Map<number, Quantity[]>();
  for (const statements of [task, milestone]) {
    for (const statement of statements) {
      const known = byValue.get(statement.quantity.value);
      if (known) known.push(statement.quantity);
      else byValue.set(statement.quantity.value, [statement.quantity]);
    }
  }
  return byValue;
}

/**
 * `234个省列重大项目` / `完成投资555.34亿元`: where a row is about money — the task states an amount, or the
 * progress reports one and counts nothing — a count of projects is the size of the list the money is spent on,
 * not a target; `10个全民健身示范工程` / `已完工7个` stays one.
 */
/** `项目23项` | `未达序时进度2项为:…`: a list measured only by its items' own schedules names itself (`pacesItemsBySchedule`). */
function withoutListsPacedBySchedule(text: string, statements: readonly SpreadStatement[], progressText: string): readonly SpreadStatement[] {
  if (statements.length === 0 || !pacesItemsBySchedule(progressText)) return statements;
  const kept = statements.filter((statement) => !isCountOfListItems(text, statement.quantity));
  return kept.length === statements.length ? statements : kept;
}

/**
 * `120个项目中有交通类45个…;民生类30个` / `一季度完成投资80亿元`: the classes of a list of projects are lists themselves, targets
 * only where the progress counts the class by its name (`交通类项目已开工30个`); otherwise each class's count sizes it.
 */
function withoutClassesNotCounted(text: string, statements: readonly SpreadStatement[], figures: readonly ReportedStatement[]): readonly SpreadStatement[] {
  const kept = statements.filter((statement) => {
    const name = classOfASortedList(text, statement.quantity);
    return name === null || figures.some((figure) => figure.kind === 'count' && figure.role !== 'plan' && figure.context.phrase.includes(name));
  });
  return kept.length === statements.length ? statements : kept;
}

function withoutProjectLists(text: string, statements: readonly SpreadStatement[], figures: readonly ReportedStatement[], progressText: string): readonly SpreadStatement[] {
  // Works of past years counted resumed (`withPastYearsWorksResumed`) are answered already, and are no list the rules below
  // would read as a whole or a part of one: they stand aside, and the other counts are read as if the task had no such works.
  if (!statements.some((statement) => statement.worksOfPastYears === true)) return withoutYearsProjectLists(text, statements, figures, progressText);
  const resumed = statements.filter((statement) => statement.worksOfPastYears === true);
  const others = withoutYearsProjectLists(text, statements.filter((statement) => statement.worksOfPastYears !== true), figures, progressText);
  return [...others, ...resumed].sort((left, right) => left.quantity.span.start - right.quantity.span.start);
}

function withoutYearsProjectLists(text: string, statements: readonly SpreadStatement[], figures: readonly ReportedStatement[], progressText: string): readonly SpreadStatement[] {
  const startsOfLists = new Map<SpreadStatement, ReportedStatement>();
  const left = projectListsLeft(text, statements, figures, progressText, startsOfLists);
  if (startsOfLists.size === 0) return left;
  // A list measured by its starts asks for works started and is answered by them (`itemsCounted`).
  return left.map((statement) => {
    const starts = startsOfLists.get(statement);
    if (starts === undefined) return statement;
    // A start rate (`开工率达73.32%`) is tied as a share by the matcher, which now asks for starts.
    return starts.kind === 'count' ? { ...statement, measuredByStarts: true as const, itemsCounted: starts } : { ...statement, measuredByStarts: true as const };
  });
}

function projectListsLeft(text: string, allStatements: readonly SpreadStatement[], figures: readonly ReportedStatement[], progressText: string, startsOfLists: Map<SpreadStatement, ReportedStatement>): readonly SpreadStatement[] {
  const statements = withoutClassesNotCounted(text, allStatements, figures);
  const measured = listsMeasured(text, statements, figures, progressText);
  const kept = measured === null ? projectCountsLeft(text, statements, figures, progressText, startsOfLists) : withMeasuredLists(statements, projectCountsLeft(text, statements.filter((statement) => !measured.has(statement)), figures, progressText, startsOfLists), measured);
  if (!text.includes('其中')) return withItemsCounted(kept, measured);
  // `民生实事76件，其中县级10件、乡级66件` / `已启动32个`: the progress measures the list as a whole; its parts are targets
  // only where the progress counts them by their own words.
  const measuredLists = measured === null ? [] : statements.filter((statement) => (measured.get(statement) ?? null) !== null);
  // `今年计划竣工项目126项,其中各市项目122项` / `现竣工3项`: the kinds or levels of a count of works to make are lists of their own,
  // measured only where the progress counts them by their words.
  const worksLists = kept.filter((statement) => isWorksProjectCount(text, statement));
  const listsOfParts = worksLists.length === 0 ? measuredLists : [...measuredLists, ...worksLists];
  const partsLeft = listsOfParts.length === 0 ? kept
    : kept.filter((statement) => !listsOfParts.some((list) => list !== statement && isPartOfList(text, statement.quantity, list.quantity)
      && (measuredLists.includes(list) || isProjectCountOfItsUnit(text, statement, list))) || countsPartByItsWords(figures, statement));
  if (partsLeft.length === statements.length) return withItemsCounted(partsLeft, measured);
  // `重点项目共86个…。其中新开工项目40个`: the parts of a list that is no target describe the list too, unless the
  // progress answers a part's count (`新开工35个`), as it would the list's.
  const lists = statements.filter((statement) => !kept.includes(statement));
  return withItemsCounted(partsLeft.filter((statement) => !lists.some((list) => isPartOfList(text, statement.quantity, list.quantity)) || answersCount(figures, statement)), measured);
}

/**
 * `造林绿化任务7.8万亩(其中…封山育林1万亩、营林抚育3万亩)` / `…封山育林1万亩、营林抚育1.35万亩`: the parts in parentheses after a
 * figure are targets of their own where the progress counts one of them by its own words; otherwise they only say what
 * the whole is made of (`146所学校(74所中小学和72所幼儿园)` / `累计完成投资46.1亿元`). The items not done sorted by the same
 * kinds (`未开复工10项(续建8项,新建2项)` of `开复工36项(续建29项,新建7项)`) count none of them: see `isNotDoneByKind`.
 */
function withPartsCounted(stated: readonly SpreadStatement[], figures: readonly ReportedStatement[], milestone: readonly SpreadStatement[], progressText: string, statedText: string): readonly SpreadStatement[] {
  const paid = stated.some((statement) => statement.payerOfASum === true) ? withPayersMeasured(stated, figures) : stated;
  const statements = paid.some((statement) => statement.worksOfPastYears === true) ? withPastYearsWorksResumed(paid, figures, progressText) : paid;
  let parts = 0;
  let counted = false;
  let partCounters: readonly ReportedStatement[] | null = null;
  for (const statement of statements) {
    if (statement.inParentheses !== true) continue;
    parts += 1;
    // Made at the first part: most rows have none.
    partCounters ??= figures.filter((figure) => !isNotDoneByKind(progressText, figure));
    if (!counted && (countsPartByItsWords(partCounters, statement) || milestone.some((own) => statesSameFigure(own, statement)))) counted = true;
  }
  if (parts === 0 || counted) return statements;
  // `…2100户(其中:第一批808户…)`: parts after 其中 of a target are targets of their own, counted or not.
  const wholes = statements.filter((statement) => statement.inParentheses !== true).map((statement) => statement.quantity);
  return statements.filter((statement) => statement.inParentheses !== true || isPartWrittenWithATarget(statedText, statement.quantity, wholes));
}

/**
 * `续建项目53个` / `复工50个`, `续建项目152项` / `已经复工148项`: projects going on from past years stop over the winter or the new
 * year and resume (复工); a count of them resumed, in their own counting word and fewer than they are, measures them as starts
 * measure new works, so the count is a target. Otherwise they are started already and no works of the year (`nonTargetReason`);
 * said all resumed (`已全面复工`) they name their list.
 */
const RESUMED_BEFORE = /(?<![未没停开、(（])复工[^，,。；;\d０-９]{0,8}$/;
const RESUMED_REACH = 16;
/** `已有47项复工`: the count first, then the word. */
const RESUMED_AFTER = /^[^，,。；;\d０-９]{0,3}复工/;
const RESUMED_AFTER_REACH = 6;

function isCountResumed(progressText: string, figure: ReportedStatement): boolean {
  const { start, end } = figure.quantity.span;
  return RESUMED_BEFORE.test(clauseBefore(progressText, start, RESUMED_REACH)) || RESUMED_AFTER.test(progressText.slice(end, end + RESUMED_AFTER_REACH));
}

function withPastYearsWorksResumed(statements: readonly SpreadStatement[], figures: readonly ReportedStatement[], progressText: string): readonly SpreadStatement[] {
  const kept: SpreadStatement[] = [];
  const answered = new Set<ReportedStatement>();
  for (const statement of statements) {
    if (statement.worksOfPastYears !== true) {
      kept.push(statement);
      continue;
    }
    const resumed = figures.find((figure) => !answered.has(figure) && figure.kind === 'count' && figure.role !== 'plan' && !figure.plannedFigure
      && figure.quantity.unit === statement.quantity.unit && figure.quantity.value < statement.quantity.value
      && isCountResumed(progressText, figure));
    // The works resumed answer the count as starts answer works to start (`itemsCounted`).
    if (resumed === undefined) continue;
    // One count resumed answers one count of works (`续建项目30个，其中省重点续建项目10个` / `复工25个` answers the first).
    answered.add(resumed);
    kept.push({ ...statement, measuredByStarts: true as const, itemsCounted: resumed });
  }
  return kept;
}

/**
 * `投资计划37.0亿元，其中中央资金9.9亿元` / `完成中央资金7.3亿元、完成率73.5%`: a payer's part of a planned sum is a target where
 * the progress measures that payer's share by its words, as an amount done; otherwise it only says where the money comes from.
 */
function withPayersMeasured(statements: readonly SpreadStatement[], figures: readonly ReportedStatement[]): readonly SpreadStatement[] {
  return statements.filter((statement) => statement.payerOfASum !== true || figures.some((figure) => figure.kind === 'money' && isActualAmount(figure) && namesThePart(figure, statement)));
}

/**
 * A figure that says what was done in its own right: not a plan restated, a baseline or a forecast, nor a part of another
 * sum (`已到位资金…，其中：中央23007万元` splits the money received by the same payers, which measures no payer's share done).
 */
function isActualAmount(figure: ReportedStatement): boolean {
  return figure.role === 'actual' || figure.role === 'new';
}

/**
 * `建设品质县中10所(其中浏阳4所)` | `建设品质县中4所`: a milestone that states a part's figure makes the part the row's own
 * target (a county's share of a wider item), which the milestone repeats.
 */
function statesSameFigure(milestone: SpreadStatement, part: SpreadStatement): boolean {
  return milestone.value === part.value && milestone.quantity.unit === part.quantity.unit && milestone.op === part.op;
}

/**
 * A figure of the progress, of the part's kind, whose words name the part (`县级实事完成6件` of `县级10件`, `封山育林1万亩` of
 * `(其中…封山育林1万亩…)`).
 */
function countsPartByItsWords(figures: readonly ReportedStatement[], part: SpreadStatement): boolean {
  const words = wordsNamingPart(part);
  if (words === '') return false;
  const kind = targetKind(part.quantity);
  return figures.some((figure) => figure.kind === kind && figure.role !== 'plan' && (figure.context.phrase.includes(words) || figure.context.indicator.includes(words)));
}

/**
 * `5.5%左右` / `…失业率平均值为5.1%，比“5.5%左右”的既定目标低`: a task that is a figure alone, quoted by the progress as
 * its target, is read with the words that quote it: a burden's level there is a ceiling (`isCeilingOfABurden`) of the
 * burden they name.
 */
function withQuotedCeilings(taskText: string, statements: readonly SpreadStatement[], progressText: string): readonly SpreadStatement[] {
  const [only] = statements;
  if (statements.length !== 1 || !only || only.op !== '>=' || only.direction !== null || only.context.indicator !== '') return statements;
  const words = wordsQuotingTarget(progressText, taskText.trim());
  if (words === '' || !isCeilingOfABurden(words, only.quantity)) return statements;
  return [{ ...only, op: '<=', context: { ...only.context, indicator: burdenNamedIn(words) } }];
}

/**
 * The task's counts of a year's list (`listSizeOf`), each mapped to whether the progress measures the list by its count;
 * null when the task counts no list (most rows).
 */
function listsMeasured(text: string, statements: readonly SpreadStatement[], figures: readonly ReportedStatement[], progressText: string): Map<SpreadStatement, ReportedStatement | null> | null {
  let lists: ListSize[] | null = null;
  let owners: SpreadStatement[] | null = null;
  for (const statement of statements) {
    const size = listSizeOf(text, statement.quantity);
    if (!size) continue;
    // `重点项目共86个…其中新开工项目40个`: the progress's starts answer the part, not the list.
    const partStages = text.includes('其中') ? stagesOfParts(text, statements, statement) : [];
    const list = partStages.length === 0 ? size : { ...size, partStages };
    (lists ??= []).push(list);
    (owners ??= []).push(statement);
  }
  if (!lists || !owners) return null;
  const measured = new Map<SpreadStatement, ReportedStatement | null>();
  owners.forEach((statement, index) => {
    const list = lists[index];
    if (list) measured.set(statement, figureMeasuringList(list, lists, figures, progressText, text));
  });
  return measured;
}

function stagesOfParts(text: string, statements: readonly SpreadStatement[], list: SpreadStatement): WorkStage[] {
  const stages: WorkStage[] = [];
  for (const statement of statements) {
    if (statement === list || !isPartOfList(text, statement.quantity, list.quantity)) continue;
    const stage = targetStage(statement.context.phrase);
    // A part that is itself a list of 民生实事 (measured at any stage) names no stage of its own.
    if (stage !== null && stage !== 'any') stages.push(stage);
  }
  return stages;
}

/** The statements kept by the project-list rules, with the lists the progress measures by count, in the task's order. */
function withMeasuredLists(statements: readonly SpreadStatement[], kept: readonly SpreadStatement[], measured: ReadonlyMap<SpreadStatement, ReportedStatement | null>): readonly SpreadStatement[] {
  return statements.filter((statement) => {
    const figure = measured.get(statement);
    return figure === undefined ? kept.includes(statement) : figure !== null;
  });
}

/** The lists the progress measures by a count of their items, each with that count (`itemsCounted`). */
function withItemsCounted(statements: readonly SpreadStatement[], measured: ReadonlyMap<SpreadStatement, ReportedStatement | null> | null): readonly SpreadStatement[] {
  if (measured === null) return statements;
  return statements.map((statement) => {
    const figure = measured.get(statement);
    return figure && figure.kind === 'count' ? { ...statement, itemsCounted: figure } : statement;
  });
}

/**
 * The counts of projects left as targets. `startsOfLists` gets, for each count of projects sized with its money that the
 * progress measures by its starts (`startsOfProjects`), the figure of those starts.
 */
function projectCountsLeft(text: string, statements: readonly SpreadStatement[], figures: readonly ReportedStatement[], progressText: string, startsOfLists: Map<SpreadStatement, ReportedStatement>): readonly SpreadStatement[] {
  // `农牧林水项目9个，年度计划投资7.2亿元` / `开工7个,开工率78%`: projects sized with their money and measured by their starts are
  // a year's list of investment projects, a target answered by the starts; read only for a count that labels its money.
  for (const statement of statements) {
    const starts = labelsGroupWithInvestment(text, statement.quantity) && isListOfTheYearsProjects(text, statement, statements) ? startsOfProjects(statement, figures, progressText) : null;
    if (starts !== null) startsOfLists.set(statement, starts);
  }
  // `实施项目20个，总投资50亿元`: a count that labels the group whose investment follows, unless the progress answers it.
  const unlabelled = statements.filter((statement) => startsOfLists.has(statement) || !labelsGroupWithInvestment(text, statement.quantity) || answersCount(figures, statement));
  if (!unlabelled.some((statement) => !startsOfLists.has(statement) && (isProjectCount(text, statement) || isWorksProjectCount(text, statement)))) return unlabelled;
  const moneyTarget = unlabelled.some((statement) => statement.quantity.unitClass === 'money');
  // A growth rate of investment done (`完成投资增长1.7%`) reports the projects by their money, as the amount does.
  const progressMoney = figures.some((figure) => figure.quantity.unitClass === 'money' || isGrowthOfMoneySpent(figure));
  // A part (`其中，省重点建设项目60个，完成投资176亿元`) names a list inside the list, as in `isListMeasuredByCount`; a start
  // rate (`开工率达到68%`) measures the list as a count of its projects started does.
  // A count of the group whose money is reported, or of a reserve of projects (`countsApartFromTheWorks`), counts no works.
  // A part counted at a stage of works (`其中62个…项目已经进场施工`, `有9个项目已经全部完工`) counts the list's items that
  // reached it, not a list inside the list.
  const progressCounts = figures.some((figure) => (figure.kind === 'count' && figure.role !== 'plan' && (figure.role !== 'part' || figure.stage !== null) && !countsApartFromTheWorks(progressText, figure)) || isStartRate(figure));
  const onlyMoneyReported = progressMoney && !progressCounts;
  if (!moneyTarget && !onlyMoneyReported) return unlabelled;
  // `新开工项目258个` / `1—8月份累计完成投资280.57亿元`: projects to start, finish or put into production, reported only by
  // their money, are the group the money is spent on (as `计划新开工项目157项` labels its investment). A report that counts
  // them, even as a part (`其中 15个项目已开工建设` of `新开工项目共19项`), or says nothing of money (`进展顺利`), leaves the
  // count a target.
  const worksOnlyByMoney = onlyMoneyReported && !figures.some((figure) => figure.kind === 'count' && figure.role === 'part' && !countsApartFromTheWorks(progressText, figure));
  return unlabelled.filter((statement) => startsOfLists.has(statement) || (!isProjectCount(text, statement) && !(worksOnlyByMoney && isWorksProjectCount(text, statement))));
}

/** A part counted in its whole's counting word and called projects (`其中各市项目122项`): a kind of the works, not another work. */
function isProjectCountOfItsUnit(text: string, part: TargetStatement, whole: TargetStatement): boolean {
  return part.quantity.unit === whole.quantity.unit && /(?:项目|項目)\s*$/.test(text.slice(Math.max(0, part.quantity.span.start - 4), part.quantity.span.start));
}

/** Works to make before the projects counted: `新开工项目258个`, `46个投产项目`, `竣工项目13项`, `预备新开工项目 47 个`. */
const WORKS_OF_PROJECTS = /(?:新开工|开工|开复工|投产|竣工|建成)/;

function isWorksProjectCount(text: string, statement: TargetStatement): boolean {
  const quantity = statement.quantity;
  if (quantity.unitClass !== 'count' || !/^(?:项|項|个|個)$/.test(quantity.unit)) return false;
  const before = text.slice(Math.max(0, quantity.span.start - 10), quantity.span.start);
  if (PROJECT_NOUN_BEFORE.test(before)) return WORKS_OF_PROJECTS.test(before);
  const after = /^[^，,。；;\d]{0,8}?(?:项目|項目)/.exec(text.slice(quantity.span.end, quantity.span.end + 12));
  return after !== null && WORKS_OF_PROJECTS.test(after[0]);
}

/**
 * The progress answers a count when its first count of things is another figure in the same unit (`开工建设160个`
 * against `项目共185个`), or in the other counting word of projects with the projects named (`30个项目已新开工建设` against
 * `计划新开工重点项目67项`, a plan of starts answered by the starts); the same figure (`全市37项民生工程共完成投资…`) only names the group again.
 */
function answersCount(figures: readonly ReportedStatement[], statement: TargetStatement): boolean {
  const first = figures.find((figure) => figure.kind === 'count' && figure.role !== 'plan');
  if (first === undefined || first.quantity.value === statement.quantity.value) return false;
  // In the other word of projects, only a plan of projects to start is answered so, by the projects started.
  return first.quantity.unit === statement.quantity.unit || (first.stage === 'start' && targetStage(statement.context.phrase) === 'start' && countsProjectsAlike(statement.quantity.unit, first));
}

const PROJECT_NOUN = /^[^，,。；;、]{0,14}?(?:项目|項目|工程|实事|實事)/;
const DOING_BEFORE = /(?:新开工|开工|建成|竣工|完工|完成|新建|实施|开展|引进|签约|落地)\s*$/;

/** `安排省重点项目70个`, `重点项目总计527个`: the projects named before the count. */
const PROJECT_NOUN_BEFORE = /(?:项目|項目|工程)(?:总计|共计|合计|共)?\s*$/;

function isProjectCount(text: string, statement: TargetStatement): boolean {
  const quantity = statement.quantity;
  if (quantity.unitClass !== 'count') return false;
  const before = text.slice(Math.max(0, quantity.span.start - 12), quantity.span.start);
  if (!PROJECT_NOUN.test(text.slice(quantity.span.end, quantity.span.end + 20)) && !PROJECT_NOUN_BEFORE.test(before)) return false;
  // `新开工及在建项目10项`: new and continuing projects together are the list, whatever verb opens it.
  if (/(?:在建|续建|續建)(?:项目|項目)?(?:总计|共计|合计|共)?\s*$/.test(before)) return true;
  return !DOING_BEFORE.test(before.slice(-4)) && !/(?:新开工|开工|建成|竣工|完工|完成|新建)[^，,。；;\d]{0,10}$/.test(before) && !BUILDING_INTENDED_BEFORE.test(before);
}

/**
 * `计划建设集中供水工程971处`, `年内建设小型水利工程300处`: 建设 as the verb of a plan, right after a word of intent, makes the works
 * after it a count to build, as 新建 does; `重点建设项目70个` keeps 建设 inside the noun of a list (no word of intent before it).
 */
const BUILDING_INTENDED_BEFORE = /(?:计划|拟|将|要|年内|今年|全年|当年)建设(?!项目|項目)[^，,。；;\d]{0,10}$/;

/** A progress cell that is one bare number, as the actual figure in `unit`; null for any other cell. */
function bareReportedFigure(progressText: string, unit: ColumnUnit, plan: number | null = null): ReportedStatement | null {
  const figure = bareFigure(progressText, unit, null, true, plan);
  if (!figure) return null;
  return { quantity: figure, context: bareFigureContext(progressText, figure, unit.indicator), plannedFigure: false, role: 'actual', direction: null, namesNothing: true, kind: targetKind(figure), stage: null };
}

/**
 * `291.5 | 78.5%`: the share column after a row's amount is that amount's share of a plan, checked like a stated
 * completion rate against the row's targets; it answers none of them itself (the amount does).
 */
function withShareColumn(figures: readonly ReportedStatement[], amount: ReportedStatement | null, progressText: string): readonly ReportedStatement[] {
  if (amount === null) return figures;
  const column = shareColumnOf(progressText, amount.quantity.span.end);
  if (column === null) return figures;
  const quantity: Quantity = {
    ...amount.quantity,
    value: column.value,
    unit: '%',
    unitClass: 'percent',
    comparator: null,
    span: { start: column.start, end: column.end },
    text: progressText.slice(column.start, column.end),
  };
  const share: ReportedStatement = { ...amount, quantity, context: bareFigureContext(progressText, quantity, amount.context.indicator), role: 'share', kind: targetKind(quantity), shareOf: amount.quantity };
  return [...figures, share];
}

/** The statement of a row whose targets all state one figure in one unit (a milestone repeating its task), else undefined. */
function oneFigureStated(task: readonly TargetStatement[], milestone: readonly TargetStatement[]): TargetStatement | undefined {
  const first = task[0] ?? milestone[0];
  if (first === undefined || task.length > 1 || milestone.length > 1) return undefined;
  const other = milestone[0];
  return other !== undefined && other.value === first.value && other.quantity.unit === first.quantity.unit ? first : undefined;
}

/**
 * The milestone's one target, where the progress is a bare number (or a row of them) that answers it; else undefined. A milestone
 * of a rate (`100%`) is how much of the whole row is to be done, and a bare share beside it answers every target of the row.
 */
function milestoneAnsweredByABareNumber(milestone: readonly TargetStatement[], progressText: string | null): TargetStatement | undefined {
  const [own] = milestone;
  if (own === undefined || milestone.length > 1 || progressText === null) return undefined;
  if (own.quantity.unitClass === 'percent' || own.quantity.unitClass === 'points') return undefined;
  return isBareNumber(progressText, true) ? own : undefined;
}

/**
 * The row's own target where its milestone is a bare number (`869`, a 工作目标 column) and its task states one target
 * (`减少义务教育大班额1.4万个以上`): the number, in the task target's unit and comparator, measuring its indicator.
 */
function ownTargetOf(milestoneText: string, taskTarget: TargetStatement): SpreadStatement | null {
  const { quantity, context } = taskTarget;
  const comparator = boundSignOf(milestoneText) ?? (taskTarget.op === '<=' ? '<=' : '>=');
  const own = bareFigure(milestoneText, { unit: quantity.unit, unitClass: quantity.unitClass, factor: 1, comparator, indicator: context.indicator }, comparator);
  if (!own) return null;
  return { quantity: own, context: bareFigureContext(milestoneText, own, context.indicator), op: comparator, value: own.value, upper: null, deadline: null, direction: taskTarget.direction, isShare: false };
}

/** The number of a bare milestone as a target without a unit, measuring what the task names. */
function unitlessTargetOf(milestoneText: string, taskText: string): SpreadStatement | null {
  // `年度资金总额 | 32.4 | 31.69`: the budget and the money spent, not an output to reach.
  if (namesTheProjectsFunds(taskText)) return null;
  const indicator = taskText.trim().slice(0, 32);
  // `工作目标 86`: the plan column's name before its figure, in a table that prints no unit; the done column answers it.
  const planColumn = withoutPlanColumnName(milestoneText);
  const figureText = planColumn ?? milestoneText;
  // `≤4`: a performance table bounds its indicator from above or below by a sign.
  const op = boundSignOf(figureText) ?? '>=';
  const figure = bareFigure(figureText, { unit: '', unitClass: 'bare', factor: 1, comparator: op, indicator }, op);
  if (!figure) return null;
  const context = bareFigureContext(milestoneText, figure, indicator);
  return { quantity: figure, context: planColumn === null ? context : { ...context, columnKey: '' }, op, value: figure.value, upper: null, deadline: null, direction: null, isShare: false };
}

/**
 * A task's target whose figure the row's own target replaces (`新增15万户…` | `12800`): the province's figure, which
 * the city's count cannot be judged against. Unclear, whatever figure was tied to it.
 */
function othersTargetJudged(judged: JudgedTarget, own: TargetStatement): JudgedTarget {
  const reason: TargetReason = { key: 'target.why.otherLevel', params: { target: judged.result.text, own: own.quantity.text } };
  return { ...judged, figure: null, result: { ...judged.result, reported: null, evidence: null, verdict: 'unclear', pace: null, share: null, reason } };
}

/**
 * `完成征缴基金10000万元` | `10000万`: a milestone that is the task's one figure without its unit counts in the task's unit.
 */
function inTaskUnit(milestone: SpreadStatement, task: readonly TargetStatement[]): SpreadStatement {
  const only = task.length === 1 ? task[0] : undefined;
  if (only === undefined || milestone.quantity.unitClass !== 'bare' || only.quantity.unitClass === 'bare' || milestone.value !== only.value) return milestone;
  return { ...milestone, quantity: { ...milestone.quantity, unit: only.quantity.unit, unitClass: only.quantity.unitClass } };
}

const WRITTEN_NUMBER = /\d+(?:\.\d+)?/;
const THOUSANDS_SEPARATORS = /,/g;
/** How far a bare progress number may stand from the target's written number and still be in its magnitude. */
const SAME_ORDER = 20;

/**
 * The magnitude the target's figure is written in (`10000万元` → 1e4), when the bare progress number is of the order
 * of its written number (`7965` against `10000万`): a table's figure columns share the magnitude; else 1
 * (`21500` against `2万人` is people).
 */
function writtenMagnitude(target: TargetStatement, bare: number): number {
  const written = Number(WRITTEN_NUMBER.exec(target.quantity.text.replace(THOUSANDS_SEPARATORS, ''))?.[0] ?? Number.NaN);
  if (!(written > 0) || !(bare > 0)) return 1;
  const factor = target.value / written;
  // A power of ten (万, 亿), not a share or a unit's own conversion.
  if (factor <= 1 || Math.abs(factor - 10 ** Math.round(Math.log10(factor))) > 1e-6 * factor) return 1;
  return bare / written <= SAME_ORDER && written / bare <= SAME_ORDER ? factor : 1;
}

/** A bare progress number in the unit of the row's one target, in the magnitude its figure is written in. */
function bareFigureOf(progressText: string, target: TargetStatement): ReportedStatement | null {
  const quantity = target.quantity;
  const unit = { unit: quantity.unit, unitClass: quantity.unitClass, factor: 1, comparator: '>=' as const, indicator: target.context.indicator };
  const figure = bareReportedFigure(progressText, unit);
  if (figure === null) return null;
  const factor = writtenMagnitude(target, figure.quantity.value);
  return factor === 1 ? figure : bareReportedFigure(progressText, { ...unit, factor });
}

function countKind(counts: Map<string, number>, kind: string): void {
  counts.set(kind, (counts.get(kind) ?? 0) + 1);
}

function earlier(left: CalendarDate | null, right: CalendarDate | null): CalendarDate | null {
  if (left === null) return right;
  if (right === null) return left;
  return compareDates(left, right) <= 0 ? left : right;
}

/** How a figure measures a target: a completion share, a level (a percent target is not paced), or an amount. */
function measureOf(statement: TargetStatement, evidence: MatchEvidence): 'amount' | 'level' | 'share' {
  // A share target (`完成年度任务的70%`) compares share with share, paced like an amount.
  if (statement.isShare) return 'amount';
  if (evidence === 'share') return 'share';
  const unitClass = statement.quantity.unitClass;
  if (unitClass === 'percent' || unitClass === 'points') return 'level';
  // `每千人口托位数提高到4.5个`: a count per head of the population is where it stands, not an amount the year adds to.
  return PER_POPULATION.test(statement.context.indicator) ? 'level' : 'amount';
}

/** A figure per thousand or ten thousand of the people (`每千人口`, `每万人`, `每千名老年人`, `每百户`). */
const PER_POPULATION = /每[十百千万]+(?:名|位)?(?:人口|常住人口|人|居民|老年人|老人|户)/;

/** A statement, with the collective it was spread from. */
export interface SpreadStatement extends TargetStatement {
  readonly collective?: Collective;
  /**
   * For the count of a year's list the progress measures by its count, the count of its items done or started
   * (`32项民生工程` → `8个项目已提前完成任务`): its answer when no figure is tied to it by words.
   */
  readonly itemsCounted?: ReportedStatement;
}

const NO_STATEMENTS: readonly SpreadStatement[] = [];
const NO_FIGURES: readonly ReportedStatement[] = [];

/** A target shared by several indicators becomes one target per indicator (`collectiveOf`); most texts have none. */
function withCollectivesSpread(text: string, statements: readonly TargetStatement[]): readonly SpreadStatement[] {
  let spread: SpreadStatement[] | null = null;
  for (let position = 0; position < statements.length; position += 1) {
    const statement = statements[position];
    if (statement === undefined) continue;
    const collective = collectiveOf(text, statement.quantity);
    if (!collective) {
      spread?.push(statement);
      continue;
    }
    spread ??= statements.slice(0, position);
    for (let index = 0; index < collective.count; index += 1) {
      const indicator = collective.indicators[index] ?? statement.context.indicator;
      spread.push({ ...statement, context: { ...statement.context, indicator }, collective });
    }
  }
  return spread ?? statements;
}

/** The spread targets of one collective, in order (a row may state two). */
function groupsOf<T extends { statement: SpreadStatement }>(items: readonly T[]): T[][] {
  const groups = new Map<Collective, T[]>();
  for (const item of items) {
    const { collective } = item.statement;
    if (!collective) continue;
    const group = groups.get(collective) ?? [];
    group.push(item);
    groups.set(collective, group);
  }
  return [...groups.values()];
}

/** A figure of the progress that is the target's own figure with a comparator (`实现10%以上增长`): the aim named, not a result. */
function restatesTarget(figure: ReportedStatement, statement: TargetStatement): boolean {
  return figure.quantity.comparator !== null && figure.quantity.value === statement.value && figure.quantity.unit === statement.quantity.unit;
}

/**
 * The count of works with only their main structure finished (`主体已完工6项`), in the target's own counting word, against a
 * target to build or finish them (not one to start them, nor a list of 民生实事 measured at any stage); null when none.
 */
function mainStructuresOf(statement: TargetStatement, figures: readonly ReportedStatement[]): ReportedStatement | null {
  if (statement.quantity.unitClass !== 'count' && statement.quantity.unitClass !== 'measure') return null;
  const stage = targetStage(statement.context.phrase);
  if (stage === 'start' || stage === 'any') return null;
  return figures.find((figure) => figure.mainStructureOnly === true && figure.role === 'actual' && figure.quantity.unit === statement.quantity.unit) ?? null;
}

/**
 * A report that writes a figure with the share of the plan it makes (`全市累计完成棚户区改造40718户,占全年任务的113%`,
 * `已完成中央投资计划6.7亿元、完成率20.4%`) reckons that figure against the plan: where the share is the figure over the
 * target, the figure is the target's, however its words differ from the target's. Not a count of works started (`开工户数
 * 24732户,开工率为79.25%`): a 开工率 only rates the starts; nor works with their main structure only finished (`主体工程已完工
 * 1210座、完成率98%`). The first such figure of the target's kind, in a unit that can count it, else null.
 */
const PERCENT_SIGN = /[%％﹪]/;
/** Figures that count what was done (`包括…在内，累计完成…40718户` reads as a part of what it includes): not a plan, base or share. */
const RESULT_ROLES: ReadonlySet<FigureRole> = new Set(['actual', 'part', 'new']);
/**
 * How near a share must be to figure ÷ target to tie the figure by it alone: the rounding of the share's last digit (1% of it,
 * 0.05 points at least), not the looser agreement that only keeps a tie made by words (`现竣工3项,竣工率为2.40%` is 3 of 126, not of 122).
 */
const RECKONED_SHARE_TOLERANCE = 0.01;
const RECKONED_SHARE_MIN_POINTS = 0.05;

/** A rate written in whole points (`开工率45%` of 5 ÷ 11 = 45.45%) is rounded to the point: half of it either way. */
const WHOLE_POINT_ROUNDING = 0.5;

function isFigureOverTarget(stated: number, figure: number, target: number): boolean {
  return rateWithin(stated, figure, target, Number.isInteger(stated) ? WHOLE_POINT_ROUNDING : RECKONED_SHARE_MIN_POINTS, RECKONED_SHARE_TOLERANCE);
}

/** Counting words of items of any kind (`个`, `项`): a count in them names a list, not works of one kind to build. */
const ITEM_WORDS: ReadonlySet<string> = new Set(['个', '项', '件']);

/**
 * `重大产业47个` → `开工34个,开工率72%` (34 ÷ 47): a count in a word of items of any kind, not of works it names, whose
 * starts the report rates against it, is a list of projects the report measures by its starts (DOMAIN §4, the count of a
 * year's list); a 开工率 beside a count of homes or households (`套`, `户`) only rates the starts of works to build.
 */
function countsItemsOfAList(statement: TargetStatement): boolean {
  return ITEM_WORDS.has(statement.quantity.unit) && targetStage(statement.context.phrase) !== 'finish' && !NAMES_ITS_WORKS.test(statement.context.phrase);
}

/**
 * `计划改造的3698个城镇老旧小区`, `12个新改扩建学校项目`: a count that names the works it builds is answered by the works finished, and
 * its starts stay other works, however the report rates them (a sector named `…建设` is no such work).
 */
const NAMES_ITS_WORKS = /改造|新建|改建|扩建|迁建|新改|修建|翻建|重建|加固/;

/** The counting words of homes and households, in which housing plans are set. */
const HOUSING_UNITS: ReadonlySet<string> = new Set(['套', '户', '套(户)', '套（户）']);

/**
 * `实物建房30500套…基本建成住房2万套` / `开工建设…22225套,开工率达73%`: where a housing plan sets a target to finish beside another of its
 * homes, that other is the plan of starts (tests/corpus/targets/README.md, *works started*), and starts the report reckons
 * against it by their rate (22225 / 30500 = 73%) are its progress, though they are counted over the whole.
 */
function isHousingStartsTarget(statement: TargetStatement, finishTargetBeside: boolean): boolean {
  return finishTargetBeside && HOUSING_UNITS.has(statement.quantity.unit) && targetStage(statement.context.phrase) === null;
}

function figureReckonedAgainst(statement: TargetStatement, figures: readonly ReportedStatement[], progressText: string, finishTargetBeside: boolean): ReportedStatement | null {
  const { quantity } = statement;
  if (quantity.unitClass === 'percent' || quantity.unitClass === 'points' || statement.value <= 0 || statement.op === '<=') return null;
  const kind = targetKind(quantity);
  const listOfItems = countsItemsOfAList(statement) || isHousingStartsTarget(statement, finishTargetBeside);
  for (let at = 0; at < figures.length && at < MAX_FIGURES_COMPARED; at += 1) {
    const figure = figures[at];
    if (figure === undefined || figure.kind !== kind || (figure.stage === 'start' && !listOfItems) || figure.mainStructureOnly === true || !RESULT_ROLES.has(figure.role)) continue;
    // `3.6万套` against `40718户`: homes and households count one another; `8本` against `10家` count nothing alike.
    if (unitCompatibility(quantity, figure.quantity) === 0) continue;
    const rates = ratesStatedAfter(progressText, Math.max(figure.quantity.span.end, figure.context.phraseEnd), figure.context.phrase);
    if (rates.some((rate) => isFigureOverTarget(rate.value, figure.quantity.value, statement.value))) return figure;
  }
  return null;
}

/** What a figure tied to one of a collective's indicators by its place is worth. */
const PLACE_OF_COLLECTIVE = 0.6;
/** What the count of a list's items done is worth against the list's size: a tie by what it counts, not by words. */
const LIST_COUNT_CONFIDENCE = 0.6;

function judgeStatement(
  sheet: SheetContext,
  role: 'task' | 'milestone',
  source: RoleText,
  statement: SpreadStatement,
  evidence: RowEvidence,
  place: TargetPlace,
  forced?: FigureMatch | null,
): JudgedTarget {
  const { progress, periodEnd, laterReportAsOf } = evidence;
  const figures = role === 'milestone' ? evidence.milestoneFigures : evidence.figures;
  // A task states the year's work; a milestone is due at the end of its row's period.
  const defaultDeadline = role === 'task' ? sheet.yearEnd : (periodEnd ?? sheet.yearEnd);
  const deadline = statement.deadline ?? (role === 'task' ? evidence.taskDoneBy : null) ?? defaultDeadline;
  const asOf = laterReportAsOf !== null && deadline !== null && compareDates(laterReportAsOf, deadline) >= 0 ? laterReportAsOf : evidence.asOf;
  // A milestone of this report's period is due now; one of a later period (`12月` in a 上半年 report) still has time.
  const periodBound = role === 'milestone' && statement.deadline === null && periodEnd !== null
    && (sheet.reportPeriodEnd === null || compareDates(periodEnd, sheet.reportPeriodEnd) <= 0);
  const cell = cellAt(source, statement.quantity.span.start);
  const base: TargetBase = {
    row: cell.row + 1,
    cell: cell.address,
    source: sheet.headers[role],
    text: statement.context.phrase,
    indicator: statement.context.indicator,
    value: statement.value,
    upper: statement.op === 'range' ? statement.upper : null,
    unit: statement.quantity.unit,
    op: statement.op,
    deadline: isoOrNull(deadline),
  };
  const yearEnded = asOf !== null && asOf.month === 12 && asOf.day === 31;
  // `…任务10081户，其中，建档立卡贫困户8513户`: a part of the task's whole is answered by the part's own figures.
  const matched = isPartOfWholeTarget(source.text, statement.quantity.span.start) ? { ...statement, partOfWhole: true as const } : statement;
  const found = forced === undefined ? matchReportedFigure(matched, figures, sheet.splitting, place, yearEnded, evidence.targetsByValue) : { compatibleFigures: forced ? 1 : 0, figureOfKind: forced !== null, best: forced };
  // A list measured by its items counted (`8个项目已提前完成任务` of `32项民生工程`) is answered by that count, whatever words
  // the notice calls the items by, when no figure is tied to it by words.
  // A figure the matcher weighed and doubted (`已开工28个` against `完成重点项目30个`: other works) stays doubted.
  // A list of projects measured by its starts is answered by the starts that measure it, not by its size named again
  // (`全市145个百大项目开复工92个`).
  // A subset of the list said all started (`…62个市重点项目全部开(复)工`) is no count of the list: the items counted answer it.
  const listCount = statement.itemsCounted !== undefined && (found.best === null || (found.best.confidence < sheet.minimumConfidence && found.best.doubt === undefined) || statement.measuredByStarts === true
    || (progress !== null && found.best.figure !== statement.itemsCounted && isSubsetSaidAll(progress.text, found.best.figure, statement.value))) ? statement.itemsCounted : null;
  const counted = listCount === null ? found : { compatibleFigures: Math.max(1, found.compatibleFigures), figureOfKind: true, best: { figure: listCount, confidence: LIST_COUNT_CONFIDENCE, evidence: 'position' as const } };
  // `全市累计完成棚户区改造40718户,占全年任务的113%` against `3.6万套棚户区改造任务`: the report reckons the figure against this target.
  // A housing plan beside its target to finish is the plan of starts: works finished tied to it by words measure the partner.
  const finishedOfAStartsPlan = counted.best !== null && counted.best.figure.stage === 'finish' && isHousingStartsTarget(statement, evidence.finishTargetBeside);
  const reckoned = progress && evidence.statesShares && counted.best !== null && (counted.best.confidence < sheet.minimumConfidence || finishedOfAStartsPlan) ? figureReckonedAgainst(statement, figures, progress.text, evidence.finishTargetBeside) : null;
  const match = reckoned === null ? counted : { compatibleFigures: Math.max(1, counted.compatibleFigures), figureOfKind: true, best: { figure: reckoned, confidence: sheet.minimumConfidence, evidence: 'indicator' as const } };
  // Figures of the unit that share nothing with the target's words measure something else: no figure for it.
  const expectedPace = deadline !== null && asOf !== null ? (compareDates(asOf, deadline) >= 0 ? 1 : paceAt(asOf, deadline, sheet.yearStart, statement.windowStart ?? null)) : null;
  const dates: JudgedDates = { expectedPace, asOf: isoOrNull(asOf) };
  if (!progress || match.compatibleFigures === 0 || match.best === null || (match.best.confidence < NOTHING_ALIKE && !match.figureOfKind)) {
    // `基本完成。` against `新建幼儿园266所`: the report claims the work nearly done, a reviewer cannot tell whether the
    // count is reached. A rate or level is not measured by such words.
    if (evidence.mostlyDone !== null && statement.quantity.unitClass !== 'percent' && statement.quantity.unitClass !== 'points') {
      const reason: TargetReason = { key: 'target.why.mostlyDone', params: { words: evidence.mostlyDone, target: base.text } };
      return { role, statement, figure: null, result: targetResult(base, null, 'unclear', 0, null, dates, null, null, null, reason) };
    }
    // `3座新建公厕均已完成主体建设` against `新建公厕3座`: works of the target's kind far along, none said built.
    const structures = progress ? mainStructuresOf(statement, figures) : null;
    if (structures !== null && progress) {
      const reason: TargetReason = { key: 'target.why.mainStructureOnly', params: { figure: reportedFigureOf(structures, progress, asOf).text, target: base.text } };
      return { role, statement, figure: null, result: targetResult(base, null, 'unclear', 0, null, dates, null, null, null, reason) };
    }
    // `湖田中学教学综合楼已完工投用；伯塘中学师生宿舍楼正在砌筑墙体` against `5所农村中小学校改扩建`: works of the target's kind
    // gone through by name, some done and some building, with no count.
    const namedDone = progress && countsWorks(statement.quantity.unit) ? namedWorkDoneAmongUnderWay(progress.text, statement.context.indicator) : null;
    if (namedDone !== null) {
      const reason: TargetReason = { key: 'target.why.namedWorksByState', params: { words: namedDone, target: base.text } };
      return { role, statement, figure: null, result: targetResult(base, null, 'unclear', 0, null, dates, null, null, null, reason) };
    }
    return { role, statement, figure: null, result: targetResult(base, null, 'no-figure', 0, null, dates, null, null, null) };
  }
  const { figure } = match.best;
  const reported = reportedFigureOf(figure, progress, asOf);
  // `棚户区改造任务16348套` in a row whose schedule is `3月底开工率不低于30%…`: the starts are the task's progress.
  // `58个稀土新材料项目` / `开复工57个`: projects started or resumed are how a list of projects is counted (`countsStartedOrResumed`).
  const startsReckoned = match.best.doubt === 'otherWorks' && figure.stage === 'start'
    && ((evidence.startsScheduled && targetStage(statement.context.phrase) === null) || (countsItemsOfAList(statement) && countsStartedOrResumed(figure.context.phrase)));
  // Doubted only for the stage, which the row's schedule settles: as sure as a figure the sheet accepts.
  const confidence = startsReckoned ? Math.max(match.best.confidence, sheet.minimumConfidence) : match.best.confidence;
  // A unitless target whose indicator names the word it counts in (`科普馆参观人数 | 500`) is tied by that word (`600余人`).
  if (confidence < sheet.minimumConfidence || (statement === evidence.untied && !countedAsIndicatorSays(statement, figure.quantity))) {
    const doubt = match.best.doubt;
    const rival = match.best.rival;
    const said: TargetReason | undefined = doubt === undefined ? undefined
      : doubt === 'otherBasis' && rival !== undefined ? { key: 'target.why.otherBasis', params: { figure: reported.text, other: reportedFigureOf(rival, progress, asOf).text, target: base.text } }
      : { key: doubt === 'otherWhole' ? 'target.why.partOfOtherWhole' : 'target.why.otherWorks', params: { figure: reported.text, target: base.text } };
    return { role, statement, figure: null, weighed: figure, result: targetResult(base, reported, 'unclear', confidence, null, dates, null, null, match.best.evidence, said) };
  }
  const measure = measureOf(statement, match.best.evidence);
  // `6月底开工率不低于60%` against `截至9月30日…开工率101.61%`: the rate now does not show the rate at the step's date.
  const isLevelTarget = statement.quantity.unitClass === 'percent' || statement.quantity.unitClass === 'points';
  if (!statement.isShare && isLevelStepOfAnEarlierDate(isLevelTarget, statement.deadline, asOf)) {
    const reason: TargetReason = { key: 'target.why.levelOfALaterDate', params: { figure: reported.text, target: base.text, deadline: isoOrNull(deadline) ?? '' } };
    return { role, statement, figure: null, weighed: figure, result: targetResult(base, reported, 'unclear', confidence, null, dates, null, null, match.best.evidence, reason) };
  }
  // A fall against a rise to reach is a negative rise (`同比下降2.6%` against `增长5%` is -2.6), and shown so.
  const judgedValue = measure === 'share' ? figure.quantity.value : valueInDirection(figure.quantity.value, figure.direction, statement.direction);
  const judgement = judgeTarget({
    op: statement.op,
    value: statement.value,
    upper: statement.upper,
    reported: judgedValue,
    deadline,
    asOf,
    periodBound,
    yearStart: sheet.yearStart,
    windowStart: statement.windowStart ?? null,
    measure,
  });
  const shown = judgedValue === figure.quantity.value ? reported : reportedFigureOf(figure, progress, asOf, judgedValue);
  // A lower level's part of a higher level's amount: reached only when the part alone reaches the whole.
  if (evidence.higherLevel && measure === 'amount' && judgement.verdict !== 'met') {
    const reason: TargetReason = { key: 'target.why.higherLevel', params: { figure: shown.text, target: base.text } };
    return { role, statement, figure, result: targetResult(base, shown, 'unclear', confidence, null, dates, null, measure, match.best.evidence, reason) };
  }
  const share = measure === 'share' ? judgedValue : measure === 'amount' && statement.value > 0 && statement.op !== '<=' ? (judgedValue / statement.value) * 100 : null;
  // `已整改620家…余10家未到整改期限`: items with deadlines of their own, the rest said still within theirs, are short but not late.
  const notYetDue = (judgement.verdict === 'unmet' || judgement.verdict === 'behind') && measure === 'amount' && statement.op === '>=' && progress ? restNotYetDue(progress.text) : null;
  if (notYetDue !== null) {
    const reason: TargetReason = { key: 'target.why.restNotYetDue', params: { figure: shown.text, words: notYetDue, target: base.text } };
    return { role, statement, figure, result: targetResult(base, shown, 'on-track', confidence, null, dates, share, measure, match.best.evidence, reason) };
  }
  return { role, statement, figure, result: targetResult(base, shown, judgement.verdict, confidence, judgement.pace, dates, share, measure, match.best.evidence) };
}

interface JudgedDates {
  readonly expectedPace: number | null;
  readonly asOf: string | null;
}

/** What a target is, before it is judged; `upper` is null unless the target is a range. */
type TargetBase = Omit<TargetResult, 'upper' | 'reported' | 'verdict' | 'confidence' | 'evidence' | 'pace' | 'expectedPace' | 'share' | 'reason'> & { readonly upper: number | null };

/**
 * One literal per shape, in the key order `--json` prints: spreading a base with an optional `upper` into
 * every result was the costliest step of judging a target.
 */
function targetResult(
  base: TargetBase,
  reported: ReportedFigure | null,
  verdict: Verdict,
  confidence: number,
  pace: number | null,
  dates: JudgedDates,
  rawShare: number | null,
  measure: 'amount' | 'level' | 'share' | null,
  evidence: MatchEvidence | null,
  /** A sentence of its own where the verdict has a cause `reasonOf` does not know. */
  said?: TargetReason,
): TargetResult {
  const { row, cell, source, text, indicator, value, upper, unit, op, deadline } = base;
  const { expectedPace } = dates;
  const share = rawShare === null ? null : Math.round(rawShare * 10) / 10;
  const reason = said ?? reasonOf({ verdict, measure, op, target: text, indicator, figure: reported?.text ?? null, share, expectedPace, deadline, asOf: dates.asOf, confidence });
  // Unclear is the reviewer's "cannot tell which figure answers": the figure looked at is named in the reason, none is reported.
  const tied = verdict === 'unclear' ? null : reported;
  const tiedBy = verdict === 'unclear' ? null : evidence;
  return upper === null
    ? { row, cell, source, text, indicator, value, unit, op, deadline, reported: tied, verdict, confidence, evidence: tiedBy, pace, expectedPace, share, reason }
    : { row, cell, source, text, indicator, value, upper, unit, op, deadline, reported: tied, verdict, confidence, evidence: tiedBy, pace, expectedPace, share, reason };
}

/**
 * Every numeric target of a report with its verdict, and the cross-check issues.
 *
 * @example
 * const { targets } = analyzeTargets(report);
 * targets.find((target) => target.indicator === '精神科医师')
 * // { cell: 'D…', value: 5, unit: '名', op: '>=', reported: { value: 7, unit: '人', … }, verdict: 'met', confidence: 0.9, … }
 */
export function analyzeTargets(report: ProgressReport, options: AnalyzeTargetsOptions = {}): TargetAnalysis {
  const reportDate = report.metadata.reportDate?.date ?? null;
  const year = report.title?.year ?? reportDate?.year ?? options.year ?? null;
  const sheet: SheetContext = {
    report,
    year,
    yearEnd: year !== null ? yearEnd(year) : null,
    reportPeriodEnd: report.title?.period && year !== null ? periodEndDate(report.title.period, year) : null,
    reportDate,
    yearStart: options.yearStart ?? DEFAULT_YEAR_START,
    minimumConfidence: options.minimumConfidence ?? DEFAULT_MINIMUM_CONFIDENCE,
    splitting: chooseWordSplitting(options.wordSplitting),
    vocabulary: options.selfAssessment ?? DEFAULT_SELF_ASSESSMENT_VOCABULARY,
    headers: {
      serial: headerOf(report, 'serial'),
      task: headerOf(report, 'task'),
      period: headerOf(report, 'period'),
      milestone: headerOf(report, 'milestone'),
      progress: headerOf(report, 'progress'),
      selfAssessment: headerOf(report, 'selfAssessment'),
    },
    milestoneReadings: options.targetReadings?.forYear(year).milestone ?? new TextReadings(),
    taskReadings: options.targetReadings?.forYear(year).task ?? null,
  };
  const continuations = continuationsByTask(report);
  const targets: TargetResult[] = [];
  const issues: Issue[] = [];
  for (const row of report.rows) {
    if (row.kind !== 'task') continue;
    const analysis = analyzeRow(sheet, row, continuations);
    for (const judged of analysis.judged) targets.push(judged.result);
    appendAll(issues, analysis.issues);
  }
  return { targets, issues };
}
