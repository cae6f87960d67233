/**
 * The streams of a Compound File Binary (MS-CFB), the container of Excel 97-2003 workbooks: header,
 * DIFAT, FAT, mini FAT, directory. Every chain is followed with a visited mark per sector and every
 * index checked against the file, so a cyclic chain, a sector past the end or a size larger than the
 * file is refused (`DamagedFileError`) after at most one step per sector of the file, with no memory
 * beyond the file's own size. Pure (no Node, no DOM): the page and the CLI share it.
 */
import { DamagedFileError } from './damagedFileError';

const SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const HEADER_BYTES = 512;
const HEADER_DIFAT_ENTRIES = 109;
const DIRECTORY_ENTRY_BYTES = 128;
const MINI_SECTOR_BYTES = 64;
/** Sector numbers at or above this mark the end of a chain or special sectors (MS-CFB 2.1). */
const MAX_REGULAR_SECTOR = 0xfffffffa;
const END_OF_CHAIN = 0xfffffffe;
const FREE_SECTOR = 0xffffffff;
const STREAM_OBJECT = 2;
const ROOT_STORAGE = 5;

export interface CompoundFile {
  /** The stream with this name (ASCII names compared ignoring case), or null when there is none. */
  stream(name: string): Uint8Array | null;
  /** The names of every stream, for telling what kind of document the file holds. */
  streamNames(): readonly string[];
}

interface DirectoryEntry {
  readonly name: string;
  readonly type: number;
  readonly startSector: number;
  readonly size: number;
}

/**
 * @example
 * const file = readCompoundFile(bytes);
 * const workbook = file.stream('Workbook') ?? file.stream('Book');
 */
export function readCompoundFile(bytes: Uint8Array): CompoundFile {
  if (bytes.length < HEADER_BYTES || SIGNATURE.some((byte, index) => bytes[index] !== byte)) throw new DamagedFileError('not a compound file');
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const sectorShift = view.getUint16(30, true);
  const miniSectorShift = view.getUint16(32, true);
  if ((sectorShift !== 9 && sectorShift !== 12) || miniSectorShift !== 6) throw new DamagedFileError(`sector shift ${sectorShift}/${miniSectorShift}`);
  const sectorBytes = 1 << sectorShift;
  // Sectors that exist in the file: every sector number read must be below this.
  const sectorCount = Math.max(0, Math.ceil((bytes.length - sectorBytes) / sectorBytes));
  const fatSectorCount = view.getUint32(44, true);
  const firstDirectorySector = view.getUint32(48, true);
  const miniStreamCutoff = view.getUint32(56, true);
  const firstMiniFatSector = view.getUint32(60, true);
  const miniFatSectorCount = view.getUint32(64, true);
  const firstDifatSector = view.getUint32(68, true);
  const difatSectorCount = view.getUint32(72, true);
  if (fatSectorCount > sectorCount || miniFatSectorCount > sectorCount || difatSectorCount > sectorCount) {
    throw new DamagedFileError(`sector counts beyond the file (${fatSectorCount} FAT, ${miniFatSectorCount} mini FAT, ${difatSectorCount} DIFAT of ${sectorCount})`);
  }

  const sectorOffset = (sector: number): number => {
    if (sector >= sectorCount) throw new DamagedFileError(`sector ${sector} beyond the file's ${sectorCount}`);
    // Version 4 files pad the header to a whole 4096-byte sector.
    return (sector + 1) * sectorBytes;
  };
  const sectorView = (sector: number): DataView => {
    const offset = sectorOffset(sector);
    return new DataView(bytes.buffer, bytes.byteOffset + offset, Math.min(sectorBytes, bytes.length - offset));
  };

  const fatSectors = readDifat(view, sectorView, sectorBytes, sectorCount, fatSectorCount, firstDifatSector, difatSectorCount);
  const fat = new Uint32Array(fatSectors.length * (sectorBytes / 4));
  fatSectors.forEach((sector, index) => {
    const part = sectorView(sector);
    const base = index * (sectorBytes / 4);
    for (let entry = 0; entry * 4 + 4 <= part.byteLength; entry += 1) fat[base + entry] = part.getUint32(entry * 4, true);
  });

  /** The sectors of a chain in order; a cycle, a free sector or one past the end is damage. */
  const chain = (start: number, table: Uint32Array, limit: number, what: string): number[] => {
    const sectors: number[] = [];
    const visited = new Uint8Array(limit);
    for (let sector = start; sector !== END_OF_CHAIN; sector = table[sector] ?? FREE_SECTOR) {
      if (sector > MAX_REGULAR_SECTOR || sector >= limit || sector >= table.length) throw new DamagedFileError(`${what} chain reaches sector ${sector}`);
      if (visited[sector] === 1) throw new DamagedFileError(`${what} chain loops at sector ${sector}`);
      visited[sector] = 1;
      sectors.push(sector);
    }
    return sectors;
  };

  const readChain = (start: number, size: number, what: string): Uint8Array => {
    const sectors = chain(start, fat, sectorCount, what);
    if (size > sectors.length * sectorBytes) throw new DamagedFileError(`${what} of ${size} bytes in ${sectors.length} sectors`);
    const out = new Uint8Array(size);
    let written = 0;
    for (const sector of sectors) {
      if (written >= size) break;
      const offset = sectorOffset(sector);
      const piece = bytes.subarray(offset, Math.min(offset + sectorBytes, offset + size - written, bytes.length));
      out.set(piece, written);
      written += piece.length;
    }
    if (written < size) throw new DamagedFileError(`${what} cut short by the file's end`);
    return out;
  };

  const directoryBytes = readChain(firstDirectorySector, chain(firstDirectorySector, fat, sectorCount, 'directory').length * sectorBytes, 'directory');
  const entries = readDirectory(directoryBytes, sectorShift);
  const root = entries[0];
  if (root?.type !== ROOT_STORAGE) throw new DamagedFileError('no root entry');

  let miniStream: Uint8Array | null = null;
  let miniFat: Uint32Array | null = null;
  const readMini = (start: number, size: number, name: string): Uint8Array => {
    if (miniStream === null || miniFat === null) {
      if (root.size > bytes.length) throw new DamagedFileError(`mini stream of ${root.size} bytes in a file of ${bytes.length}`);
      miniStream = readChain(root.startSector, root.size, 'mini stream');
      const miniFatBytes = miniFatSectorCount === 0 ? new Uint8Array(0) : readChain(firstMiniFatSector, miniFatSectorCount * sectorBytes, 'mini FAT');
      const miniFatView = new DataView(miniFatBytes.buffer, miniFatBytes.byteOffset, miniFatBytes.byteLength);
      miniFat = new Uint32Array(miniFatBytes.length / 4);
      for (let index = 0; index < miniFat.length; index += 1) miniFat[index] = miniFatView.getUint32(index * 4, true);
    }
    const sectors = chain(start, miniFat, Math.floor(miniStream.length / MINI_SECTOR_BYTES), `mini stream of ${name}`);
    if (size > sectors.length * MINI_SECTOR_BYTES) throw new DamagedFileError(`${name} of ${size} bytes in ${sectors.length} mini sectors`);
    const out = new Uint8Array(size);
    sectors.forEach((sector, index) => {
      const written = index * MINI_SECTOR_BYTES;
      if (written < size) out.set(miniStream!.subarray(sector * MINI_SECTOR_BYTES, sector * MINI_SECTOR_BYTES + Math.min(MINI_SECTOR_BYTES, size - written)), written);
    });
    return out;
  };

  const streams = entries.filter((entry) => entry.type === STREAM_OBJECT);
  return {
    stream(name) {
      const entry = streams.find((candidate) => candidate.name.toLowerCase() === name.toLowerCase());
      if (entry === undefined) return null;
      // No stream can be longer than the file that holds it: refused before anything is allocated.
      if (entry.size > bytes.length) throw new DamagedFileError(`${entry.name} of ${entry.size} bytes in a file of ${bytes.length}`);
      return entry.size < miniStreamCutoff ? readMini(entry.startSector, entry.size, entry.name) : readChain(entry.startSector, entry.size, entry.name);
    },
    streamNames: () => streams.map((entry) => entry.name),
  };
}

