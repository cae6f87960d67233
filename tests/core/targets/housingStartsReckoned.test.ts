/**
 * A housing plan that sets a target to finish (`基本建成`, `竣工`) beside another target of its homes makes that other the plan of
 * starts: starts the report reckons against it by their rate (the figure over the target) are its progress, even where the
 * starts are counted over the whole programme. Sentences written for this test in the style of 保障性安居工程 notices.
 */
import { expectTargetsOfRow, type RowCase } from './reportFixtures';

describe('starts reckoned by their rate against a housing plan that sets a target to finish beside it', () => {
  it.each<RowCase>([
    {
      description: 'homes to build with a finishing target beside, the starts counted over the whole with their rate',
      row: {
        task: '今年省下达我市保障性住房任务共12600套,其中实物建房10000套,基本建成住房6000套。',
        progress: '截至9月底,全市共开工建设保障性安居工程8200套,开工率达82%;基本建成住房4700套。',
      },
      expected: [
        { value: 12600 },
        { value: 10000, reported: { value: 8200 }, verdict: 'on-track' },
        { value: 6000, reported: { value: 4700 }, verdict: 'on-track' },
      ],
    },
    {
      description: 'a county\'s part to build beside its 竣工 target, the starts over the whole rated against the part',
      row: {
        task: '下达我县保障性安居工程任务3200套(户),其中新建住房2800套,新增租赁补贴400户,竣工住房1500套。',
        progress: '全县共开工保障性安居工程2100套,开工率75%;竣工住房600套。',
      },
      expected: [
        { value: 3200 },
        { value: 2800, reported: { value: 2100 }, verdict: 'on-track' },
        { value: 400, verdict: 'no-figure' },
        { value: 1500, reported: { value: 600 }, verdict: 'behind' },
      ],
    },
    {
      description: 'a 棚改 plan beside its 基本建成 target: the works finished measure the partner, the rated starts the plan',
      row: {
        task: '今年棚户区改造计划6000套,基本建成4000套。',
        progress: '累计开工建设5100套,开工率85%,基本建成2600套。',
      },
      expected: [
        { value: 6000, reported: { value: 5100 }, verdict: 'on-track' },
        { value: 4000, reported: { value: 2600 }, verdict: 'behind' },
      ],
    },
    {
      description: 'with no target to finish beside it, starts with a rate leave a housing target to build unclear',
      row: {
        task: '建设保障性住房10000套。',
        progress: '已开工建设8200套,开工率82%。',
      },
      expected: [{ value: 10000, verdict: 'unclear' }],
    },
  ])('$description', (testCase) => expectTargetsOfRow(testCase));
});
