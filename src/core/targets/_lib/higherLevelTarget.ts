/**
 * A target of a higher level of government, reported by a lower one (DOMAIN §4, `unclear`): a district's
 * sheet that copies the city's tasks names the lead unit of each level (`市级牵头单位：市人社局；区级牵头单位：
 * 区人资局`). The task's amounts are then the city's (`城镇新增就业21万人`), and the district's figure
 * (`城镇新增就业24277人`) is its part of them: it cannot be paced against the city's total, so a reviewer
 * cannot judge it unless the part alone already reaches the whole. Rates (`增长10%`) compare level with level and
 * are judged as usual.
 */

/** Levels of government a lead unit is named at, highest first. */
const LEVELS = ['省', '市', '州', '盟', '区', '县', '旗', '乡镇', '乡', '镇', '街道'] as const;

const LEAD_UNIT = new RegExp(`(${LEVELS.join('|')})级(?:牵头|责任|主责|主办)单位`, 'g');

/**
 * Whether a task names lead units at two or more levels: its amounts are the highest level's target.
 *
 * @example
 * namesLeadUnitsOfTwoLevels('城镇新增就业21万人。（市级牵头单位：市人社局；区级牵头单位：区人资局）') // true
 * namesLeadUnitsOfTwoLevels('城镇新增就业2万人。（牵头单位：区人资局）')                               // false
 */
export function namesLeadUnitsOfTwoLevels(taskText: string): boolean {
  if (!taskText.includes('级')) return false;
  const levels = new Set<string>();
  for (const match of taskText.matchAll(LEAD_UNIT)) levels.add(match[1] ?? '');
  return levels.size >= 2;
}
