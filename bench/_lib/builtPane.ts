/**
 * The built pane on disk: where it is, whether it is older than its sources, and which scripts the page
 * loads first (the "first chunk": what a user downloads before anything shows).
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

export const ROOT = path.resolve(__dirname, '..', '..');

/** Everything the bundle is built from; a change in any of them makes a build stale. */
const BUILD_INPUTS = ['src', 'assets', 'webpack.config.js', 'manifest.xml', 'package-lock.json'];

function newestModification(entry: string): number {
  if (!existsSync(entry)) return 0;
  const info = statSync(entry);
  if (!info.isDirectory()) return info.mtimeMs;
  let newest = info.mtimeMs;
  for (const name of readdirSync(entry)) newest = Math.max(newest, newestModification(path.join(entry, name)));
  return newest;
}

/** The page of a build, when the build exists and nothing it is built from changed since. */
export function freshBuild(dist: string): string | null {
  const page = path.join(dist, 'taskpane.html');
  if (!existsSync(page)) return null;
  const built = statSync(page).mtimeMs;
  const sources = Math.max(...BUILD_INPUTS.map((input) => newestModification(path.join(ROOT, input))));
  return sources <= built ? dist : null;
}

export interface FirstChunk {
  readonly scripts: readonly { readonly source: string; readonly bytes: number; readonly gzippedBytes: number }[];
  readonly gzippedBytes: number;
}

/** The page's own scripts (office.js excluded: it is Microsoft's, cached by Office itself), gzipped as served. */
export function firstChunkOf(dist: string): FirstChunk {
  const html = readFileSync(path.join(dist, 'taskpane.html'), 'utf8');
  const sources = [...html.matchAll(/<script[^>]*\ssrc="?([^"\s>]+)"?/g)]
    .map((match) => match[1] ?? '')
    .filter((source) => source !== '' && !/^(https?:)?\/\//.test(source) && !source.startsWith('office-js/'));
  const scripts = sources.map((source) => {
    const content = readFileSync(path.join(dist, source));
    return { source, bytes: content.length, gzippedBytes: gzipSync(content).length };
  });
  return { scripts, gzippedBytes: scripts.reduce((total, script) => total + script.gzippedBytes, 0) };
}
