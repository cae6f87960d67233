/**
 * One ExcelJS style object per distinct style. ExcelJS's writer remembers the style id of each style
 * object it has seen, but serialises every object it has not seen to find its id; a fresh object per
 * cell made that bookkeeping most of the time of saving a compiled sheet. Sharing objects is what
 * ExcelJS itself does for loaded cells, so a shared object is never changed in place: a change is
 * always a new (again shared) object.
 */
import type { Style } from 'exceljs';

type StyleChange = Partial<Style>;

const EMPTY_STYLE: StyleChange = {};

export class SharedStyles {
  /** Styles by their content, so equal styles reached from different cells become one object. */
  private readonly byContent = new Map<string, StyleChange>();
  /** Style before → change → style after, for the common case of one change over a range of equal cells. */
  private readonly byStep = new WeakMap<StyleChange, WeakMap<object, StyleChange>>();

  /**
   * `current` with `change` applied, as a shared object. `stepKey` identifies the change (the format of
   * one operation) so cells that already share a style get the result without recomputing it; `build`
   * computes the change from the current style when it is not known yet.
   */
  restyled(current: StyleChange, stepKey: object, build: (current: StyleChange) => StyleChange): StyleChange {
    // New cells each start with their own empty object; they all share one entry.
    const from = hasNoKeys(current) ? EMPTY_STYLE : current;
    const steps = this.byStep.get(from);
    const known = steps?.get(stepKey);
    if (known) return known;
    const next = this.shared({ ...current, ...build(current) });
    if (steps) steps.set(stepKey, next);
    else this.byStep.set(from, new WeakMap([[stepKey, next]]));
    return next;
  }

  private shared(style: StyleChange): StyleChange {
    const key = JSON.stringify(style);
    const existing = this.byContent.get(key);
    if (existing) return existing;
    this.byContent.set(key, style);
    return style;
  }
}

/** `Object.keys(style).length === 0` without making the array of keys: asked once per formatted cell. */
function hasNoKeys(style: StyleChange): boolean {
  for (const key in style) if (Object.prototype.hasOwnProperty.call(style, key)) return false;
  return true;
}
