/**
 * Targets already read from task and milestone texts, for checks that read the same texts again: the bureaus of
 * one plan report on its tasks with the same task and 节点任务 texts, so a compile of many bureaus' sheets reads
 * each text once. What a text states depends on the text and the report's year only (the row, its cell and its
 * period are added when a target is judged), and statements are only read, never changed, so one reading serves
 * every row that writes the text.
 */
import type { SpreadStatement } from './analyzeTargets';

/** Texts remembered per year and column: a compile of 2,000 bureaus' files holds far more distinct tasks than are worth keeping. */
export const MAX_REMEMBERED_TEXTS = 4096;

/** One column's texts of one year, the one read longest ago forgotten first once `capacity` are held. */
export class TextReadings {
  private readonly byText = new Map<string, readonly SpreadStatement[]>();

  constructor(private readonly capacity: number = MAX_REMEMBERED_TEXTS) {}

  get size(): number {
    return this.byText.size;
  }

  get(text: string): readonly SpreadStatement[] | undefined {
    const known = this.byText.get(text);
    if (known !== undefined && this.byText.size === this.capacity) {
      // Only a full map forgets: moving the text to the end keeps it longest.
      this.byText.delete(text);
      this.byText.set(text, known);
    }
    return known;
  }

  set(text: string, statements: readonly SpreadStatement[]): void {
    if (this.byText.size >= this.capacity) {
      const oldest = this.byText.keys().next();
      if (oldest.done !== true) this.byText.delete(oldest.value);
    }
    this.byText.set(text, statements);
  }
}

/** The readings of one year's reports: task texts and milestone texts apart, so a row's task and milestone targets never are one object. */
export interface YearReadings {
  readonly task: TextReadings;
  readonly milestone: TextReadings;
}

/**
 * Made for one compile (or one check) and dropped with it, never kept between them: handed to every `checkGrid`
 * of a compile in `CheckOptions.targetReadings`.
 *
 * @example
 * const targetReadings = new TargetReadings();
 * for (const grid of grids) checkGrid(grid, { targetReadings }); // each distinct task text is read once
 */
export class TargetReadings {
  private readonly byYear = new Map<number | null, YearReadings>();

  constructor(private readonly capacity: number = MAX_REMEMBERED_TEXTS) {}

  forYear(year: number | null): YearReadings {
    const known = this.byYear.get(year);
    if (known) return known;
    const readings = { task: new TextReadings(this.capacity), milestone: new TextReadings(this.capacity) };
    this.byYear.set(year, readings);
    return readings;
  }
}
