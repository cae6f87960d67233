/**
 * `全省已开工837个项目、41.85万套` against `新开工目标为40万套`: one work counted in two units side by side (the projects, then the
 * homes they hold) answers a target in the unit one of them is counted in by that one. A count in another word of the same
 * group (`个` beside `套`) is only compatible with the target; its pair in the target's own word is the target's figure.
 */
import type { Quantity } from '../../numbers/types';

interface PairedFigure {
  readonly quantity: Quantity;
  readonly context: { readonly sentenceStart: number };
  /** The figure's own words name nothing (`、41.85万套`): it goes on counting what the figure before it counts. */
  readonly namesNothing: boolean;
}

/** At most the first figure's noun and a `、` between the two figures of a pair (`837个项目、41.85万套`). */
const PAIR_GAP = 4;

/**
 * The figure paired right before or after `chosen` in the target's own counting word, else null.
 *
 * @example
 * // figures 837个 and 41.85万套 side by side, target in 套 → 41.85万套
 */
export function pairInTheTargetsUnit<Figure extends PairedFigure>(target: Quantity, chosen: Figure, figures: readonly Figure[]): Figure | null {
  if (chosen.quantity.unit === target.unit || target.unit === '') return null;
  const at = figures.indexOf(chosen);
  for (const neighbour of [figures[at + 1], figures[at - 1]]) {
    if (neighbour === undefined || neighbour.context.sentenceStart !== chosen.context.sentenceStart) continue;
    if (neighbour.quantity.unit !== target.unit || neighbour.quantity.unitClass !== target.unitClass) continue;
    const later = neighbour === figures[at + 1];
    // The second of a pair names nothing of its own: a figure that names its thing (`、新建学校3所`) is another statement.
    if (!(later ? neighbour : chosen).namesNothing) continue;
    const gap = later ? neighbour.quantity.span.start - chosen.quantity.span.end : chosen.quantity.span.start - neighbour.quantity.span.end;
    if (gap >= 0 && gap <= PAIR_GAP) return neighbour;
  }
  return null;
}
