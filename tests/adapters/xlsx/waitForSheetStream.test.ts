/**
 * ExcelJS's streaming writer pipes a sheet's rendered XML to the zip without waiting; `waitForSheetStream`
 * holds rendering back while more than the limit waits, so a million-row 汇总 never piles up in memory.
 */
import { PassThrough } from 'node:stream';
import type { Worksheet } from 'exceljs';
import { waitForSheetStream } from '../../../src/adapters/xlsx/exceljsInternals';

function sheetPipingTo(pipe: PassThrough): Worksheet {
  return { _stream: { pipes: [pipe] } } as unknown as Worksheet;
}

describe('waitForSheetStream', () => {
  it('waits while more than the limit is waiting for the zip, and goes on once the zip has taken it', async () => {
    const pipe = new PassThrough({ highWaterMark: 1024 });
    pipe.write(Buffer.alloc(8 * 1024));
    pipe.write(Buffer.alloc(8 * 1024));
    let resolved = false;
    const waiting = waitForSheetStream(sheetPipingTo(pipe), 4 * 1024).then(() => {
      resolved = true;
    });
    await new Promise((resolve) => setImmediate(resolve));
    expect(resolved).toBe(false);
    pipe.resume(); // the zip reads
    await waiting;
    expect(resolved).toBe(true);
  });

  it('does not wait when little is waiting, or when the sheet has no stream open yet', async () => {
    const pipe = new PassThrough();
    pipe.write(Buffer.alloc(100));
    await expect(waitForSheetStream(sheetPipingTo(pipe), 4 * 1024)).resolves.toBeUndefined();
    await expect(waitForSheetStream({} as Worksheet, 0)).resolves.toBeUndefined();
  });
});
