/** The CLI's commands, in the order --help lists them. */
import type { CliCommand } from '../main';
import { checkCommand } from './check';
import { consolidateCommand } from './consolidate';
import { fillCommand } from './fill';
import { readCommand } from './read';
import { splitCommand } from './split';

export const CLI_COMMANDS: readonly CliCommand[] = [
  checkCommand,
  fillCommand,
  consolidateCommand,
  splitCommand,
  readCommand,
];
