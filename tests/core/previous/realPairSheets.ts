/**
 * Progress sheets built from the targets corpus (tests/corpus/targets/<file>.json: real published rows with
 * their source URLs): the standard layout, one task row per document row, serials by place in the document.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gridFromRows, type CellValue, type SheetGrid } from '../../../src/core';
import type { CorpusDocument, CorpusRow } from '../../corpus/corpusTypes';

const CORPUS = join(__dirname, '..', '..', 'corpus', 'targets');
const HEADER: CellValue[] = ['序号', '《政府工作报告》重点工作任务（省、市民生实事）', '时间', '节点任务', '进展情况', '自我评价'];

interface CorpusJson {
  readonly document: CorpusDocument;
  readonly rows: readonly CorpusRow[];
}

export function readCorpusDocument(file: string): CorpusJson {
  return JSON.parse(readFileSync(join(CORPUS, `${file}.json`), 'utf8')) as CorpusJson;
}

/** The sheet (named after the document's period) of one corpus document; row 5 holds its first row. */
export function corpusSheet(file: string): SheetGrid {
  const { document, rows } = readCorpusDocument(file);
  return gridFromRows(document.period, [
    [`${document.year}年《政府工作报告》重点工作任务${document.period}进展情况`],
    [`填报单位：${document.publisher ?? document.place}`],
    [`填报时间：${document.reportDate.replace(/^(\d{4})-(\d{2})-(\d{2})$/, (_, y: string, m: string, d: string) => `${y}年${Number(m)}月${Number(d)}日`)}`],
    HEADER,
    ...rows.map((row, index): CellValue[] => [index + 1, row.task, row.time === '' ? document.period : row.time, row.milestone, row.progress, row.selfAssessment]),
  ]);
}
