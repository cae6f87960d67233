/**
 * A CommonJS file compiled with V8's code cache: the bytecode of the functions an earlier run compiled, kept in a
 * file beside it, so a fresh process deserialises them instead of parsing and compiling the file again. Node 20
 * keeps no such cache for user code (`module.enableCompileCache` comes with Node 22).
 *
 * V8 refuses a cache made by another V8 version or under other flags (`cachedDataRejected`), but of the source it
 * compares only the length: handed the cache of another file of the same length, it would run that file's code.
 * So the cache file starts with one line naming what it was made from (the source's length and CRC-32, Node's
 * version, the machine's architecture), and a cache made from anything else is never handed to V8.
 *
 * Every failure to read, trust or write the cache ends in a plain compile: the cache only ever saves time.
 */
import { readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { Script } from 'node:vm';
import * as zlib from 'node:zlib';

/** What became of the cache when the file was compiled. */
export type CodeCacheOutcome =
  /** V8 took the cached bytecode. */
  | 'accepted'
  /** No cache file, or not one this code wrote. */
  | 'absent'
  /** The cache was made from another source, or by another Node or architecture: not handed to V8. */
  | 'stale'
  /** V8 refused the cache (another V8 version, other V8 flags, damaged data). */
  | 'rejected'
  /** This Node cannot fingerprint the source (no `zlib.crc32` before Node 20.15): no cache is read or written. */
  | 'unsupported';

export interface CompiledWithCodeCache {
  readonly outcome: CodeCacheOutcome;
  /** Runs the file as Node runs a CommonJS module (its own `require`, `module`, `__filename`) and returns its exports. */
  runAsCommonJs(): unknown;
  /**
   * Writes the cache of what is compiled by now (call it after the work, so the functions the work ran are in it);
   * false, silently, when it cannot be written (a read-only installation) or this Node cannot fingerprint the source.
   */
  writeCodeCache(): boolean;
}

interface CacheOrigin {
  readonly sourceLength: number;
  readonly sourceCrc32: number;
  readonly node: string;
  readonly arch: string;
}

type CommonJsWrapper = (exports: unknown, require: NodeJS.Require, module: { exports: unknown }, filename: string, dirname: string) => void;

const NEWLINE = 0x0a;

/**
 * `zlib.crc32` is native; it is absent before Node 20.15. Asked of the file's bytes, not of the string: handed a
 * string it encodes it to UTF-8 again first, a few milliseconds of every start for the same number.
 */
function crc32Of(bytes: Uint8Array): number | null {
  const crc32 = (zlib as { crc32?: (data: Uint8Array) => number }).crc32;
  return typeof crc32 === 'function' ? crc32(bytes) : null;
}

function isSameOrigin(written: unknown, origin: CacheOrigin): boolean {
  if (typeof written !== 'object' || written === null) return false;
  const fields = written as Record<string, unknown>;
  return fields.sourceLength === origin.sourceLength && fields.sourceCrc32 === origin.sourceCrc32 && fields.node === origin.node && fields.arch === origin.arch;
}

/** The cached bytes when the file holds a cache of this source made by this Node, else why not. */
function readCache(cacheFile: string, origin: CacheOrigin): Buffer | 'absent' | 'stale' {
  let bytes: Buffer;
  try {
    bytes = readFileSync(cacheFile);
  } catch {
    return 'absent';
  }
  const headerEnd = bytes.indexOf(NEWLINE);
  if (headerEnd < 0) return 'absent';
  let written: unknown;
  try {
    written = JSON.parse(bytes.subarray(0, headerEnd).toString('utf8'));
  } catch {
    return 'absent';
  }
  return isSameOrigin(written, origin) ? bytes.subarray(headerEnd + 1) : 'stale';
}

/**
 * Compiles `sourceFile` (CommonJS) with the cache in `cacheFile` when that cache was made from this very source by
 * this Node; otherwise compiles it plainly. Nothing is written until `writeCodeCache` is called.
 *
 * @example
 * const compiled = compileWithCodeCache('/opt/jindu/cli.js', '/opt/jindu/cli.codecache');
 * if (compiled.outcome !== 'accepted') process.once('exit', () => compiled.writeCodeCache());
 * compiled.runAsCommonJs();
 */
export function compileWithCodeCache(sourceFile: string, cacheFile: string): CompiledWithCodeCache {
  const sourceBytes = readFileSync(sourceFile);
  const source = sourceBytes.toString('utf8');
  const sourceCrc32 = crc32Of(sourceBytes);
  const origin: CacheOrigin | null = sourceCrc32 === null ? null : { sourceLength: source.length, sourceCrc32, node: process.version, arch: process.arch };
  const cached = origin === null ? 'absent' : readCache(cacheFile, origin);
  // Node's own wrapper, on the source's first line, so line numbers in stack traces stay the file's.
  const wrapped = `(function (exports, require, module, __filename, __dirname) {${source}\n})`;
  const script = new Script(wrapped, { filename: sourceFile, ...(typeof cached === 'string' ? {} : { cachedData: cached }) });
  const outcome: CodeCacheOutcome = origin === null ? 'unsupported' : typeof cached === 'string' ? cached : script.cachedDataRejected === true ? 'rejected' : 'accepted';

  return {
    outcome,
    runAsCommonJs() {
      const run = script.runInThisContext() as CommonJsWrapper;
      const module = { exports: {} as unknown };
      run.call(module.exports, module.exports, createRequire(sourceFile), module, sourceFile, path.dirname(sourceFile));
      return module.exports;
    },
    writeCodeCache() {
      if (origin === null) return false;
      // Written whole under a name of its own, then renamed: a process starting meanwhile reads the old cache or the new one.
      const temporary = `${cacheFile}.${process.pid}.tmp`;
      try {
        writeFileSync(temporary, Buffer.concat([Buffer.from(`${JSON.stringify(origin)}\n`, 'utf8'), script.createCachedData()]));
        renameSync(temporary, cacheFile);
        return true;
      } catch {
        try {
          rmSync(temporary, { force: true });
        } catch {
          // Nothing was written where nothing can be written.
        }
        return false;
      }
    },
  };
}
