/**
 * Golden output: the four fixture bureaus compiled, 汇总 and 统计 read back cell by cell and the findings,
 * against tests/fixtures/consolidate/compiled.expected.json. An empty expected file fails and prints the
 * actual result for review; `UPDATE_GOLDEN=1` writes it.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { MemoryWorkbook } from '../../support/memoryWorkbook';
import { compileReports, COMPILED_SHEET, STATISTICS_SHEET } from '../../../src/core/consolidate';
import { BUREAUS, ROSTER_TEXT } from '../../fixtures/consolidate/bureaus';
import { sourcesOf } from './support';

const EXPECTED = join(__dirname, '../../fixtures/consolidate/compiled.expected.json');

async function actualOutput() {
  const units = ROSTER_TEXT.split('\n').filter((line) => line.trim() !== '' && !line.startsWith('#'));
  const result = compileReports(sourcesOf(BUREAUS), { roster: { kind: 'units', units } });
  const workbook = MemoryWorkbook.fromSheets({});
  await workbook.apply(result.operations);
  return {
    sources: result.sources,
    units: result.units,
    conflicts: result.conflicts.map(({ serial, units: conflictUnits, texts }) => ({ serial, units: conflictUnits, texts })),
    duplicates: result.duplicates,
    missing: result.missing,
    issues: result.issues.map(({ rule, cell, params }) => ({ rule, cell, params })),
    [COMPILED_SHEET]: (await workbook.readSheet(COMPILED_SHEET)).text,
    [STATISTICS_SHEET]: (await workbook.readSheet(STATISTICS_SHEET)).text,
  };
}

describe('compiling the four fixture bureaus', () => {
  it('gives the golden 汇总, 统计 and findings, cell by cell', async () => {
    const actual = await actualOutput();
    if (process.env.UPDATE_GOLDEN === '1') writeFileSync(EXPECTED, `${JSON.stringify(actual, null, 1)}\n`);
    const expectedText = existsSync(EXPECTED) ? readFileSync(EXPECTED, 'utf8').trim() : '';
    if (expectedText === '') throw new Error(`no golden output yet; review this and save it as ${EXPECTED}:\n${JSON.stringify(actual, null, 1)}`);
    const expected = JSON.parse(expectedText) as typeof actual;
    expect(actual[COMPILED_SHEET].length).toBe(expected[COMPILED_SHEET].length);
    actual[COMPILED_SHEET].forEach((row, index) => expect({ row: index + 1, cells: row }).toEqual({ row: index + 1, cells: expected[COMPILED_SHEET][index] }));
    expect(actual[STATISTICS_SHEET]).toEqual(expected[STATISTICS_SHEET]);
    expect(actual).toEqual(expected);
  });
});
