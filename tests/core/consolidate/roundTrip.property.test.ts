/**
 * Round trip: compiling bureaus' sheets, splitting 汇总 back into one workbook per unit and compiling
 * those again loses, doubles and changes nothing: the same units report the same serials with the same
 * task, period, milestone, progress and self-assessment texts. Written text that looks like a formula
 * (`=`, `+`, `-`, `@` first) stays text through both writes.
 */
import fc from 'fast-check';
import { MemoryWorkbook } from '../../support/memoryWorkbook';
import { checkGrid } from '../../../src/core/check';
import { compileReports, COMPILED_SHEET, sourceFromCheck, splitPlan, type CompileResult, type CompileSource } from '../../../src/core/consolidate';
import type { CellValue } from '../../../src/core/grid/sheetGrid';
import { sourceFromRows } from './support';

const HEADER = ['序号', '《政府工作报告》重点工作任务（省、市民生实事）', '时间', '节点任务', '进展情况', '自我评价'];
const UNITS = ['市商务局', '市教育局', '济南市卫生健康委', '市投资促进局', '市文化和旅游局'];

/** Characters of cell texts, with the first characters that would start a formula. */
const textCharacter = fc.constantFrom(...'城乡医疗卫生教育文化体育建设改造提升服务能力项目资金，、；：（）0123456789=+-@%'.split(''));
const sentence = fc.array(textCharacter, { minLength: 1, maxLength: 24 }).map((characters) => `${characters.join('').trim() || '项目'}。`);

const generatedTask = fc.record({
  serial: fc.oneof(fc.integer({ min: 1, max: 30 }), fc.integer({ min: 1, max: 5 }).map((n) => `省民生实事第${n}项`)),
  task: sentence,
  milestone: sentence,
  progress: sentence,
  assessment: fc.constantFrom('完成', '序时推进', '滞后', ''),
});

/** Bureaus with distinct units, each reporting distinct serials (a duplicate is a finding, not a row to conserve twice). */
const bureaus = fc.uniqueArray(
  fc.record({ unit: fc.constantFrom(...UNITS), tasks: fc.uniqueArray(generatedTask, { minLength: 1, maxLength: 6, selector: (task) => String(task.serial) }) }),
  { minLength: 1, maxLength: 4, selector: (bureau) => bureau.unit },
);

type GeneratedTask = typeof generatedTask extends fc.Arbitrary<infer Task> ? Task : never;

function rowsOf(unit: string, tasks: readonly GeneratedTask[]): CellValue[][] {
  return [['2021年重点工作三季度进展情况'], [`填报单位：${unit}`], HEADER, ...tasks.map((task) => [task.serial, task.task, '三季度', task.milestone, task.progress, task.assessment])];
}

/** What must survive, one string per compiled row: unit, serial and the five texts. */
function reportedRows(result: CompileResult): string[] {
  return result.rows
    .map((row) => JSON.stringify([row.unit, row.serialText, row.roleTexts.task, row.roleTexts.period, row.roleTexts.milestone, row.roleTexts.progress, row.roleTexts.selfAssessment]))
    .sort();
}

async function splitAndReadBack(compiled: CompileResult): Promise<CompileSource[]> {
  const workbook = MemoryWorkbook.fromSheets({});
  await workbook.apply(compiled.operations);
  const split = splitPlan(await workbook.readSheet(COMPILED_SHEET), { language: 'zh-CN' });
  expect(split.unassigned).toEqual([]);
  const sources: CompileSource[] = [];
  for (const part of split.parts) {
    const unitWorkbook = MemoryWorkbook.fromSheets({});
    await unitWorkbook.apply(part.operations);
    const grid = await unitWorkbook.readSheet(part.sheetName);
    const source = sourceFromCheck({ file: `${part.fileName}.xlsx`, sheet: grid.name }, checkGrid(grid), grid);
    if (source === null) throw new Error(`the split sheet of ${part.unit} is not a report`);
    sources.push(source);
  }
  return sources;
}

describe('consolidate → split → consolidate', () => {
  it('gives back every reported row, once, with every text as it was', async () => {
    await fc.assert(
      fc.asyncProperty(bureaus, async (generated) => {
        const sources = generated.map((bureau, index) => sourceFromRows(`单位${index}.xlsx`, '三季度', rowsOf(bureau.unit, bureau.tasks)));
        const first = compileReports(sources, { roster: { kind: 'taskTexts' } });
        const second = compileReports(await splitAndReadBack(first), { roster: { kind: 'taskTexts' } });
        expect(reportedRows(second)).toEqual(reportedRows(first));
        expect(first.rows).toHaveLength(generated.reduce((sum, bureau) => sum + bureau.tasks.length, 0));
      }),
      { numRuns: 60 },
    );
  });
});