/** The FAT's own sectors: 109 listed in the header, the rest in a chain of DIFAT sectors. */
function readDifat(
  header: DataView,
  sectorView: (sector: number) => DataView,
  sectorBytes: number,
  sectorCount: number,
  fatSectorCount: number,
  firstDifatSector: number,
  difatSectorCount: number,
): number[] {
  const fatSectors: number[] = [];
  for (let index = 0; index < HEADER_DIFAT_ENTRIES && fatSectors.length < fatSectorCount; index += 1) {
    fatSectors.push(header.getUint32(76 + index * 4, true));
  }
  const visited = new Uint8Array(sectorCount);
  let difatSector = firstDifatSector;
  for (let read = 0; fatSectors.length < fatSectorCount; read += 1) {
    if (read >= difatSectorCount || difatSector > MAX_REGULAR_SECTOR || difatSector >= sectorCount) {
      throw new DamagedFileError(`DIFAT ends after ${fatSectors.length} of ${fatSectorCount} FAT sectors`);
    }
    if (visited[difatSector] === 1) throw new DamagedFileError(`DIFAT chain loops at sector ${difatSector}`);
    visited[difatSector] = 1;
    const part = sectorView(difatSector);
    const entriesPerSector = sectorBytes / 4 - 1;
    for (let index = 0; index < entriesPerSector && fatSectors.length < fatSectorCount; index += 1) fatSectors.push(part.getUint32(index * 4, true));
    difatSector = part.getUint32(entriesPerSector * 4, true);
  }
  for (const sector of fatSectors) if (sector >= sectorCount) throw new DamagedFileError(`FAT sector ${sector} beyond the file's ${sectorCount}`);
  return fatSectors;
}

function readDirectory(directory: Uint8Array, sectorShift: number): DirectoryEntry[] {
  const view = new DataView(directory.buffer, directory.byteOffset, directory.byteLength);
  const entries: DirectoryEntry[] = [];
  for (let offset = 0; offset + DIRECTORY_ENTRY_BYTES <= directory.length; offset += DIRECTORY_ENTRY_BYTES) {
    const nameBytes = Math.min(view.getUint16(offset + 64, true), 64);
    let name = '';
    for (let at = 0; at + 2 <= nameBytes - 2; at += 2) name += String.fromCharCode(view.getUint16(offset + at, true));
    const sizeHigh = view.getUint32(offset + 124, true);
    // Version 3 files leave the high half undefined (MS-CFB 2.6.3); version 4 streams over 4 GB cannot be in a 50 MB file.
    const size = view.getUint32(offset + 120, true) + (sectorShift === 12 ? sizeHigh * 2 ** 32 : 0);
    entries.push({ name, type: view.getUint8(offset + 66), startSector: view.getUint32(offset + 116, true), size });
  }
  return entries;
}
