/**
 * The pane's consolidation reads each task text for targets once per compile: every sheet of one compile is checked
 * with one `TargetReadings`, a new compile with a new one, and what it compiles is the same as without them.
 */
import { openPickedFile } from '../../src/adapters/formats/openPickedFile';
import { createCoreEngine } from '../../src/app/coreEngine';
import { createPaneUseCases, type PaneEngine } from '../../src/app/paneUseCases';
import type { TargetReadings } from '../../src/core';
import { COMMERCE } from '../fixtures/consolidate/bureaus';
import { xlsxBytesOf } from '../fixtures/consolidate/writeBureauFiles';
import { memoryHost } from '../support/memoryHost';

const progress = () => ({ signal: new AbortController().signal, report: jest.fn() });
/** Three bureaus reporting on the same tasks, as the bureaus of one plan do, each with its own progress. */
const BUREAUS = ['市住建局', '市民政局', '市交通局'];
const rowsOf = (unit: string, index: number) =>
  (COMMERCE.sheets['三季度'] ?? []).map((row) =>
    row.map((cell, column) => (typeof cell !== 'string' ? cell : column === 4 ? cell.replace(/\d+/, (digits) => String(Number(digits) + index)) : cell.replace('市商务局', unit))),
  );

async function compiledWith(engine: PaneEngine) {
  const host = memoryHost({ 说明: [['填表说明']] }, '说明');
  const useCases = createPaneUseCases(host, engine, openPickedFile, 'zh-CN');
  const files = await Promise.all(BUREAUS.map(async (unit, index) => ({ name: `${unit}.xlsx`, bytes: await xlsxBytesOf({ file: `${unit}.xlsx`, sheets: { 三季度: rowsOf(unit, index) } }) })));
  const outcome = await useCases.consolidate({ sheets: [], files }, progress());
  return { outcome, compiled: await host.workbook.readSheet('汇总'), statistics: await host.workbook.readSheet('统计') };
}

describe('the pane consolidating with TargetReadings', () => {
  it('checks every sheet of one compile with the same readings and a new compile with new ones', async () => {
    const core = createCoreEngine();
    const seen: (TargetReadings | undefined)[] = [];
    const spying: PaneEngine = { checkGrid: (grid, options) => (seen.push(options.targetReadings), core.checkGrid(grid, options)) };
    await compiledWith(spying);
    const first = seen.splice(0);
    await compiledWith(spying);
    expect(first).toHaveLength(BUREAUS.length);
    expect(first[0]).toBeDefined();
    expect(new Set(first).size).toBe(1);
    // The three bureaus' task and milestone texts were read once, by the first.
    expect(first[0]?.forYear(2021).task.size).toBeGreaterThan(0);
    expect(first[0]?.forYear(2021).milestone.size).toBeGreaterThan(0);
    expect(seen).toHaveLength(BUREAUS.length);
    expect(seen[0]).not.toBe(first[0]);
  });

  it('compiles the same 汇总, 统计 and issues as checking each sheet without them', async () => {
    const core = createCoreEngine();
    const withoutReadings: PaneEngine = { checkGrid: (grid, { targetReadings: _dropped, ...options }) => core.checkGrid(grid, options) };
    const shared = await compiledWith(core);
    const alone = await compiledWith(withoutReadings);
    expect(shared.compiled.text).toEqual(alone.compiled.text);
    expect(shared.statistics.text).toEqual(alone.statistics.text);
    expect(shared.outcome.issues).toEqual(alone.outcome.issues);
    expect(shared.outcome.result.units).toEqual(alone.outcome.result.units);
  });
});
