#!/usr/bin/env node
/** Entry point of `npm run jindu -- …` (TypeScript through tsx, for development). */
import { runInProcess } from './runInProcess';

// `npm run jindu` runs in the project folder; file names the user typed are relative to where they typed them.
if (process.env.INIT_CWD) process.chdir(process.env.INIT_CWD);

void runInProcess(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
