#!/usr/bin/env node
/** Entry point of `npm run jindu -- …`: wires the CLI to the process. */
import { runCli } from './main';

// `npm run jindu` runs in the project folder; file names the user typed are relative to where they typed them.
if (process.env.INIT_CWD) process.chdir(process.env.INIT_CWD);

runCli(process.argv.slice(2), {
  out: (text) => process.stdout.write(text.endsWith('\n') ? text : `${text}\n`),
  err: (text) => process.stderr.write(text.endsWith('\n') ? text : `${text}\n`),
  outIsTerminal: process.stdout.isTTY === true,
}).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`进度助手内部错误 / internal error: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 2;
  },
);
