/**
 * Entry point of the installed `jindu` command (`dist-cli/jindu.js`): runs the compiled CLI beside it through V8's
 * code cache, so a fresh process skips most of compiling it. The build writes the cache after one check of the
 * sample sheet; a cache missing, made from another build, by another Node or under other flags is written anew as
 * the command exits, where the folder can be written.
 *
 * The commands that hold many reports run in a child process started with their Node flags (`nodeFlags.ts`); the
 * others run here, without flags, which keeps Node's own code cache usable.
 */
import path from 'node:path';
import { CLI_NODE_FLAGS, hasNodeFlags, needsNodeFlags } from '../nodeFlags';
import { compileWithCodeCache } from './compileWithCodeCache';
import { INSTALLED_FILES } from './installedFiles';
import { relaunchWithNodeFlags } from './relaunchWithNodeFlags';

const argv = process.argv.slice(2);
const withNodeFlags = hasNodeFlags(process.execArgv);

if (needsNodeFlags(argv) && !withNodeFlags) {
  relaunchWithNodeFlags(__filename, argv, CLI_NODE_FLAGS);
} else {
  const cacheFile = withNodeFlags ? INSTALLED_FILES.codeCacheWithNodeFlags : INSTALLED_FILES.codeCache;
  const compiled = compileWithCodeCache(path.join(__dirname, INSTALLED_FILES.bundle), path.join(__dirname, cacheFile));
  // After the command's work, so the cache holds the functions it ran, not only the bundle's top level.
  if (compiled.outcome !== 'accepted') process.once('exit', () => compiled.writeCodeCache());
  compiled.runAsCommonJs();
}
