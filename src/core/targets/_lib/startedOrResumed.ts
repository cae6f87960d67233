/**
 * `开复工57个`, `已开(复)工项目152个`: a count of projects started or resumed, the words a report uses for the projects of a list
 * of investment projects, of which some are new (开工) and some go on from past years (复工). Works to build are counted as
 * started or finished, never as resumed: such a count measures a list of projects (DOMAIN §4, the count of a year's list), the
 * list being the target counted in a word of items (`58个稀土新材料项目` → `开复工57个`).
 */

const STARTED_OR_RESUMED = /开复工|开[(（]复[)）]工/;

/**
 * Whether a figure's phrase counts projects started or resumed.
 *
 * @example
 * countsStartedOrResumed('开复工57个') // true
 * countsStartedOrResumed('已开工8个') // false
 */
export function countsStartedOrResumed(phrase: string): boolean {
  return STARTED_OR_RESUMED.test(phrase);
}
