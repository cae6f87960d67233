/** The CLI's commands, in the order --help lists them. Replace a pendingCommand by the real module when it lands. */
import type { CliCommand } from '../main';
import { checkCommand } from './check';
import { consolidateCommand } from './consolidate';
import { fillCommand } from './fill';
import { splitCommand } from './split';

export const CLI_COMMANDS: readonly CliCommand[] = [
  checkCommand,
  fillCommand,
  consolidateCommand,
  splitCommand,
];
