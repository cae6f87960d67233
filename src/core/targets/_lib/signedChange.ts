/**
 * A target written as a negative figure without a comparator (`-2.50` under `单位GDP能耗目标(%)`, `增幅目标-3%`) is a signed
 * change, and its sign says the aim is a fall: a fall of at least 2.5% is reached by any change at or below -2.5, so a
 * reviewer reads it as a ceiling on the signed change (`-2.66` meets `-2.50`). Written as a size (`下降2.5%`), the same aim
 * is a floor on the size, as before; a bound written with it (`≥-2.5`) keeps its own sense.
 */
import type { Comparator } from '../types';

/**
 * The comparator of a target figure: `<=` for a negative figure read without a comparator of its own, else `read`.
 *
 * @example
 * comparatorOfSignedFigure(-2.5, '>=', false) // '<='
 * comparatorOfSignedFigure(-2.5, '>=', true)  // '>=' (written `≥-2.5`)
 * comparatorOfSignedFigure(3, '>=', false)    // '>='
 */
export function comparatorOfSignedFigure(value: number, read: Comparator, boundWritten: boolean): Comparator {
  return value < 0 && read === '>=' && !boundWritten ? '<=' : read;
}
