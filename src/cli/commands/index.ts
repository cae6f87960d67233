/** The CLI's commands, in the order --help lists them. Replace a pendingCommand by the real module when it lands. */
import type { CliCommand } from '../main';
import { fillCommand } from './fill';
import { pendingCommand } from './pending';

export const CLI_COMMANDS: readonly CliCommand[] = [
  pendingCommand('check', '校验进展情况表 / check a progress sheet'),
  fillCommand,
  pendingCommand('consolidate', '汇总多个单位的表 / compile many bureaus\u2019 sheets'),
  pendingCommand('split', '按责任单位拆分 / split a compiled plan per unit'),
];
