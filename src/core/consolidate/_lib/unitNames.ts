/**
 * Unit names as bureaus write them: `济南市卫生健康委` in a 填报单位 line, `市卫生健康委` in a task's
 * responsibility, `市卫生健康委员会` in a roster. They name one unit and must match, by the same key
 * the report model uses to check that a 填报单位 is among a task's responsible units.
 */
import { unitKey } from '../../report/parseResponsibility';

/**
 * @example
 * isSameUnit('济南市卫生健康委', '市卫生健康委员会') // true
 * isSameUnit('市商务局', '市教育局') // false
 */
export function isSameUnit(a: string, b: string): boolean {
  const left = unitComparisonKey(a);
  return left !== '' && left === unitComparisonKey(b);
}

/** Keys of unit names already seen: a compilation compares the same few hundred names many times. */
const comparisonKeys = new Map<string, string>();
const COMPARISON_KEYS_KEPT = 4096;

/**
 * The key `isSameUnit` compares: two names are one unit when their keys are equal and not ''.
 * `中国(山东)自贸试验区` and `中国（山东）自贸试验区` are one unit: width is folded before the model's key.
 */
export function unitComparisonKey(unit: string): string {
  const known = comparisonKeys.get(unit);
  if (known !== undefined) return known;
  const key = unitKey(unit.normalize('NFKC'));
  if (comparisonKeys.size >= COMPARISON_KEYS_KEPT) comparisonKeys.clear();
  comparisonKeys.set(unit, key);
  return key;
}

/** Splits a cell or line listing units (`市商务局、市卫生健康委；市教育局`) into names. */
export function splitUnitList(text: string): string[] {
  return text
    .split(/[、,，;；\n\r\t/]+/)
    .map((name) => name.trim())
    .filter((name) => name !== '');
}

/** The first name of `names` that denotes `unit`, or null. */
export function findSameUnit(names: readonly string[], unit: string): string | null {
  for (const name of names) if (isSameUnit(name, unit)) return name;
  return null;
}
