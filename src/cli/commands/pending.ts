/** A command announced in --help that is not built yet: it says so and exits 2. */
import { formatMessage } from '../../core';
import type { CliCommand } from '../main';

export function pendingCommand(name: string, summary: string): CliCommand {
  return {
    name,
    register(program, context) {
      program
        .command(name)
        .description(summary)
        .allowUnknownOption(true)
        .option('--lang <lang>', '界面语言 zh-CN | en')
        .argument('[args...]')
        .action(() => {
          context.io.err(formatMessage(context.language, 'cli.notYetAvailable', { command: name }));
          context.setExitCode(2);
        });
    },
  };
}
