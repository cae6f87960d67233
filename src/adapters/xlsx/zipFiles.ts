/**
 * A .zip of several files, so file mode can hand over one workbook per unit in a single download
 * (browsers ask before a page starts many downloads). Entries are stored, not deflated: .xlsx files are
 * zips already and would not shrink.
 */
import type { ZipEntry } from '../../app/fileMode/fileWorkbook';
import { assembleZip, METHOD_STORED, type ZipEntryToWrite } from './assembleZip';
import { crc32 } from './crc32';

/**
 * Made by NTFS (host 11), version 2.0 (what every unzip tool reads). Info-ZIP `unzip` ignores the UTF-8
 * flag on names from an MS-DOS host (0) and converts them from the DOS code page, garbling Chinese
 * names; Windows Explorer and 7-Zip read the flag on either host.
 */
const VERSION = (11 << 8) | 20;
/** General-purpose flag bit 11: names are UTF-8. */
const UTF8_NAMES = 0x0800;

/**
 * @example
 * downloadBytes('拆分.zip', zipFiles([{ name: '市商务局.xlsx', bytes }]))
 */
export function zipFiles(entries: readonly ZipEntry[], modified: Date = new Date()): Uint8Array {
  const encoder = new TextEncoder();
  const { time, date } = dosDateTime(modified);
  let total = 0;
  const toWrite: ZipEntryToWrite[] = entries.map((entry) => {
    total += entry.bytes.length;
    if (total > 0xfffffffe) throw new RangeError('zip archives over 4 GB are not supported');
    return {
      name: encoder.encode(entry.name),
      flags: UTF8_NAMES,
      method: METHOD_STORED,
      time,
      date,
      crc: crc32(entry.bytes),
      uncompressedSize: entry.bytes.length,
      versionMadeBy: VERSION,
      internalAttributes: 0,
      externalAttributes: 0,
      data: entry.bytes,
    };
  });
  return assembleZip(toWrite);
}

/** MS-DOS date and time, local time, two-second resolution, as zip stores them. */
function dosDateTime(moment: Date): { time: number; date: number } {
  const year = Math.min(Math.max(moment.getFullYear(), 1980), 2107);
  return {
    time: (moment.getHours() << 11) | (moment.getMinutes() << 5) | Math.floor(moment.getSeconds() / 2),
    date: ((year - 1980) << 9) | ((moment.getMonth() + 1) << 5) | moment.getDate(),
  };
}
