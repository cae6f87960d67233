/**
 * Entry point of the installed `jindu` command (`dist-cli/jindu.js`, built ahead of time by
 * `npm run build:cli`): file names are relative to where the command runs, as for any command.
 */
import { runInProcess } from './runInProcess';

void runInProcess(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
