/**
 * Conservation: every task row of every source appears exactly once in 汇总 with all its cell texts
 * intact, its page-split remainders merged in first, whatever the sources hold.
 */
import fc from 'fast-check';
import { MemoryWorkbook } from '../../support/memoryWorkbook';
import { compileReports, COMPILED_SHEET, type CompileSource } from '../../../src/core/consolidate';
import type { CellValue } from '../../../src/core/grid/sheetGrid';
import { sourceFromRows } from './support';

const HEADER = ['序号', '《政府工作报告》重点工作任务（省、市民生实事）', '时间', '节点任务', '进展情况', '自我评价'];

/** Characters of task texts, risky first characters included; nothing that spells a header or a metadata label. */
const textCharacter = fc.constantFrom(...'城乡医疗卫生教育文化体育建设改造提升服务能力项目资金，、；：（）() 0123456789=+-@%'.split(''));
const text = (minLength: number) => fc.array(textCharacter, { minLength, maxLength: 30 }).map((characters) => characters.join(''));
/** Sentences end with 。 so that a following row is never taken for the rest of a cut sentence. */
const sentence = text(1).map((body) => `${body.trim() || '项目'}。`);

const serial = fc.oneof(
  fc.integer({ min: 1, max: 12 }),
  fc.integer({ min: 1, max: 5 }).map((n) => `省民生实事第${n}项`),
  fc.constant(null),
);

interface GeneratedTask {
  readonly serial: number | string | null;
  readonly cells: readonly string[];
  /** Remainder texts after a page break (task, milestone, progress), or null when the row is whole. */
  readonly remainder: readonly string[] | null;
}

const generatedTask = fc.record({
  serial,
  cells: fc.tuple(sentence, sentence, sentence, fc.constantFrom('完成', '序时推进', '滞后', '')),
  remainder: fc.option(fc.tuple(text(1).map((t) => `续${t}`), text(0), text(0)), { nil: null }),
});

const bureau = fc.record({
  unit: fc.constantFrom('市商务局', '市教育局', '济南市卫生健康委', '市卫生健康委', '市投资促进局'),
  extraHeader: fc.option(fc.constantFrom('备注', '责任处室'), { nil: null }),
  tasks: fc.array(generatedTask, { minLength: 0, maxLength: 8 }),
});

function rowsOf(generated: { unit: string; extraHeader: string | null; tasks: readonly GeneratedTask[] }): CellValue[][] {
  const header = generated.extraHeader ? [...HEADER, generated.extraHeader] : HEADER;
  const rows: CellValue[][] = [['2021年重点工作三季度进展情况'], [`填报单位：${generated.unit}`], header];
  generated.tasks.forEach((task, index) => {
    const [taskText = '', milestone = '', progress = '', assessment = ''] = task.cells;
    const row: CellValue[] = [task.serial, taskText, '三季度', milestone, progress, assessment];
    if (generated.extraHeader) row.push(`附${index}`);
    rows.push(row);
    if (task.remainder) {
      const [taskRest = '', milestoneRest = '', progressRest = ''] = task.remainder;
      rows.push(header);
      rows.push([null, taskRest, null, milestoneRest || null, progressRest || null, null]);
    }
  });
  return rows;
}

describe('compileReports conserves every task row', () => {
  it('puts each task row of each source in 汇总 exactly once, remainders merged, texts intact', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(bureau, { minLength: 1, maxLength: 4 }), async (bureaus) => {
        const sources: CompileSource[] = bureaus.map((generated, index) => sourceFromRows(`单位${index}.xlsx`, '三季度', rowsOf(generated)));
        const result = compileReports(sources, { roster: { kind: 'taskTexts' } });

        // Against what was generated: one compiled row per generated task, with its texts joined.
        const expected = bureaus.flatMap((generated, sourceIndex) =>
          generated.tasks.map((task) => {
            const [taskText = '', milestone = '', progress = '', assessment = ''] = task.cells;
            const [taskRest = '', milestoneRest = '', progressRest = ''] = task.remainder ?? [];
            return JSON.stringify([sourceIndex, taskText.trim() + taskRest.trim(), milestone.trim() + milestoneRest.trim(), progress.trim() + progressRest.trim(), assessment]);
          }),
        );
        const compiled = result.rows.map((row) =>
          JSON.stringify([row.sourceIndex, row.roleTexts.task, row.roleTexts.milestone, row.roleTexts.progress, row.roleTexts.selfAssessment]),
        );
        expect([...compiled].sort()).toEqual([...expected].sort());

        // Against the parsed reports: each task row's (source, row) once.
        const origins = result.rows.map((row) => `${row.sourceIndex}:${row.sourceRows[0]}`);
        expect(new Set(origins).size).toBe(origins.length);
        const parsedTasks = sources.flatMap((source, index) => source.report.rows.filter((row) => row.kind === 'task').map((row) => `${index}:${row.row + 1}`));
        expect([...origins].sort()).toEqual([...parsedTasks].sort());

        // And in the sheet itself: one data row per task, every text as written.
        const workbook = MemoryWorkbook.fromSheets({});
        await workbook.apply(result.operations);
        const sheet = await workbook.readSheet(COMPILED_SHEET);
        const dataRows = sheet.text.slice(2);
        expect(dataRows).toHaveLength(result.rows.length);
        dataRows.forEach((cells, index) => {
          const row = result.rows[index];
          expect(cells.slice(1, 6)).toEqual([row?.roleTexts.task, row?.roleTexts.period, row?.roleTexts.milestone, row?.roleTexts.progress, row?.roleTexts.selfAssessment]);
        });
      }),
      { numRuns: 150 },
    );
  });
});
