/**
 * Node flags of the commands that may hold a province's reports in memory (`COMMANDS_WITH_NODE_FLAGS`): the
 * installed command runs them in a process of their own started with these flags, and the bench's consolidate
 * worker is started with them, so the bench measures what users run.
 *
 * The heap cap makes V8 collect garbage before the process outgrows the memory a province's
 * consolidation (2,000 files × 500 rows) is allowed, 2 GB in all: without it V8 lets the heap grow to
 * twice and more what is live between collections. What is live at a million rows is about 1 GB.
 *
 * Every other command runs without them: any V8 flag on Node's command line makes Node compile its own modules
 * from source, because the code cache it carries for them is keyed to V8's flags. That cost about 20 ms of CPU at
 * every start (`node --max-old-space-size=1536 -e 0` alone takes 14 ms more than `node -e 0`, and a check loads
 * some 50 more of Node's modules), a tenth of a check of one sheet.
 */
export const CLI_NODE_FLAGS: readonly string[] = ['--max-old-space-size=1536'];

/** The commands that read or write many reports at once, and so run with `CLI_NODE_FLAGS`. */
export const COMMANDS_WITH_NODE_FLAGS: readonly string[] = ['consolidate', 'split'];

/** Whether `argv` (after the script) names a command that runs with `CLI_NODE_FLAGS`; the command comes first. */
export function needsNodeFlags(argv: readonly string[]): boolean {
  const command = argv[0];
  return command !== undefined && COMMANDS_WITH_NODE_FLAGS.includes(command);
}

/** Whether this process was started with `CLI_NODE_FLAGS`. */
export function hasNodeFlags(execArgv: readonly string[]): boolean {
  return CLI_NODE_FLAGS.every((flag) => execArgv.includes(flag));
}
