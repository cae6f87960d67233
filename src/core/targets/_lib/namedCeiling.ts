/**
 * A figure named as a 控制指标 or 控制数 (`死亡人数控制指标45人`, `较大事故控制起数4起`, `能耗总量控制目标为133万吨`) is a
 * ceiling whatever it counts: a 控制指标 is the most of something harmful (deaths, accidents, energy, emissions) a higher
 * government allows a place in a year, and reports answer it by how much of it was used (`占全年进度控制指标的24.44%`,
 * `超出省下达的全年控制指标数`). A rate of control (`控制率`), an area brought under control (`控制面积`) and a kind of plan
 * (`控制性详细规划`) are things to raise or make, not allowances.
 */

/** The allowance's name right before its figure, with an optional `为`, `是` or colon between. */
const CONTROL_ALLOWANCE_BEFORE = /控制(?:指标|目标|[起人户次]?数)(?:数|值)?(?:为|是|[:：])?\s*$/;

const CONTROL_CODE = '控'.charCodeAt(0);
/** How far back the name is looked for: `控制指标数为` is the longest. */
const NAME_REACH = 8;

/**
 * Whether the figure starting at `start` is a control allowance, read from the words right before it.
 *
 * @example
 * isControlAllowance('死亡人数控制指标45人', 8) // true
 * isControlAllowance('高血压控制率60%', 5) // false
 */
export function isControlAllowance(text: string, start: number): boolean {
  // Most figures have no 控 before them: a look at the characters spares the slice and the expression for each figure.
  const from = Math.max(0, start - NAME_REACH);
  for (let index = start - 1; index >= from; index -= 1) {
    if (text.charCodeAt(index) === CONTROL_CODE) return CONTROL_ALLOWANCE_BEFORE.test(text.slice(from, start));
  }
  return false;
}

const ALLOWANCE_NAME_AT_END = /控制(?:指标|目标|[起人户次]?数)(?:数|值)?(?:为|是|[:：])?$/;

/**
 * The allowance's indicator without its name: what is allowed (`死亡人数`) is what the report counts (`实际死亡11人`); the
 * words `控制指标` name the kind of target, as `任务` does, and no figure of the progress repeats them.
 *
 * @example
 * allowedThing('工矿商贸事故死亡人数控制指标') // '工矿商贸事故死亡人数'
 */
export function allowedThing(indicator: string): string {
  const stripped = indicator.replace(ALLOWANCE_NAME_AT_END, '');
  return stripped === '' ? indicator : stripped;
}
