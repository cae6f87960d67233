/**
 * The sheet reader over a file's bytes in the browser (no node:*): the parts are inflated with
 * `DecompressionStream`, then read exactly as the CLI reads them (`readXlsxBytes`, whose
 * `measuredUnpackedBytes` this takes too).
 */
import { UnpackedZipEntries } from './unpackZipEntries';
import { XlsxSheetReader } from './xlsxSheetReader';

/**
 * @example
 * const reader = await readXlsxBytesInBrowser(new Uint8Array(await file.arrayBuffer()));
 */
export async function readXlsxBytesInBrowser(bytes: Uint8Array, measuredUnpackedBytes = 0): Promise<XlsxSheetReader> {
  return XlsxSheetReader.fromEntries(await UnpackedZipEntries.read(bytes, measuredUnpackedBytes));
}
