/**
 * The records of a BIFF8 stream (MS-XLS 2.1.4): a type, a length and that many bytes, and the CONTINUE
 * records that carry what did not fit. A record whose length runs past the stream, or past the 8,224
 * bytes BIFF8 allows, is damage: refused, never read out of bounds.
 */
import { DamagedFileError } from './damagedFileError';

export const RECORD = {
  BOF: 0x0809,
  EOF: 0x000a,
  CONTINUE: 0x003c,
  FILEPASS: 0x002f,
  DATEMODE: 0x0022,
  BOUNDSHEET8: 0x0085,
  SST: 0x00fc,
  FORMAT: 0x041e,
  XF: 0x00e0,
  LABELSST: 0x00fd,
  LABEL: 0x0204,
  RSTRING: 0x00d6,
  NUMBER: 0x0203,
  RK: 0x027e,
  MULRK: 0x00bd,
  BLANK: 0x0201,
  MULBLANK: 0x00be,
  BOOLERR: 0x0205,
  FORMULA: 0x0006,
  STRING: 0x0207,
  MERGEDCELLS: 0x00e5,
  PROTECT: 0x0012,
} as const;

/** BIFF8's largest record body (MS-XLS 2.1.4). */
const MAX_RECORD_BYTES = 8224;

export interface BiffRecord {
  readonly type: number;
  /** Where the record's header starts in the stream (BOUNDSHEET8 points at a BOF this way). */
  readonly offset: number;
  readonly body: Uint8Array;
}

/** Reads records one at a time from `offset`; `next()` is null at the stream's end. */
export class BiffRecordReader {
  private position: number;

  constructor(
    private readonly stream: Uint8Array,
    offset = 0,
  ) {
    if (offset < 0 || offset > stream.length) throw new DamagedFileError(`a sheet at ${offset} beyond the stream's ${stream.length} bytes`);
    this.position = offset;
  }

  next(): BiffRecord | null {
    const stream = this.stream;
    // Trailing padding (fewer bytes than a header) ends the stream, as Excel treats it.
    if (this.position + 4 > stream.length) return null;
    const offset = this.position;
    const type = stream[offset]! | (stream[offset + 1]! << 8);
    const length = stream[offset + 2]! | (stream[offset + 3]! << 8);
    if (length > MAX_RECORD_BYTES) throw new DamagedFileError(`record 0x${type.toString(16)} at ${offset} claims ${length} bytes`);
    if (offset + 4 + length > stream.length) throw new DamagedFileError(`record 0x${type.toString(16)} at ${offset} runs ${offset + 4 + length - stream.length} bytes past the stream`);
    this.position = offset + 4 + length;
    return { type, offset, body: stream.subarray(offset + 4, offset + 4 + length) };
  }

  /** The bodies of the CONTINUE records right after the current one (consumed). */
  continuations(): Uint8Array[] {
    const bodies: Uint8Array[] = [];
    for (;;) {
      const stream = this.stream;
      const at = this.position;
      if (at + 4 > stream.length || (stream[at]! | (stream[at + 1]! << 8)) !== RECORD.CONTINUE) return bodies;
      const record = this.next();
      if (record === null) return bodies;
      bodies.push(record.body);
    }
  }
}

/**
 * Bytes that run over several record bodies (a record and its CONTINUEs). Reading past the last body is
 * damage. Strings are read with `characters`, which honours the option byte a CONTINUE repeats when it
 * splits a string's characters (MS-XLS 2.5.293).
 */
export class ContinuedBytes {
  private segment = 0;
  private at = 0;

  constructor(private readonly segments: readonly Uint8Array[]) {}

  get atEnd(): boolean {
    this.skipEmpty();
    return this.segment >= this.segments.length;
  }

  u8(): number {
    this.skipEmpty();
    const body = this.segments[this.segment];
    if (body === undefined) throw new DamagedFileError('a value runs past its record');
    const value = body[this.at]!;
    this.at += 1;
    return value;
  }

  u16(): number {
    return this.u8() | (this.u8() << 8);
  }

  u32(): number {
    return (this.u16() | (this.u16() << 16)) >>> 0;
  }

  skip(count: number): void {
    let left = count;
    while (left > 0) {
      this.skipEmpty();
      const body = this.segments[this.segment];
      if (body === undefined) throw new DamagedFileError(`${left} bytes missing at a record's end`);
      const step = Math.min(left, body.length - this.at);
      this.at += step;
      left -= step;
    }
  }

  /** `count` characters, one or two bytes each as `highByte` says, a new option byte at each record boundary. */
  characters(count: number, highByte: boolean): string {
    const codes: number[] = [];
    let wide = highByte;
    while (codes.length < count) {
      const body = this.segments[this.segment];
      if (body === undefined) throw new DamagedFileError(`a string of ${count} characters runs past its record`);
      if (this.at >= body.length) {
        this.segment += 1;
        this.at = 0;
        if (this.segments[this.segment] === undefined) throw new DamagedFileError(`a string of ${count} characters runs past its record`);
        wide = (this.u8() & 0x01) === 1;
        continue;
      }
      if (wide) {
        if (this.at + 2 > body.length) throw new DamagedFileError('a character split across records');
        codes.push(body[this.at]! | (body[this.at + 1]! << 8));
        this.at += 2;
      } else {
        codes.push(body[this.at]!);
        this.at += 1;
      }
    }
    return stringOfCodes(codes);
  }

  private skipEmpty(): void {
    while (this.segment < this.segments.length && this.at >= this.segments[this.segment]!.length) {
      this.segment += 1;
      this.at = 0;
    }
  }
}

/** UTF-16 code units to a string, in slices (a long cell would overflow the argument list). */
function stringOfCodes(codes: readonly number[]): string {
  let text = '';
  for (let start = 0; start < codes.length; start += 4096) text += String.fromCharCode(...codes.slice(start, start + 4096));
  return text;
}

/**
 * An XLUnicodeRichExtendedString (SST entries), XLUnicodeString (LABEL, FORMAT, STRING; `lengthBytes` 2)
 * or ShortXLUnicodeString (sheet names; `lengthBytes` 1): the characters, runs and phonetic data skipped.
 */
export function readUnicodeString(bytes: ContinuedBytes, lengthBytes: 1 | 2, rich: boolean): string {
  const count = lengthBytes === 1 ? bytes.u8() : bytes.u16();
  const options = bytes.u8();
  const runs = rich && (options & 0x08) !== 0 ? bytes.u16() : 0;
  const phoneticBytes = rich && (options & 0x04) !== 0 ? bytes.u32() : 0;
  const text = bytes.characters(count, (options & 0x01) !== 0);
  bytes.skip(runs * 4 + phoneticBytes);
  return text;
}

/** An RK number (MS-XLS 2.5.217): 30 bits of an integer or of a double's high half, maybe divided by 100. */
export function numberOfRk(rk: number): number {
  const hundredths = (rk & 0x01) !== 0;
  let value: number;
  if ((rk & 0x02) !== 0) {
    value = rk >> 2;
  } else {
    const view = new DataView(new ArrayBuffer(8));
    view.setUint32(4, rk & 0xfffffffc, true);
    value = view.getFloat64(0, true);
  }
  return hundredths ? value / 100 : value;
}
