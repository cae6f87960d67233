/**
 * A performance table copied out of a PDF often renders the sign ≥ as the digit 2: `≥90%` is stored as `290%`. Where the
 * indicator (the 三级指标 in the task cell) is a rate that cannot pass 100% — a satisfaction, or a pass, coverage, awareness or
 * enrolment rate — and the 指标值 cell is one percent above 200% and below 300%, the leading 2 is that sign and the cell is a floor
 * of the rest (`290%` → ≥ 90%). A growth rate or a completion rate may pass 200% and is left as written.
 */
import type { Quantity } from '../../numbers/types';
import { parseQuantities } from '../../numbers/parseQuantities';

/** Rates bounded by 100%: the whole of those asked, tested, covered or enrolled. */
const RATE_BOUNDED_BY_WHOLE = /满意度|满意率|(?:合格|覆盖|达标|知晓|普及|参保|入学|通过|准确|及时|正确|规范|回访|办结|受理|验收合格)率/;
/** The cell is one percent of 2 and two more digits before the point, alone (`290%`, `298.5%。`). */
const PERCENT_AFTER_A_TWO = /^\s*2\d{2}(?:\.\d+)?\s*[%％]\s*[。.]?\s*$/;
const SIGN_READ_AS_TWO = 200;

/**
 * The floor a 指标值 cell states when its ≥ was read as 2, or null when the cell is no such percent or the task names no rate
 * bounded by 100%.
 *
 * @example
 * signReadAsTwo('市民满意度', '290%')?.value // 90
 * signReadAsTwo('游客人次增长率', '250%') // null
 */
export function signReadAsTwo(taskText: string, milestoneText: string): Quantity | null {
  if (!PERCENT_AFTER_A_TWO.test(milestoneText) || !RATE_BOUNDED_BY_WHOLE.test(taskText)) return null;
  const [written] = parseQuantities(milestoneText, { listIgnored: false }).quantities;
  if (written === undefined || written.unitClass !== 'percent' || written.comparator !== null) return null;
  return { ...written, value: written.value - SIGN_READ_AS_TWO, comparator: '>=', comparatorText: '≥' };
}
