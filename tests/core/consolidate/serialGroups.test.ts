/** The rows of each serial as ranges: the same groups whether 汇总's order is relied on or not. */
import { forEachSerialGroup, serialGroupsOf } from '../../../src/core/consolidate/_lib/serialGroups';

function groupsAsLists(keys: readonly string[], contiguous: boolean): number[][] {
  const groups = serialGroupsOf(keys, contiguous);
  const lists: number[][] = [];
  forEachSerialGroup(groups, (start, end) => lists.push([...groups.order.subarray(start, end)]));
  return lists;
}

describe('serialGroupsOf', () => {
  it('groups rows by key in order of first appearance, leaving rows without a serial out', () => {
    expect(groupsAsLists(['n:1', 'n:2', '', 'n:1', 'c:3', 'n:2'], false)).toEqual([[0, 3], [1, 5], [4]]);
  });

  it('takes runs of one key as the groups when the rows hold each serial together', () => {
    const keys = ['n:1', 'n:1', 'n:2', '', 'c:3', 'c:3', 'c:3'];
    expect(groupsAsLists(keys, true)).toEqual([[0, 1], [2], [4, 5, 6]]);
    expect(groupsAsLists(keys, true)).toEqual(groupsAsLists(keys, false));
  });

  it('has no groups for no rows or rows without serials', () => {
    expect(groupsAsLists([], true)).toEqual([]);
    expect(groupsAsLists(['', ''], false)).toEqual([]);
  });
});
