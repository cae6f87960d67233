/**
 * 余 alone opening a clause right before its figure (`已整改85家，余6家未到期限`) is 剩余 written short: what is left of the plan,
 * never the result. 余额 and `10余家` are other words. Sentences written for this test.
 */
import { readReportedFigures } from '../../../src/core/targets';
import { expectTargetsOfRow, type RowCase } from './reportFixtures';

describe('余 opening a clause names what is left', () => {
  it.each([
    { description: 'the rest not yet due', progress: '已整改85家，余6家未到整改期限。', expected: [['85家', 'actual'], ['6家', 'plan']] },
    { description: 'the rest still in approval', progress: '已开工14个,余3个正在办理用地手续', expected: [['14个', 'actual'], ['3个', 'plan']] },
    { description: 'the rest of the households to move', progress: '已搬迁入住230户；余40户年底前完成', expected: [['230户', 'actual'], ['40户', 'plan']] },
    { description: 'counter-example: 10余 is a rounded count', progress: '已建成10余个', expected: [['10余个', 'actual']] },
  ])('$description', ({ progress, expected }) => {
    expect(readReportedFigures(progress, 2023).map((figure) => [figure.quantity.text, figure.role])).toEqual(expected);
  });
});

const cases: RowCase[] = [
  {
    description: 'the count done answers the target, the rest left does not',
    row: { task: '督办整改重大隐患92家', progress: '已整改80家，余12家未到整改期限。' },
    expected: [{ value: 92, reported: { value: 80 } }],
  },
];

describe('the rest left beside the result, in a row', () => {
  it.each(cases)('$description', (rowCase) => expectTargetsOfRow(rowCase));
});
