/**
 * A task that names one count twice by the same verb, once as a list item's short name and once in the plan's own
 * sentence, states one target. A published release (河南 2019) and counter-examples written for this test, where the
 * figure is shared by other things, another work, or another unit.
 */
import { extractTargets } from '../../../src/core/targets';

describe('a target restated with its thing named in full is one target', () => {
  it.each([
    {
      description: 'the quoted name of a 民生实事 and the plan’s sentence after it',
      input: '2019年,河南省委、省政府将“新建改扩建1000所幼儿园”列入十项重点民生实事。根据原定规划任务,2019年,全省应新建改扩建1000所城乡幼儿园,新增10万个幼儿学位。',
      expected: [1000, 100000],
    },
    {
      description: 'other things that share the figure stay two targets',
      input: '新增养老床位1000张,新增学位1000个。',
      expected: [1000, 1000],
    },
    {
      description: 'another work on the same things stays its own target',
      input: '新建公厕20座,改造农村公厕20座。',
      expected: [20, 20],
    },
    {
      description: 'the same figure in another unit stays its own target',
      input: '改造城镇老旧小区100个,改造城镇老旧小区住户100户。',
      expected: [100, 100],
    },
    {
      description: 'a count of another kind stays',
      input: '新建改扩建17家社区卫生服务中心,新建改扩建17所幼儿园。',
      expected: [17, 17],
    },
  ])('$description', ({ input, expected }) => {
    expect(extractTargets(input, { year: 2019 }).map((target) => target.value)).toEqual(expected);
  });
});
