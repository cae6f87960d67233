/**
 * Entry points of the sheet reader over a file's bytes: `readXlsxBytes` in Node (node:zlib, synchronous),
 * `readXlsxBytesInBrowser` in the page (`DecompressionStream`). Both hand the same parts to the same
 * `XlsxSheetReader`, so the page and the CLI show the same grid for the same file.
 */
import { ZipEntries } from './readZipEntries';
import { XlsxSheetReader } from './xlsxSheetReader';

/**
 * `measuredUnpackedBytes`: what `measureUnpackedSize` counted the parts inflating to, for a file refused with
 * `UnderstatedSizeError` (its zip declares smaller sizes than its parts have); see `ZipEntries.read`.
 *
 * @example
 * const reader = readXlsxBytes(await readFile('市发改委-三季度.xlsx'));
 * const grid = await reader.readSheet('三季度');
 */
export function readXlsxBytes(bytes: Uint8Array, measuredUnpackedBytes = 0): XlsxSheetReader {
  return XlsxSheetReader.fromEntries(ZipEntries.read(bytes, measuredUnpackedBytes));
}
