/**
 * Entry point of the installed `jindu` command (`dist-cli/jindu.js`): runs the compiled CLI beside it through V8's
 * code cache, so a fresh process skips most of compiling it. The build writes the cache after one check of the
 * sample sheet; a cache missing, made from another build, by another Node or under other flags is written anew as
 * the command exits, where the folder can be written.
 */
import path from 'node:path';
import { compileWithCodeCache } from './compileWithCodeCache';
import { INSTALLED_FILES } from './installedFiles';

const compiled = compileWithCodeCache(path.join(__dirname, INSTALLED_FILES.bundle), path.join(__dirname, INSTALLED_FILES.codeCache));
// After the command's work, so the cache holds the functions it ran, not only the bundle's top level.
if (compiled.outcome !== 'accepted') process.once('exit', () => compiled.writeCodeCache());
compiled.runAsCommonJs();
