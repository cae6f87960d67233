/**
 * Node flags the installed command runs with (written into its first line by `npm run build:cli`, and
 * given to the bench's consolidate worker, so the bench measures what users run).
 *
 * The heap cap makes V8 collect garbage before the process outgrows the memory a province's
 * consolidation (2,000 files × 500 rows) is allowed, 2 GB in all: without it V8 lets the heap grow to
 * twice and more what is live between collections. What is live at a million rows is about 1 GB.
 */
export const CLI_NODE_FLAGS: readonly string[] = ['--max-old-space-size=1536'];
