/**
 * One line of progress on a terminal, rewritten in place (`\r`) as long work advances and cleared when it
 * ends, so the results printed after it stand alone. Silent when the CLI has no progress stream (stderr
 * piped or redirected): logs and programs get results and errors only. Updates closer together than
 * `intervalMs` are skipped, so a folder of 2,000 small files does not spend its time drawing.
 */
export class ProgressLine {
  private shown = 0;
  private lastAt = Number.NEGATIVE_INFINITY;

  constructor(
    private readonly write: ((text: string) => void) | undefined,
    private readonly intervalMs = 100,
    private readonly now: () => number = () => Date.now(),
  ) {}

  /** Shows `text` in place of the previous one (the first and the last step of a run always show). */
  update(text: string, force = false): void {
    if (this.write === undefined) return;
    const at = this.now();
    if (!force && at - this.lastAt < this.intervalMs) return;
    this.lastAt = at;
    const width = displayWidth(text);
    // Spaces cover what is left of a longer previous line.
    this.write(`\r${text}${' '.repeat(Math.max(0, this.shown - width))}`);
    this.shown = width;
  }

  /** Clears the line; results are printed on a clean one. */
  clear(): void {
    if (this.write === undefined || this.shown === 0) return;
    this.write(`\r${' '.repeat(this.shown)}\r`);
    this.shown = 0;
  }
}

/** Columns a text takes on a terminal: CJK and full-width characters take two. */
function displayWidth(text: string): number {
  let width = 0;
  for (const character of text) {
    const code = character.codePointAt(0) ?? 0;
    width += code >= 0x1100 && (code <= 0x115f || (code >= 0x2e80 && code <= 0xa4cf) || (code >= 0xac00 && code <= 0xd7a3) || (code >= 0xf900 && code <= 0xfaff) || (code >= 0xfe30 && code <= 0xfe4f) || (code >= 0xff00 && code <= 0xff60) || (code >= 0xffe0 && code <= 0xffe6) || code >= 0x20000) ? 2 : 1;
  }
  return width;
}
